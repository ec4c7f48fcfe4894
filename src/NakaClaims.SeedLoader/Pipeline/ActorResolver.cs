using System.Text.RegularExpressions;
using NakaClaims.SeedLoader.Gazetteers;

namespace NakaClaims.SeedLoader.Pipeline;

// Stage 5: entities. Turns a claimant phrase into an Actor: a known actor from the gazetteer, or role,
// organization, name and side read off the phrase ("the spokesperson of the Ministry of Defense of the Asian
// Nations, Stepanyan"). A national body with no side of its own takes the side of the outlet that quotes it.
internal sealed partial class ActorResolver(Gazetteer gazetteer)
{
    private static readonly (Regex Pattern, string Name)[] MinistryNames =
    [
        (DefenseMinistry, "Ministry of Defense"),
        (ForeignMinistry, "Ministry of Foreign Affairs"),
    ];

    [GeneratedRegex(@"^(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e)\b", Rx.Options)]
    private static partial Regex DefenseMinistry { get; }

    [GeneratedRegex(@"^(?:Foreign\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs)\b", Rx.Options)]
    private static partial Regex ForeignMinistry { get; }

    [GeneratedRegex(@"(?:(?!(?:The|An|A)\b)[A-Z][\w’'-]*\s+){0,3}(?:Ministry|Department|Office|Council|Committee|Service|[Dd]efen[cs]e\s+army|Army|Forces|Parliament|Government|government|authorities|Kremlin)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,4})?", Rx.Options)]
    private static partial Regex Ministry { get; }

    // "The Karabakh defense army": translations write the army in lower case as often as not; one name for it lets
    // the linker see one claimant.
    [GeneratedRegex(@"\b[Dd]efen[cs]e\s+army\b", Rx.Options)]
    private static partial Regex DefenseArmy { get; }

    [GeneratedRegex(@"[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+){0,2}", Rx.Options)]
    private static partial Regex NameRun { get; }

    [GeneratedRegex(@"\bthe\s+(?=[A-Z])", Rx.IgnoreCaseOptions)]
    private static partial Regex InnerThe { get; }

    [GeneratedRegex(@"^(?:the|The)\s+", Rx.Options)]
    private static partial Regex LeadingThe { get; }

    // "NATO Secretary General Stoltenberg, who was visiting Turkey,": what the relative clause says is not who
    // the speaker is.
    [GeneratedRegex(@",\s*(?:who|which)\s[^,]*(?:,|$)", Rx.Options)]
    private static partial Regex RelativeClause { get; }

    // "The Syrian Observatory for Human Rights, a British-based monitoring group,": what the speaker is, not who.
    [GeneratedRegex(@",\s*(?:a|an)\s[^,]*(?:,|$)", Rx.Options)]
    private static partial Regex Appositive { get; }

    // "A joint statement issued by the governments of …": a document speaks for whoever issued it.
    [GeneratedRegex(@"^(?:an?|the)\s+(?:joint\s+)?(?:statement|communiqu[eé]|declaration|decree|notice|press\s+release|bulletin)\s+(?:issued|released|published|signed|made)\s+by\s+(?=\S)", Rx.IgnoreCaseOptions)]
    private static partial Regex IssuedBy { get; }

    // "Presidential Assistant Hajiyev's statement said …": what a speaker's statement says, the speaker says.
    [GeneratedRegex(@"[’']s\s+(?:(?:latest|new|official|written|video)\s+)?(?:statement|remarks|message|letter|tweet|post|speech|address|interview)$", Rx.IgnoreCaseOptions)]
    private static partial Regex SpeakersWords { get; }

    [GeneratedRegex(@"^(?:the\s+)?(?<who>.+?)\s+side$", Rx.IgnoreCaseOptions)]
    private static partial Regex SideWord { get; }

