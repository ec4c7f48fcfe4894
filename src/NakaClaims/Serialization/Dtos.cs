#pragma warning disable CA1002, CA2227, CA1819 // DTOs mirror the JSON format; they are internal and short-lived.
namespace NakaClaims.Serialization;

// The items of the JSON format (schemaVersion 1), as StreamingParser fills them, one class per object.
internal sealed class DocumentDto
{
    public string? Id { get; set; }

    public string? Publisher { get; set; }

    public string? Place { get; set; }

    public string? Published { get; set; }

    public int? Length { get; set; }
}

internal sealed class ClaimDto
{
    public string? Id { get; set; }

    public string? DocumentId { get; set; }

    public string? Text { get; set; }

    public SpanDto? Span { get; set; }

    public ActorDto? Claimant { get; set; }

    public List<string?>? Via { get; set; }

    public string? Cue { get; set; }

    public string? Mode { get; set; }

    public string? AssertedOn { get; set; }

    public EventDto? Event { get; set; }

    public List<QuantityDto?>? Quantities { get; set; }

    public string? Polarity { get; set; }

    public string? Target { get; set; }
}

internal sealed class SpanDto
{
    public int? Start { get; set; }

    public int? Length { get; set; }
}

internal sealed class ActorDto
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Organization { get; set; }

    public string? Side { get; set; }
}

internal sealed class EventDto
{
    public string? Type { get; set; }

    public string? On { get; set; }

    public string? Place { get; set; }

    public string? Agent { get; set; }
}

internal sealed class QuantityDto
{
    public long? Count { get; set; }

    public long? Min { get; set; }

    public long? Max { get; set; }

    public bool? Approximate { get; set; }

    public string? Item { get; set; }

    public string? ItemText { get; set; }

    public string? Owner { get; set; }
}

internal sealed class LinkDto
{
    public string? Type { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? Reason { get; set; }

    public string? Basis { get; set; }
}
