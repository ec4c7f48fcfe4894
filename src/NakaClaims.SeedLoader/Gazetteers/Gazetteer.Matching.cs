using NodaTime;

namespace NakaClaims.SeedLoader.Gazetteers;

// The compiled side of the gazetteer, used by the pipeline stages.
public sealed partial class Gazetteer
{
    private AliasMatcher _sides = null!;
    private AliasMatcher _bothSides = null!;
    private AliasMatcher _notSides = null!;
    private AliasMatcher _countries = null!;
    private AliasMatcher _organizations = null!;
    private AliasMatcher _outlets = null!;
    private AliasMatcher _actors = null!;
    private AliasMatcher _roles = null!;
    private AliasMatcher _places = null!;
    private AliasMatcher _items = null!;
    private AliasMatcher _eventTriggers = null!;
    private Dictionary<string, (EventType Type, int Priority)> _eventTypes = null!;
    private Dictionary<string, ActorEntry> _actorEntries = null!;
    private Dictionary<string, string?> _outletSides = null!;
    private Dictionary<string, DateTimeZone> _zones = null!;
    private HashSet<string> _agentEvents = null!;
    private HashSet<string> _declarations = null!;
    private HashSet<string> _meetings = null!;
    private HashSet<string> _speechActs = null!;
    private List<Side> _conflictSides = null!;
    private AliasMatcher _historical = null!;
    private Dictionary<string, string?> _placeSides = null!;

    // Sides named in a text, except inside a phrase that only looks like one ("Central Asia" is not Armenia).
    internal IReadOnlyList<Mention> Sides(ReadOnlySpan<char> text)
    {
        var sides = _sides.Find(text);
        var excluded = sides.Count == 0 ? [] : _notSides.Find(text);
        return excluded.Count == 0 ? sides : Outside(sides, excluded);
    }