    // Resolution is a pure function of the phrase and the reporting chain, and the same phrases recur in
    // article after article: the cache is bounded so a huge corpus cannot grow it without limit.
    private const int CacheLimit = 50_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), Actor> _cache = new();

    private static readonly char[] Apostrophes = ['’', '\''];

    [GeneratedRegex(@"^(?:office|administration|press\s+(?:service|office)|cabinet|team)\s*$", Rx.IgnoreCaseOptions)]
    private static partial Regex OfficeOf { get; }

    [GeneratedRegex(@"\s*\([^()""“”]{1,30}\)(?=\s|$)", Rx.Options)]
    private static partial Regex Gloss { get; }

    public Actor Resolve(string phrase, IReadOnlyList<string> reporters)
    {
        var key = (phrase, string.Join("\u0001", reporters));
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var actor = ResolveUncached(phrase, reporters);
        if (_cache.Count < CacheLimit)
        {
            _cache.TryAdd(key, actor);
        }

        return actor;
    }

    private Actor ResolveUncached(string phrase, IReadOnlyList<string> reporters)
    {
        // What is left without the clauses that describe the speaker; all of the phrase when nothing would be. A short
        // gloss in parentheses ("Nagorno-Karabakh (Naka) authorities") only repeats a name.
        var clean = NameText.Clean(Gloss.Replace(phrase, string.Empty));
        var text = Appositive.Replace(RelativeClause.Replace(clean, string.Empty), string.Empty).Trim();
        text = NameText.HasLetters(text, 2) ? text : clean.Trim();
        text = IssuedBy.Match(text) is { Success: true } issued ? text[issued.Length..] : text;
        text = SpeakersWords.Match(text) is { Success: true } words ? text[..words.Index] : text;
        var speakerStart = SpeakerStart(text);
        if (JointActors(text) is { } joint)
        {
            return joint;
        }

        // "Pashinyan's office", "Aliyev's administration": the office of someone the gazetteer knows, on that one's side.
        if (OfficeOf.IsMatch(text.AsSpan(speakerStart)) && Principal(text, speakerStart) is { } holder)
        {
            return Actor.OfOrganization($"{holder.Name}'s {text[speakerStart..].Trim().ToLowerInvariant()}", SideOf(holder.Side));
        }

        if (gazetteer.Actors(text).LastOrDefault(m => m.Start >= speakerStart) is { Name: not null } known && gazetteer.Actor(known.Name) is { } entry)
        {
            var role = entry.Role ?? SpeakerRole(text, speakerStart).Name;
            return Actor.Create(entry.Name, role, entry.Organization, SideOf(entry.Side));
        }

        // "Reuters reported that …": an outlet that speaks for itself is an organization, not a person.
        var bare = Clean(text);
        if (gazetteer.Outlets(bare) is [{ Start: 0 } outlet] && outlet.Length == bare.Length)
        {
            return Actor.OfOrganization(outlet.Name, SideOf(gazetteer.OutletSide(outlet.Name)));
        }

        // "the foreign ministers of Russia, Armenia and Azerbaijan": a joint speaker, of no one side.
        if (gazetteer.NamesSeveralSides(text))
        {
            return Actor.OfOrganization(Capitalized(Clean(text)), null);
        }

        var side = gazetteer.FirstSide(text) ?? Principal(text, speakerStart)?.Side;
        if (SideWord.Match(text) is { Success: true } sideWord)
        {
            var who = sideWord.Groups["who"].Value;
            var place = gazetteer.Places(who) is [var first, ..] ? first.Name : null;
            var country = side ?? gazetteer.Countries(who).Select(c => c.Name).FirstOrDefault() ?? place ?? who;

            // "the Nagorno-Karabakh side" speaks for the side its place belongs to.
            side ??= place is null ? null : gazetteer.PlaceSide(place);
            return Actor.OfOrganization(country, SideOf(side));
        }

        var organization = Organization(text, side);

        // "the Ministry of Defense of Nagorno-Karabakh": a place's own bodies may speak for a side.
        side ??= gazetteer.Places(text).Select(p => gazetteer.PlaceSide(p.Name)).FirstOrDefault(s => s is not null);
        var roleFound = SpeakerRole(text, speakerStart);
        var name = Name(text, organization, roleFound);
        side ??= organization is not null && name is null ? ReporterSide(reporters) : null;
        // "Yerevan accused Ankara …": a capital that stands for its side is that side.
        if (name is null && organization is null && side is not null && gazetteer.Sides(bare) is [{ Start: 0 } whole] && whole.Length == bare.Length)
        {
            organization = side;
        }

        if (name is null && organization is null)
        {
            organization = gazetteer.Countries(text).Select(c => c.Name).FirstOrDefault() ?? gazetteer.Places(text).Select(p => p.Name).FirstOrDefault() ?? side ?? Clean(text);
        }

        if (organization is not null && name is not null && !organization.Contains(' ', StringComparison.Ordinal) && organization == side)
        {
            organization = null;
        }

        // "the Russian Foreign Ministry": a third country's body keeps its country in its name.
        if (organization is not null && side is null && gazetteer.Countries(text).Select(c => c.Name).FirstOrDefault() is { } thirdCountry
            && !organization.Contains(thirdCountry, StringComparison.Ordinal) && !gazetteer.NamesACountry(organization))
        {
            organization = $"{organization} of {thirdCountry}";
        }

        return Actor.Create(name, roleFound.Name, organization ?? (name is null ? null : gazetteer.Countries(text).Select(c => c.Name).FirstOrDefault()), SideOf(side));
    }

    // "Pashinyan's spokeswoman Gevorgyan", "Pashinyan's office": the known actor whose office it is, before the
    // possessive; an office speaks for that actor's side.
    private ActorEntry? Principal(string text, int speakerStart) =>
        speakerStart > 0 && gazetteer.Actors(text[..speakerStart]) is [.., var principal] ? gazetteer.Actor(principal.Name) : null;

    // "the Armenian Prime Minister's press secretary, X" and "President Aliyev's assistant X": what comes
    // before a possessive is whose office it is, not who speaks, so roles and known actors there are not
    // the speaker's.
    private static int SpeakerStart(string text)
    {
        var start = 0;
        for (var at = text.IndexOf('s'); at > 0; at = text.IndexOf('s', at + 1))
        {
            if (text[at - 1] is '’' or '\'' && at + 2 < text.Length && text[at + 1] == ' ' && char.IsLetter(text[at + 2]))
            {
                start = at + 2;
            }
        }

        return start;
    }

    private Mention SpeakerRole(string text, int speakerStart) =>
        gazetteer.Roles(text).Where(r => r.Start >= speakerStart).OrderByDescending(r => r.Length).FirstOrDefault();

    // "Russian President Putin, French President Macron and US President Trump": a list of known people speaks
    // jointly, of the side they share, if any. "Aliyev's assistant Hajiyev" is one person, not a list.
    private Actor? JointActors(string text)
    {
        var people = gazetteer.Actors(text);
        if (people.Count < 2)
        {
            return null;
        }

        for (var i = 1; i < people.Count; i++)
        {
            var between = text.AsSpan(people[i - 1].End, Math.Max(0, people[i].Start - people[i - 1].End));
            if (between.StartsWith("'s") || between.StartsWith("’s") || (between.IndexOf(',') < 0 && !between.Contains(" and ", StringComparison.Ordinal)))
            {
                return null;
            }
        }

        var names = people.Select(p => p.Name).Distinct().ToArray();
        if (names.Length < 2)
        {
            return null;
        }

        var sides = names.Select(n => gazetteer.Actor(n)?.Side).Distinct().ToArray();
        var list = string.Join(", ", names[..^1]) + " and " + names[^1];
        return Actor.OfOrganization(list, sides is [{ } side] ? SideOf(side) : null);
    }

    public static Actor Publisher(string? publisher) => Actor.OfOrganization(publisher ?? "Unknown publisher");

    private string? Organization(string text, string? side)
    {
        var org = gazetteer.Organizations(text).Select(o => o.Name).FirstOrDefault();
        var ministry = Ministry.Match(text);
        if (ministry.Success && (org is null || ministry.Length > org.Length))
        {
            org = ministry.Value;
        }

        if (org is null)
        {
            return null;
        }

        org = DefenseArmy.Replace(org, "Defense Army");

        // "Ministry of Defense of the Asian Nations" names its side by alias: write the side's own name.
        foreach (var mention in gazetteer.Sides(org).Reverse().Where(m => m.Length < org.Length))
        {
            org = string.Concat(org.AsSpan(0, mention.Start), side is null || mention.Name == side ? mention.Name : mention.Name, org.AsSpan(mention.End));
        }

        org = InnerThe.Replace(org, string.Empty).Trim();

        // "the Armenian Ministry of Defense", "the Russian Foreign Ministry", "the Nagorno-Karabakh Defense
        // Ministry" and "the Armenian government" read as "Ministry of Defense of Armenia", "Ministry of Foreign
        // Affairs of Russia", "Ministry of Defense of Nagorno-Karabakh" and "Government of Armenia" ("the Karabakh
        // authorities", a place's, are "Nagorno-Karabakh authorities"): one form for every body, whatever the
        // translation chose (the ministry's own name is made canonical below).
        var nation = gazetteer.Sides(org).Concat(gazetteer.Countries(org)).FirstOrDefault(m => m.Start == 0 && m.Name is not null);
        var lead = nation.Name is not null ? nation : gazetteer.Places(org).FirstOrDefault(m => m.Start == 0 && m.Name is not null);
        if (lead.Name is not null && org.Length > lead.Length + 1)
        {
            var rest = org[lead.Length..].TrimStart(Apostrophes).TrimStart('s').Trim();
            org = rest.Length == 0 ? org
                : char.IsUpper(rest[0]) || nation.Name is not null ? $"{Capitalized(rest)} of {lead.Name}"
                : $"{lead.Name} {rest}";
        }
        return org.Length == 0 ? null : CanonicalMinistry(Capitalized(org));
    }

    // Translations name one ministry several ways ("Defense Ministry", "Ministry of Defence", "Foreign
    // Ministry"); one name per ministry lets the linker see one claimant, not two.
    private static string CanonicalMinistry(string org)
    {
        foreach (var (pattern, name) in MinistryNames)
        {
            if (pattern.Match(org) is { Success: true } m)
            {
                return string.Concat(name, org.AsSpan(m.Length));
            }
        }

        return org;
    }

    private string? Name(string text, string? organization, Mention role)
    {
        var masked = text.ToCharArray();
        void Mask(int start, int length)
        {
            for (var i = start; i < start + length && i < masked.Length; i++)
            {
                masked[i] = '|';
            }
        }

        // A place is no one's name: "Nagorno-Karabakh's human rights ombudsman" names an office of a place.
        foreach (var m in gazetteer.Sides(text).Concat(gazetteer.Countries(text)).Concat(gazetteer.Organizations(text)).Concat(gazetteer.Roles(text)).Concat(gazetteer.Places(text)))
        {
            Mask(m.Start, m.Length);
        }

        if (Ministry.Match(text) is { Success: true } ministry)
        {
            Mask(ministry.Index, ministry.Length);
        }

        Mask(role.Start, role.Length);
        var candidate = NameRun.Matches(new string(masked)).LastOrDefault()?.Value;
        return candidate is null || candidate is "The" or "Both" or "US" or "An" or "This" or "That" or "Another" or "Some" or "Several" or "Many" || organization?.Contains(candidate, StringComparison.Ordinal) == true
            ? null
            : candidate.Replace("’s", string.Empty, StringComparison.Ordinal);
    }

    // A body's name as a name: "the foreign ministers of …" is "Foreign ministers of …".
    private static string Capitalized(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private string? ReporterSide(IReadOnlyList<string> reporters) =>
        reporters.Select(r => gazetteer.Outlets(r).Select(o => gazetteer.OutletSide(o.Name)).FirstOrDefault()
            ?? gazetteer.Sides(r).Select(s => s.Name).FirstOrDefault()).FirstOrDefault(s => s is not null);

    private static Side? SideOf(string? name) => name is null ? null : Side.Create(name);

    private static string Clean(string text)
    {
        var t = LeadingThe.Replace(text, string.Empty).Trim().TrimEnd(',');
        return t.Length > 100 ? t[..100].Trim() : t;
    }
}
