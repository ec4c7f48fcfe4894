using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Pipeline;

// Stage 8b: one claim per event. "12 systems were destroyed, an Azerbaijan armed helicopter was shot down,
// and the crew survived" states two events: clauses are cut at commas and semicolons, and a clause without
// an event of its own joins the clause before it.
internal sealed class ClauseSplitter(EventClassifier events)
{
    // A list item ("Armenia, Turkey and Azerbaijan on the 27th") is not a clause: a clause has a verb.
    private static readonly Regex Verb = Rx.Create(@"\b(?:is|are|was|were|has|have|had|will|would|been|be|shot|took|fell|broke|began|struck|hit|lost|won|sent|made|\w+ed)\b");
    // "said that X and that Y" joins two complements: the second "that" starts another clause. "destroyed 3 tanks
    // and shot down 4 drones" joins two verbs of one subject: "and" before a verb in the past starts another.
    private static readonly Regex Cut = Rx.Create(@",?\s+and\s+that\s+|,\s+(?:and\s+|but\s+|while\s+)?|;\s*|\s+and\s+(?=(?:had\s+|has\s+|have\s+)?(?:shot|took|struck|hit|\w+ed)\s)");

    // Each claim's place in the content, whether it names an event, and whether it continues the subject of
    // the claim before it ("… and shelled the Tartar region": the army that violated the ceasefire shelled).
    public List<(int Start, int Length, bool HasEvent, bool HasClause, bool Continues)> Split(string content)
    {
        var pieces = new List<(int Start, int Length, bool HasEvent, bool IsClause, bool Complement, bool Continues)>();
        var start = 0;
        var (complement, continues) = (false, false);
        foreach (var m in Cut.EnumerateMatches(content))
        {
            if (!InsideQuote(content, m.Index))
            {
                Add(pieces, content, start, m.Index, complement, continues);
                var cut = content.AsSpan(m.Index, m.Length).Trim();
                (start, complement, continues) = (m.Index + m.Length, cut.EndsWith("that", StringComparison.Ordinal), cut is "and");
            }
        }

        Add(pieces, content, start, content.Length, complement, continues);

        // A piece starts a new claim when it is a clause with an event of its own and the claim so far has one
        // too, or when it is a second complement ("… and that …"), which states a proposition of its own. A
        // leading phrase without a verb ("since the outbreak of the conflict, 532 soldiers were killed") names
        // an event but states none, so the clause after it joins it.
        var groups = new List<(int Start, int Length, bool HasEvent, bool HasClause, bool Continues)>();
        foreach (var piece in pieces)
        {
            if (groups.Count == 0 || piece.Complement || (piece.IsClause && groups[^1].HasEvent && groups[^1].HasClause))
            {
                groups.Add((piece.Start, piece.Length, piece.HasEvent, piece.IsClause, piece.Continues && groups.Count > 0));
            }
            else
            {
                var last = groups[^1];
                groups[^1] = (last.Start, piece.Start + piece.Length - last.Start, last.HasEvent || piece.HasEvent, last.HasClause || piece.IsClause, last.Continues);
            }
        }

        return groups;
    }

    private void Add(List<(int, int, bool, bool, bool, bool)> pieces, string content, int start, int end, bool complement, bool continues)
    {
        if (end > start)
        {
            var piece = content.AsSpan(start, end - start);
            var hasEvent = events.Classify(piece) is not null;
            pieces.Add((start, end - start, hasEvent, hasEvent && Verb.IsMatch(piece), complement, continues));
        }
    }

    private static bool InsideQuote(string text, int at) =>
        text.AsSpan(0, at).Count('“') > text.AsSpan(0, at).Count('”') || text.AsSpan(0, at).Count('"') % 2 == 1;
}
