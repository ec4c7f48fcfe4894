using NakaClaims.Time;

namespace NakaClaims.Serialization;

// One item of the format (as filled by StreamingParser) to model, path by path, so that every problem is reported where it stands ("claims[3].span.start").
// Claimants, sides and dates repeat across thousands of claims: each distinct one is built once per read.
internal sealed class DtoReader
{
    private readonly Dictionary<(string?, string?, string?, string?), Actor> _actors = [];
    private readonly Dictionary<string, Side> _sides = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeReference> _times = new(StringComparer.Ordinal);

    public static void CheckVersion(long? version)
    {
        if (version != ClaimSetJson.SchemaVersion)
        {
            throw Error("schemaVersion", version is null
                ? $"schemaVersion is missing; this library reads version {ClaimSetJson.SchemaVersion}."
                : $"schemaVersion is {version}; this library reads version {ClaimSetJson.SchemaVersion}.");
        }
    }

    private static List<T> Each<TDto, T>(List<TDto?>? items, string name, Func<TDto, string, T> read)
        where TDto : class
    {
        var result = new List<T>(items?.Count ?? 0);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var path = $"{name}[{i}]";
            result.Add(read(items![i] ?? throw Error(path, "must be an object, not null."), path));
        }

        return result;
    }

    public Document ReadDocument(DocumentDto d, string path) =>
        Build(path, () => Document.Create(
            Required(d.Id, path + ".id"),
            d.Length ?? throw Error(path + ".length", "is required."),
            d.Publisher,
            d.Place,
            Time(d.Published, path + ".published")));

    public Claim ReadClaim(ClaimDto c, string path)
    {
        var id = Id(c.Id, path + ".id");
        var span = c.Span ?? throw Error(path + ".span", "is required.");
        var textSpan = Build(path + ".span", () => TextSpan.Create(
            span.Start ?? throw Error(path + ".span.start", "is required."),
            span.Length ?? throw Error(path + ".span.length", "is required.")));
        var documentId = Required(c.DocumentId, path + ".documentId");
        var text = Required(c.Text, path + ".text");
        var attribution = ReadAttribution(c, path);
        var assertedOn = Time(c.AssertedOn, path + ".assertedOn");
        var claimEvent = c.Event is null ? null : ReadEvent(c.Event, path + ".event");
        var quantities = c.Quantities is null ? null : Each(c.Quantities, path + ".quantities", ReadQuantity);
        var claim = Build(path, () => Claim.Create(id, documentId, text, textSpan, attribution, assertedOn, claimEvent, quantities));
        return (c.Polarity ?? "affirms") switch
        {
            "affirms" when c.Target is null => claim,
            "affirms" => throw Error(path + ".target", "only a claim whose polarity is 'denies' has a target."),
            "denies" => Build(path + ".target", () => claim.AsDenialOf(c.Target is null ? null : Id(c.Target, path + ".target"))),
            var other => throw Error(path + ".polarity", $"is '{other}'; use 'affirms' or 'denies'."),
        };
    }

    private Attribution ReadAttribution(ClaimDto c, string path)
    {
        var a = c.Claimant ?? throw Error(path + ".claimant", "is required.");
        if (!_actors.TryGetValue((a.Name, a.Role, a.Organization, a.Side), out var claimant))
        {
            claimant = Build(path + ".claimant", () => Actor.Create(a.Name, a.Role, a.Organization, SideOf(a.Side, path + ".claimant.side")));
            _actors[(a.Name, a.Role, a.Organization, a.Side)] = claimant;
        }

        var mode = c.Mode switch
        {
            null or "indirect-speech" => AttributionMode.IndirectSpeech,
            "direct-quote" => AttributionMode.DirectQuote,
            "according-to" => AttributionMode.AccordingTo,
            "narration" => AttributionMode.Narration,
            "hedged-narration" => AttributionMode.HedgedNarration,
            var other => throw Error(path + ".mode", $"is '{other}'; use indirect-speech, direct-quote, according-to, narration or hedged-narration."),
        };
        var via = Each(c.Via, path + ".via", (string r, string _) => r);
        return Build(path + ".via", () => Attribution.Create(claimant, via, c.Cue, mode));
    }

    private ClaimEvent ReadEvent(EventDto e, string path)
    {
        var type = EventType.TryCreate(e.Type, out var t) ? t : throw Error(path + ".type", $"'{e.Type}' is not a kebab-case event type such as 'shot-down'.");
        return Build(path, () => ClaimEvent.Create(type, Time(e.On, path + ".on"), e.Place, SideOf(e.Agent, path + ".agent")));
    }

    private Quantity ReadQuantity(QuantityDto q, string path) =>
        Build(path, () => Quantity.Create(q.Count, q.Min, q.Max, q.Approximate ?? false, Required(q.Item, path + ".item"), q.ItemText, SideOf(q.Owner, path + ".owner")));

    public static ClaimLink ReadLink(LinkDto l, string path)
    {
        var type = l.Type switch
        {
            "contradicts" => LinkType.Contradicts,
            "corroborates" => LinkType.Corroborates,
            var other => throw Error(path + ".type", $"is '{other}'; use 'contradicts' or 'corroborates'."),
        };
        return Build(path, () => ClaimLink.Create(type, Id(l.From, path + ".from"), Id(l.To, path + ".to"), Required(l.Reason, path + ".reason"), l.Basis));
    }

    private static ClaimId Id(string? text, string path) =>
        ClaimId.TryCreate(text, out var id) ? id : throw Error(path, text is null ? "is required." : ClaimId.Check(text)!);

    private Side? SideOf(string? name, string path)
    {
        if (name is null)
        {
            return null;
        }

        if (!_sides.TryGetValue(name, out var side))
        {
            side = Side.TryCreate(name, out var created) ? created : throw Error(path, Messages.CheckName(name, Side.MaxLength)!);
            _sides[name] = side;
        }

        return side;
    }

    private TimeReference? Time(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        if (!_times.TryGetValue(text, out var time))
        {
            time = TimeReference.TryParseCore(text, out var parsed, out var error) ? parsed : throw Error(path, error);
            _times[text] = time;
        }

        return time;
    }

    private static string Required(string? value, string path) => value ?? throw Error(path, "is required.");

    private static T Build<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            throw Error(path, e.Message.Split(" (Parameter")[0]);
        }
    }

    private static ClaimSetFormatException Error(string path, string message) =>
        new($"Invalid claim set at '{path}': {message}", path, lineNumber: null);
}
