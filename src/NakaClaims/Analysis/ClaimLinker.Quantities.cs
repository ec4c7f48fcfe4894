namespace NakaClaims.Analysis;

public sealed partial class ClaimLinker
{
    private static void AddQuantityContradictions(Claim[] claims, ClaimFacts facts, LinkCollector links)
    {
        var groups = new ClaimGroups<QuantityKey>();
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i].Polarity == Polarity.Affirms && claims[i].Event is { } e)
            {
                foreach (var q in claims[i].Quantities)
                {
                    groups.Add(new QuantityKey(e.Type, q.Item, q.Owner), i);
                }
            }
        }

        groups.Seal();
        var clusters = new TimeClusters(facts);
        var positions = new QuantityPositions();
        foreach (var (key, group) in groups)
        {
            clusters.Split(groups.Members(group));
            var reasons = clusters.Count > 0 ? new PositionReasons(key, links) : null;
            for (var c = 0; c < clusters.Count; c++)
            {
                positions.Split(claims, clusters[c], key);
                LinkPositions(facts, positions, reasons!, links);
            }
        }
    }

    // Every claim is linked to a representative of each position that disagrees with it. Reasons are shared
    // per pair of positions.
    private static void LinkPositions(ClaimFacts facts, QuantityPositions positions, PositionReasons reasons, LinkCollector links)
    {
        for (var a = 0; a < positions.Count; a++)
        {
            for (var b = a + 1; b < positions.Count; b++)
            {
                var (first, second) = (positions.Value(a), positions.Value(b));
                if (first.IsCompatibleWith(second))
                {
                    continue;
                }

                var text = reasons.For(first, second);
                LinkEachToRepresentative(facts, positions.Members(a), positions.Members(b), text, links);
                LinkEachToRepresentative(facts, positions.Members(b), positions.Members(a), text, links);
            }
        }
    }

    private static void LinkEachToRepresentative(ClaimFacts facts, ReadOnlySpan<int> members, ReadOnlySpan<int> others, int text, LinkCollector links)
    {
        var candidates = others[..Math.Min(others.Length, MaxCandidates)];
        foreach (var index in members)
        {
            foreach (var other in candidates)
            {
                if (!facts.SameClaimant(index, other) && facts.Overlap(index, other) && facts.SamePlace(index, other))
                {
                    links.Add(LinkType.Contradicts, Math.Min(index, other), Math.Max(index, other), text);
                    break;
                }
            }
        }
    }
}
