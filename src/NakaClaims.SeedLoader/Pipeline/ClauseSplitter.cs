using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Pipeline;

// Stage 8b: one claim per event. "12 systems were destroyed, an Azerbaijan armed helicopter was shot down,
// and the crew survived" states two events: clauses are cut at commas and semicolons, and a clause without
// an event of its own joins the clause before it.
internal sealed partial class ClauseSplitter(EventClassifier events)
{
    // A list item ("Armenia, Turkey and Azerbaijan on the 27th") is not a clause: a clause has a verb. A word in
    // capitals that ends in "ed" ("the United States") is a name, not a verb in the past.
    [GeneratedRegex(@"\b(?:is|are|was|were|has|have|had|will|would|been|be|shot|took|fell|broke|began|struck|hit|lost|won|sent|made|held|met|said|told|came|went|gave|saw|fought|left|brought|spoke|wrote|found|led|fled|rose|[a-z]\w*ed)\b", Rx.Options)]
    private static partial Regex Verb { get; }

    // "31 civilians were killed and 154 injured", "… and more than 100 people wounded": a second count of casualties,
    // whose verb is left out.
    private const string CasualtyCount = @"(?:more\s+than\s+|over\s+|about\s+|nearly\s+)?\d[\d,]*\s+(?:others\s+|more\s+|people\s+|civilians\s+|soldiers\s+|servicemen\s+)?(?:(?:were|had\s+been|have\s+been)\s+)?(?:injured|wounded|killed|hurt|dead|missing)\b";

    // "said that X and that Y" joins two complements: the second "that" starts another clause. "destroyed 3 tanks
    // and shot down 4 drones" joins two verbs of one subject: "and" before a verb in the past starts another, and
    // so does "and" before a count of casualties.
    [GeneratedRegex(@",?\s+and\s+that\s+|,\s+(?:and\s+|but\s+|while\s+)?|;\s*|\s+and\s+(?=(?:had\s+|has\s+|have\s+)?(?:shot|took|struck|hit|\w+ed)\s)|\s+and\s+(?=" + CasualtyCount + @")|\s+and\s+(?=" + ResultParticiple + ")", Rx.Options)]
    private static partial Regex Cut { get; }

    // "fired missiles at Ganja, killing 9 civilians and injuring 34 others": what the act did, as a participle.
    private const string ResultParticiple = @"(?:killing|injuring|wounding)\s";

    // "…, bringing the total death toll to 209": a running total of its own, not part of the count before it.
    [GeneratedRegex(@"^bringing\s+(?:the|its)\s+(?:total|overall|number|death\s+toll)\b", Rx.Options)]
    private static partial Regex BringsATotal { get; }

    // "…, adding that Azerbaijan had rejected every proposal": what the speaker added is a proposition of its own.
    [GeneratedRegex(@"^(?:adding|noting|stressing|emphasizing|insisting|stating|saying|claiming)\s+that\s", Rx.Options)]
    private static partial Regex StartsWithAddedComplement { get; }

    [GeneratedRegex(@"^" + ResultParticiple, Rx.Options)]
    private static partial Regex StartsWithResult { get; }

    [GeneratedRegex(@"^" + CasualtyCount, Rx.Options)]
    private static partial Regex StartsWithCasualtyCount { get; }

    // Whether a text holds a verb, as a clause does.
    public static bool HasVerb(ReadOnlySpan<char> text) => Verb.IsMatch(text);

    // Each claim's place in the content; whether it continues the subject of the claim before it ("… and
    // shelled the Tartar region": the army that violated the ceasefire shelled); whether it is a count of
    // casualties that leaves out its subject and verb, and shares what follows it with that claim ("5 were
    // killed and 20 injured in a strike on Ganja": both in Ganja); and whether it is a participle of what that
    // claim's act did ("shelled Ganja, killing 9": in Ganja too, by the same agent). The pieces replace what
    // the list held: the caller keeps one list for its article, where a list per statement was 3% of what a
    // load allocated.
    public void Split(ReadOnlySpan<char> content, List<ClausePiece> claims)
    {
        claims.Clear();
        var open = default(Group?);
        var start = 0;
        var (complement, continues, elliptic, result) = (false, false, false, false);
        foreach (var m in Cut.EnumerateMatches(content))
        {
            if (!InsideQuote(content, m.Index))
            {
                open = Add(claims, open, content, start, m.Index, complement, continues, elliptic, result);
                var cut = content.Slice(m.Index, m.Length).Trim();
                start = m.Index + m.Length;
                result = StartsWithResult.IsMatch(content[start..]);
                (complement, continues, elliptic) = (cut.EndsWith("that", StringComparison.Ordinal) || StartsWithAddedComplement.IsMatch(content[start..]), cut is "and" || result, cut is "and" && StartsWithCasualtyCount.IsMatch(content[start..]));
            }
        }

        if (Add(claims, open, content, start, content.Length, complement, continues, elliptic, result) is { } last)
        {
            claims.Add(last.Piece);
        }
    }

    // A piece starts a new claim when it is a clause with an event of its own and the claim so far has one too,
    // or when it is a second complement ("… and that …"), which states a proposition of its own, or follows a
    // verdict on a claim ("this was a lie"), which is a denial of its own. A leading
    // phrase without a verb ("since the outbreak of the conflict, 532 soldiers were killed") names an event but
    // states none, so the clause after it joins it. Returns the claim still open, which later pieces may join.
    private Group? Add(List<ClausePiece> claims, Group? open, ReadOnlySpan<char> content, int start, int end, bool complement, bool continues, bool elliptic, bool result)
    {
        if (end <= start)
        {
            return open;
        }

        var piece = content[start..end];
        var hasEvent = events.Classify(piece) is not null;
        var isClause = hasEvent && (result || Verb.IsMatch(piece) || BringsATotal.IsMatch(piece));
        if (open is not { } group)
        {
            return new Group(start, end - start, hasEvent, isClause, false, false, false);
        }

        // "said this was "a lie" and accused the army of shelling Stepanakert": the verdict denies, the rest accuses.
        if (complement || (isClause && group.HasEvent && group.HasClause) || (!group.HasEvent && Verb.IsMatch(piece) && Verdicts.CallsAClaimFalse(content.Slice(group.Start, group.Length))))
        {
            claims.Add(group.Piece);
            return new Group(start, end - start, hasEvent, isClause, continues, elliptic, result);
        }

        return group with { Length = end - group.Start, HasEvent = group.HasEvent || hasEvent, HasClause = group.HasClause || isClause };
    }

    private static bool InsideQuote(ReadOnlySpan<char> text, int at) =>
        text[..at].Count('“') > text[..at].Count('”') || text[..at].Count('"') % 2 == 1;

    // The claim being gathered: where it starts, how far it reaches, and what its pieces so far hold.
    private readonly record struct Group(int Start, int Length, bool HasEvent, bool HasClause, bool Continues, bool Elliptic, bool Result)
    {
        public ClausePiece Piece => new(Start, Length, Continues, Elliptic, Result);
    }
}
