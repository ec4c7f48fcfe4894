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

    public Document ReadDocument(DocumentDto d, string path)
    {
        var id = Required(d.Id, new(path, ".id"));
        var length = d.Length ?? throw Error(new Where(path, ".length"), "is required.");
        var published = Time(d.Published, new(path, ".published"));
        try
        {
            return Document.Create(id, length, d.Publisher, d.Place, published);
        }
        catch (ArgumentException e)
        {
            throw Error(path, e);
        }
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
        var quantities = c.Quantities is null ? null : Each(c.Quantities, path + ".quantities", ReadQuantity);
        Claim claim;
        try
        {
            claim = Claim.Create(id, documentId, text, textSpan, attribution, assertedOn, claimEvent, quantities);
        }
        catch (ArgumentException e)
        {
            throw Error(path, e);
        }

        return (c.Polarity ?? "affirms") switch
        {
            "affirms" when c.Target is null => claim,
            "affirms" => throw Error(new Where(path, ".target"), "only a claim whose polarity is 'denies' has a target."),
            "denies" => Denial(claim, c.Target is null ? null : Id(c.Target, new(path, ".target")), path),
            var other => throw Error(new Where(path, ".polarity"), $"is '{other}'; use 'affirms' or 'denies'."),
        };
    }

    private static Claim Denial(Claim claim, ClaimId? target, string path)
    {
        try
        {
            return claim.AsDenialOf(target);
        }
        catch (ArgumentException e)
        {
            throw Error(new Where(path, ".target").ToString(), e);
        }
    }

    private static TextSpan ReadSpan(SpanDto? span, string path)
    {
        if (span is null)
        {
            throw Error(new Where(path, ".span"), "is required.");
        }

        var start = span.Start ?? throw Error(new Where(path, ".span.start"), "is required.");
        var length = span.Length ?? throw Error(new Where(path, ".span.length"), "is required.");
        try
        {
            return TextSpan.Create(start, length);
        }
        catch (ArgumentException e)
        {
            throw Error(new Where(path, ".span").ToString(), e);
        }
    }

    private Attribution ReadAttribution(ClaimDto c, string path)
    {
        var a = c.Claimant ?? throw Error(new Where(path, ".claimant"), "is required.");
        if (!_actors.TryGetValue((a.Name, a.Role, a.Organization, a.Side), out var claimant))
        {
            var side = SideOf(a.Side, new(path, ".claimant.side"));
            try
            {
                claimant = Actor.Create(a.Name, a.Role, a.Organization, side);
            }
            catch (ArgumentException e)
            {
                throw Error(new Where(path, ".claimant").ToString(), e);
            }

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
        IReadOnlyList<string> via = c.Via is null or { Count: 0 } ? [] : Each(c.Via, path + ".via", (string r, string _) => r);
        try
        {
            return Attribution.Create(claimant, via, c.Cue, mode);
        }
        catch (ArgumentException e)
        {
            throw Error(new Where(path, ".via").ToString(), e);
        }
    }

    private ClaimEvent ReadEvent(EventDto e, string path)
    {
        var type = EventType.TryCreate(e.Type, out var t) ? t : throw Error(new Where(path, ".event.type"), $"'{e.Type}' is not a kebab-case event type such as 'shot-down'.");
        var on = Time(e.On, new(path, ".event.on"));
        var agent = SideOf(e.Agent, new(path, ".event.agent"));
        try
        {
            return ClaimEvent.Create(type, on, e.Place, agent);
        }
        catch (ArgumentException x)
        {
            throw Error(new Where(path, ".event").ToString(), x);
        }
    }

    private Quantity ReadQuantity(QuantityDto q, string path)
    {
        var item = Required(q.Item, new(path, ".item"));
        var owner = SideOf(q.Owner, new(path, ".owner"));
        try
        {
            return Quantity.Create(q.Count, q.Min, q.Max, q.Approximate ?? false, item, q.ItemText, owner);
        }
        catch (ArgumentException e)
        {
            throw Error(path, e);
        }
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
        try
        {
            return ClaimLink.Create(type, from, to, reason, l.Basis);
        }
        catch (ArgumentException e)
        {
            throw Error(path, e);
        }
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

    private static ClaimSetFormatException Error(Where where, string message) => Error(where.ToString(), message);

    private static ClaimSetFormatException Error(string path, ArgumentException e) => Error(path, e.Message.Split(" (Parameter")[0]);

    private static ClaimSetFormatException Error(string path, string message) =>
        new($"Invalid claim set at '{path}': {message}", path, lineNumber: null);

    // A member of an item ("claims[3]" and ".span.start"), joined into one path only when an error names it:
    // joining them for every field of every claim was a large share of reading.
    private readonly record struct Where(string Item, string Member)
    {
        public override string ToString() => Item + Member;
    }
}
