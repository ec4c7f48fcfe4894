using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Pipeline;

// Stage 8b: one claim per event. "12 systems were destroyed, an Azerbaijan armed helicopter was shot down,
// and the crew survived" states two events: clauses are cut at commas and semicolons, and a clause without
// an event of its own joins the clause before it.
internal sealed class ClauseSplitter(EventClassifier events)
{
    // A list item ("Armenia, Turkey and Azerbaijan on the 27th") is not a clause: a clause has a verb.
    private static readonly Regex Verb = Rx.Create(@"\b(?:is|are|was|were|has|have|had|will|would|been|be|shot|took|fell|broke|began|struck|hit|lost|won|sent|made|\w+ed)\b");
    // "said that X and that Y" joins two complements: the second "that" starts another clause.
    private static readonly Regex Cut = Rx.Create(@",?\s+and\s+that\s+|,\s+(?:and\s+|but\s+|while\s+)?|;\s*");

    public List<(int Start, int Length, bool HasEvent, bool HasClause)> Split(string content)
    {
        var pieces = new List<(int Start, int Length, bool HasEvent, bool IsClause, bool Complement)>();
        var start = 0;
        var complement = false;
        foreach (var m in Cut.EnumerateMatches(content))
        {
            if (!InsideQuote(content, m.Index))
            {
                Add(pieces, content, start, m.Index, complement);
                (start, complement) = (m.Index + m.Length, content.AsSpan(m.Index, m.Length).TrimEnd().EndsWith("that", StringComparison.Ordinal));
            }
        }

        Add(pieces, content, start, content.Length, complement);

        // A piece starts a new claim when it is a clause with an event of its own and the claim so far has one
        // too, or when it is a second complement ("… and that …"), which states a proposition of its own. A
        // leading phrase without a verb ("since the outbreak of the conflict, 532 soldiers were killed") names
        // an event but states none, so the clause after it joins it.
        var groups = new List<(int Start, int Length, bool HasEvent, bool HasClause)>();
        foreach (var piece in pieces)
        {
            if (groups.Count == 0 || piece.Complement || (piece.IsClause && groups[^1].HasEvent && groups[^1].HasClause))
            {
                groups.Add((piece.Start, piece.Length, piece.HasEvent, piece.IsClause));
            }
            else
            {
                var last = groups[^1];
                groups[^1] = (last.Start, piece.Start + piece.Length - last.Start, last.HasEvent || piece.HasEvent, last.HasClause || piece.IsClause);
            }
        }

        return groups;
    }

    private void Add(List<(int, int, bool, bool, bool)> pieces, string content, int start, int end, bool complement)
    {
        if (end > start)
        {
            var piece = content.AsSpan(start, end - start);
            var hasEvent = events.Classify(piece) is not null;
            pieces.Add((start, end - start, hasEvent, hasEvent && Verb.IsMatch(piece), complement));
        }
    }

    private static bool InsideQuote(string text, int at) =>
        text.AsSpan(0, at).Count('“') > text.AsSpan(0, at).Count('”') || text.AsSpan(0, at).Count('"') % 2 == 1;
}