    // A helper rather than a lambda: a lambda over excluded cost a closure on every call, most of which
    // exclude nothing.
    private static List<Mention> Outside(IReadOnlyList<Mention> mentions, IReadOnlyList<Mention> excluded)
    {
        var kept = new List<Mention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!Overlaps(mentions[i], excluded))
            {
                kept.Add(mentions[i]);
            }
        }

        return kept;
    }

    private static bool Overlaps(Mention mention, IReadOnlyList<Mention> others)
    {
        for (var i = 0; i < others.Count; i++)
        {
            if (mention.Start < others[i].End && others[i].Start < mention.End)
            {
                return true;
            }
        }

        return false;
    }

    // The first side named in a text, or null.
    internal string? FirstSide(ReadOnlySpan<char> text) => Sides(text) is [var first, ..] ? first.Name : null;

    internal Mention? BothSides(string text) => _bothSides.First(text);

    internal IReadOnlyList<Mention> Countries(string text) => _countries.Find(text);

    internal IReadOnlyList<Mention> Organizations(string text) => _organizations.Find(text);

    internal IReadOnlyList<Mention> Outlets(string text) => _outlets.Find(text);

    internal IReadOnlyList<Mention> Actors(string text) => _actors.Find(text);

    internal IReadOnlyList<Mention> Roles(string text) => _roles.Find(text);

    internal IReadOnlyList<Mention> Places(string text) => _places.Find(text);

    internal Mention? FirstPlace(string text) => _places.First(text);

    // Whether a text names an entry of a kind at all: no list of mentions is built to answer it.
    internal bool NamesAnActor(string text) => _actors.First(text) is not null;

    internal bool NamesARole(string text) => _roles.First(text) is not null;

    internal bool NamesACountry(string text) => _countries.First(text) is not null;

    internal bool NamesAnOrganization(string text) => _organizations.First(text) is not null;

    internal bool NamesAnOutlet(string text) => _outlets.First(text) is not null;

    // The first place where something happened: "the Naka army destroyed the facilities in Ganja" happened in
    // Ganja; a place that names an army or a body ("the Naka army", "the Nagorno-Karabakh Defense Ministry") is
    // whose they are, not where. Falls back to the first place when every one names someone.
    internal Mention? FirstEventPlace(string text)
    {
        var at = 0;
        Mention? first = null;
        while (_places.TryNext(text, ref at, out var place))
        {
            first ??= place;
            if (!NamesABody(text.AsSpan(place.End)))
            {
                return place;
            }
        }

        return first;
    }

    private static bool NamesABody(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        after = after.StartsWith("'s ") || after.StartsWith("’s ") ? after[3..] : after;
        foreach (var noun in BodyNouns)
        {
            if (after.StartsWith(noun, StringComparison.OrdinalIgnoreCase) && (after.Length == noun.Length || !char.IsLetter(after[noun.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] BodyNouns = ["army", "armed forces", "forces", "troops", "side", "authorities", "Defense Army", "Defense Ministry", "Ministry", "leader", "leadership", "government", "military", "soldiers", "ombudsman", "president"];

    internal IReadOnlyList<Mention> Items(string text) => _items.Find(text);

    // The event of a clause: among the triggers it contains, the one whose type comes first in the file.
    internal (EventType Type, int Position)? Event(ReadOnlySpan<char> clause)
    {
        (EventType Type, int Priority, int Position)? best = null;
        var at = 0;
        while (_eventTriggers.TryNext(clause, ref at, out var mention))
        {
            var (type, priority) = _eventTypes[mention.Name];
            if (best is null || priority < best.Value.Priority)
            {
                best = (type, priority, mention.Start);
            }
        }

        return best is { } b ? (b.Type, b.Position) : null;
    }

    // "After the disintegration of the Soviet Union, …": background, not the day the article reports on.
    internal bool IsHistorical(string sentence) => _historical.First(sentence) is not null;

    internal bool IsAgentEvent(EventType type) => _agentEvents.Contains(type.Key);

    // The event type of that key if the gazetteer has it: rules about a type hold only where it is defined.
    internal EventType? EventTypeOf(string key)
    {
        foreach (var (type, _) in _eventTypes.Values)
        {
            if (type.Key == key)
            {
                return type;
            }
        }

        return null;
    }

    // A declaration (martial law, a decree) is the act of the side whose official declares it.
    internal bool IsDeclaration(EventType type) => _declarations.Contains(type.Key);

    // Whether the text names two or more different sides ("Armenia and Azerbaijan", "Russia, Armenia and Azerbaijan").
    internal bool NamesSeveralSides(string text) => Sides(text).Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() > 1;

    // Calls and talks: after one, "the two sides" are its parties.
    internal bool IsMeeting(EventType type) => _meetings.Contains(type.Key);

    // A call or a condemnation is made by saying it: "the two parties should cease fire immediately" is a call
    // made on the day it was said, though it asks for what has not happened.
    internal bool IsSpeechAct(EventType type) => _speechActs.Contains(type.Key);

    internal IReadOnlyList<Side> ConflictSides => _conflictSides;

    internal ActorEntry? Actor(string name) => _actorEntries.GetValueOrDefault(name);

    internal bool IsOutlet(string name) => _outletSides.ContainsKey(name);

    internal string? OutletSide(string name) => _outletSides.GetValueOrDefault(name);

    internal DateTimeZone? Zone(string name) => _zones.GetValueOrDefault(name);

    internal string? PlaceSide(string place) => _placeSides.GetValueOrDefault(place);

    private void Compile()
    {
        static IEnumerable<(string, string)> Aliases(IEnumerable<NamedEntry>? entries) =>
            (entries ?? []).SelectMany(e => (e.Aliases ?? []).Append(e.Name).Select(a => (a, e.Name)));

        _sides = new AliasMatcher(Aliases(_data.Sides));
        _bothSides = new AliasMatcher((_data.BothSides ?? []).Select(a => (a, "both")));
        _notSides = new AliasMatcher((_data.NotSides ?? []).Select(a => (a, a)));
        _countries = new AliasMatcher(Aliases(_data.Countries));
        _organizations = new AliasMatcher((_data.Organizations ?? []).Select(a => (a, a)));
        _outlets = new AliasMatcher(Aliases(_data.Outlets));
        _actors = new AliasMatcher((_data.Actors ?? []).SelectMany(e => (e.Aliases ?? []).Append(e.Name).Select(a => (a, e.Name))));
        // "Turkish Presidential Spokesman Kalin": a role written in lower case is also found capitalized, as a title
        // before a name, and is named in lower case either way; a role listed in both forms keeps both.
        _roles = new AliasMatcher((_data.Roles ?? []).Where(r => r.Length > 0)
            .SelectMany(r => char.IsLower(r[0]) ? new[] { (r, r), (char.ToUpperInvariant(r[0]) + r[1..], r) } : [(r, r)]));
        _places = new AliasMatcher(Aliases(_data.Places));
        _items = new AliasMatcher((_data.Items ?? []).SelectMany(i => (i.Forms ?? []).Append(i.Item).Select(f => (f, i.Item))));
        var events = _data.Events ?? [];
        _eventTriggers = new AliasMatcher(events.SelectMany(e => (e.Triggers ?? []).Select(t => (t, e.Type))));
        _eventTypes = events.Select((e, i) => (e.Type, i)).GroupBy(e => e.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (EventType.Create(g.Key), g.First().i), StringComparer.Ordinal);
        _actorEntries = (_data.Actors ?? []).GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _outletSides = (_data.Outlets ?? []).GroupBy(o => o.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Side, StringComparer.Ordinal);
        _zones = (_data.Sides ?? []).Concat(_data.Countries ?? []).Concat(_data.Places ?? [])
            .Where(e => e.Zone is not null).GroupBy(e => e.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => DateTimeZoneProviders.Tzdb[g.First().Zone!], StringComparer.Ordinal);
        _agentEvents = new HashSet<string>(_data.AgentEvents ?? [], StringComparer.Ordinal);
        _conflictSides = [.. (_data.Sides ?? []).Select(s => s.Name).Distinct(StringComparer.Ordinal).Select(Side.Create)];
        _declarations = new HashSet<string>(_data.DeclarationEvents ?? [], StringComparer.Ordinal);
        _meetings = new HashSet<string>(_data.MeetingEvents ?? [], StringComparer.Ordinal);
        _speechActs = new HashSet<string>(_data.SpeechActEvents ?? [], StringComparer.Ordinal);
        _historical = new AliasMatcher((_data.HistoricalMarkers ?? []).Select(m => (m, m)));
        _placeSides = (_data.Places ?? []).GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Side, StringComparer.Ordinal);
    }
}
