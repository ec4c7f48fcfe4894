using System.Collections.Immutable;
using System.Runtime.InteropServices;
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

    public Document ReadDocument(DocumentDto d, string path)
    {
        var id = Required(d.Id, new(path, ".id"));
        var length = d.Length ?? throw Error(new Where(path, ".length"), "is required.");
        var published = Time(d.Published, new(path, ".published"));
        return Build(new(path), (id, length, d.Publisher, d.Place, published), static s => Document.Create(s.id, s.length, s.Publisher, s.Place, s.published));
    }

    public Claim ReadClaim(ClaimDto c, string path)
    {
        var id = Id(c.Id, new(path, ".id"));
        var textSpan = ReadSpan(c.Span, path);
        var documentId = Required(c.DocumentId, new(path, ".documentId"));
        var text = Required(c.Text, new(path, ".text"));
        var attribution = ReadAttribution(c, path);
        var assertedOn = Time(c.AssertedOn, new(path, ".assertedOn"));
        var claimEvent = c.Event is null ? null : ReadEvent(c.Event, path);
        var quantities = ReadQuantities(c.Quantities, path);
        var claim = Build(new(path), (id, documentId, text, textSpan, attribution, assertedOn, claimEvent, quantities), static s =>
            Claim.Create(s.id, s.documentId, s.text, s.textSpan, s.attribution, s.assertedOn, s.claimEvent, s.quantities));
        return (c.Polarity ?? "affirms") switch
        {
            "affirms" when c.Target is null => claim,
            "affirms" => throw Error(new Where(path, ".target"), "only a claim whose polarity is 'denies' has a target."),
            "denies" => Build(new(path, ".target"), (claim, target: c.Target is null ? (ClaimId?)null : Id(c.Target, new(path, ".target"))), static s => s.claim.AsDenialOf(s.target)),
            var other => throw Error(new Where(path, ".polarity"), $"is '{other}'; use 'affirms' or 'denies'."),
        };
    }

    private static TextSpan ReadSpan(SpanDto? span, string path)
    {
        if (span is null)
        {
            throw Error(new Where(path, ".span"), "is required.");
        }

        var start = span.Start ?? throw Error(new Where(path, ".span.start"), "is required.");
        var length = span.Length ?? throw Error(new Where(path, ".span.length"), "is required.");
        return Build(new(path, ".span"), (start, length), static s => TextSpan.Create(s.start, s.length));
    }

    private Attribution ReadAttribution(ClaimDto c, string path)
    {
        var a = c.Claimant ?? throw Error(new Where(path, ".claimant"), "is required.");
        if (!_actors.TryGetValue((a.Name, a.Role, a.Organization, a.Side), out var claimant))
        {
            var side = SideOf(a.Side, new(path, ".claimant.side"));
            claimant = Build(new(path, ".claimant"), (a, side), static s => Actor.Create(s.a.Name, s.a.Role, s.a.Organization, s.side));
            _actors[(a.Name, a.Role, a.Organization, a.Side)] = claimant;
        }

        var mode = c.Mode switch
        {
            null or "indirect-speech" => AttributionMode.IndirectSpeech,
            "direct-quote" => AttributionMode.DirectQuote,
            "according-to" => AttributionMode.AccordingTo,
            "narration" => AttributionMode.Narration,
            "hedged-narration" => AttributionMode.HedgedNarration,
            var other => throw Error(new Where(path, ".mode"), $"is '{other}'; use indirect-speech, direct-quote, according-to, narration or hedged-narration."),
        };
        var via = ReadVia(c.Via, path);
        return Build(new(path, ".via"), (claimant, via, c.Cue, mode), static s => Attribution.Create(s.claimant, s.via, s.Cue, s.mode));
    }

    private static string[] ReadVia(List<string?>? items, string path)
    {
        if (items is null or { Count: 0 })
        {
            return [];
        }

        var via = new string[items.Count];
        for (var i = 0; i < via.Length; i++)
        {
            via[i] = items[i] ?? throw Error(new Where(path, ".via", i), "must be a string, not null.");
        }

        return via;
    }

    private ClaimEvent ReadEvent(EventDto e, string path)
    {
        var type = EventType.TryCreate(e.Type, out var t) ? t : throw Error(new Where(path, ".event.type"), $"'{e.Type}' is not a kebab-case event type such as 'shot-down'.");
        var on = Time(e.On, new(path, ".event.on"));
        var agent = SideOf(e.Agent, new(path, ".event.agent"));
        return Build(new(path, ".event"), (type, on, e.Place, agent), static s => ClaimEvent.Create(s.type, s.on, s.Place, s.agent));
    }

    private ImmutableArray<Quantity> ReadQuantities(List<QuantityDto?>? items, string path)
    {
        if (items is null or { Count: 0 })
        {
            return [];
        }

        var quantities = new Quantity[items.Count];
        for (var i = 0; i < quantities.Length; i++)
        {
            quantities[i] = ReadQuantity(items[i], new Where(path, ".quantities", i));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(quantities);
    }

    private Quantity ReadQuantity(QuantityDto? q, Where at)
    {
        if (q is null)
        {
            throw Error(at, "must be an object, not null.");
        }

        var item = Required(q.Item, at with { Field = ".item" });
        var owner = SideOf(q.Owner, at with { Field = ".owner" });
        return Build(at, (q, item, owner), static s => Quantity.Create(s.q.Count, s.q.Min, s.q.Max, s.q.Approximate ?? false, s.item, s.q.ItemText, s.owner));
    }

    public static ClaimLink ReadLink(LinkDto l, string path)
    {
        var type = l.Type switch
        {
            "contradicts" => LinkType.Contradicts,
            "corroborates" => LinkType.Corroborates,
            var other => throw Error(new Where(path, ".type"), $"is '{other}'; use 'contradicts' or 'corroborates'."),
        };
        var (from, to) = (Id(l.From, new(path, ".from")), Id(l.To, new(path, ".to")));
        var reason = Required(l.Reason, new(path, ".reason"));
        return Build(new(path), (type, from, to, reason, l.Basis), static s => ClaimLink.Create(s.type, s.from, s.to, s.reason, s.Basis));
    }

    private static ClaimId Id(string? text, Where where) =>
        ClaimId.TryCreate(text, out var id) ? id : throw Error(where, text is null ? "is required." : ClaimId.Check(text)!);

    private Side? SideOf(string? name, Where where)
    {
        if (name is null)
        {
            return null;
        }

        if (!_sides.TryGetValue(name, out var side))
        {
            side = Side.TryCreate(name, out var created) ? created : throw Error(where, Messages.CheckName(name, Side.MaxLength)!);
            _sides[name] = side;
        }

        return side;
    }

    private TimeReference? Time(string? text, Where where)
    {
        if (text is null)
        {
            return null;
        }

        if (!_times.TryGetValue(text, out var time))
        {
            time = TimeReference.TryParseCore(text, out var parsed, out var error) ? parsed : throw Error(where, error);
            _times[text] = time;
        }

        return time;
    }

    private static string Required(string? value, Where where) => value ?? throw Error(where, "is required.");

    // Calls a model factory, reporting what it refuses at the given place. The factory is a static lambda
    // over a state tuple, so a read of many claims allocates no closure for it.
    private static T Build<TState, T>(Where where, TState state, Func<TState, T> build)
    {
        try
        {
            return build(state);
        }
        catch (ArgumentException e)
        {
            throw Error(where, e.Message.Split(" (Parameter")[0]);
        }
    }

    private static ClaimSetFormatException Error(Where where, string message) => Error(where.ToString(), message);

    private static ClaimSetFormatException Error(string path, string message) =>
        new($"Invalid claim set at '{path}': {message}", path, lineNumber: null);

    // A member of an item ("claims[3]" and ".span.start", or "claims[3]", ".quantities", 0 and ".item"),
    // joined into one path only when an error names it: joining them for every field of every claim was a
    // large share of reading.
    private readonly record struct Where(string Item, string Member = "", int Index = -1, string Field = "")
    {
        public override string ToString() => Index < 0 ? Item + Member + Field : $"{Item}{Member}[{Index}]{Field}";
    }
}
