using NakaClaims.Time;

namespace NakaClaims.Serialization;

// Model to DTO: what the writer writes. Empty lists and default values are left out so that files stay short.
internal static class DtoMapper
{
    public static ClaimSetDto ToDto(ClaimSet set) => new()
    {
        SchemaVersion = ClaimSetJson.SchemaVersion,
        Documents = [.. set.Documents.Select(ToDto)],
        Claims = [.. set.Claims.Select(ToDto)],
        Links = [.. set.Links.Select(ToDto)],
    };

    public static string Name(AttributionMode mode) => mode switch
    {
        AttributionMode.DirectQuote => "direct-quote",
        AttributionMode.AccordingTo => "according-to",
        AttributionMode.Narration => "narration",
        AttributionMode.HedgedNarration => "hedged-narration",
        _ => "indirect-speech",
    };

    public static string Name(Polarity polarity) => polarity == Polarity.Denies ? "denies" : "affirms";

    public static string Name(LinkType type) => type == LinkType.Corroborates ? "corroborates" : "contradicts";

    private static DocumentDto? ToDto(Document d) => new()
    {
        Id = d.Id, Publisher = d.Publisher, Place = d.Place, Published = Text(d.Published), Length = d.Length,
    };

    private static ClaimDto? ToDto(Claim c) => new()
    {
        Id = c.Id.Value,
        DocumentId = c.DocumentId,
        Text = c.Text,
        Span = new SpanDto { Start = c.Span.Start, Length = c.Span.Length },
        Claimant = new ActorDto { Name = c.Claimant.Name, Role = c.Claimant.Role, Organization = c.Claimant.Organization, Side = c.Claimant.Side?.Name },
        Via = c.Attribution.Via.IsEmpty ? null : [.. c.Attribution.Via],
        Cue = c.Attribution.Cue,
        Mode = Name(c.Attribution.Mode),
        AssertedOn = Text(c.AssertedOn),
        Event = c.Event is { } e ? new EventDto { Type = e.Type.Key, On = Text(e.On), Place = e.Place, Agent = e.Agent?.Name } : null,
        Quantities = c.Quantities.IsEmpty ? null : [.. c.Quantities.Select(ToDto)],
        Polarity = Name(c.Polarity),
        Target = c.Target?.Value,
    };

    private static QuantityDto? ToDto(Quantity q) => new()
    {
        Count = q.Count, Min = q.Min, Max = q.Max, Approximate = q.Approximate ? true : null,
        Item = q.Item, ItemText = q.ItemText == q.Item ? null : q.ItemText, Owner = q.Owner?.Name,
    };

    private static LinkDto? ToDto(ClaimLink l) => new()
    {
        Type = Name(l.Type), From = l.From.Value, To = l.To.Value, Reason = l.Reason, Basis = l.Basis,
    };

    private static string? Text(TimeReference? time) => time?.ToString();
}
