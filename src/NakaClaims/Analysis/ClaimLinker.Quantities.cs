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
                positions.Split(claims, clusters[c], clusters.FactsOf(c), key);
                LinkPositions(clusters[c], clusters.FactsOf(c), positions, reasons!, links);
            }
        }
    }

    // Every claim is linked to a representative of each position that disagrees with it. Reasons are shared
    // per pair of positions and formatted only when the pair is linked at all.
    private static void LinkPositions(ReadOnlySpan<int> cluster, ReadOnlySpan<ClaimFact> facts, QuantityPositions positions, PositionReasons reasons, LinkCollector links)
    {
        for (var a = 0; a < positions.Count; a++)
        {
            for (var b = a + 1; b < positions.Count; b++)
            {
                if (positions.Compatible(a, b) || !positions.MayShareAPlace(a, b))
                {
                    continue;
                }

                var reason = new PairReason(positions, reasons, a, b);
                LinkEachToRepresentative(cluster, facts, positions.Members(a), positions.Members(b), ref reason, links);
                LinkEachToRepresentative(cluster, facts, positions.Members(b), positions.Members(a), ref reason, links);
            }
        }
    }

    // Members and others are places in the cluster.
    private static void LinkEachToRepresentative(ReadOnlySpan<int> cluster, ReadOnlySpan<ClaimFact> facts, ReadOnlySpan<int> members, ReadOnlySpan<int> others, ref PairReason reason, LinkCollector links)
    {
        var candidates = others[..Math.Min(others.Length, MaxCandidates)];
        foreach (var member in members)
        {
            ref readonly var fact = ref facts[member];
            foreach (var other in candidates)
            {
                if (!fact.SameClaimant(facts[other]) && fact.Overlaps(facts[other]) && fact.SamePlace(facts[other]))
                {
                    links.Add(LinkType.Contradicts, Math.Min(cluster[member], cluster[other]), Math.Max(cluster[member], cluster[other]), reason.Text());
                    break;
                }
            }
        }
    }

    // The reason of a pair of positions, formatted on its first link.
    private struct PairReason(QuantityPositions positions, PositionReasons reasons, int first, int second)
    {
        private int _text = -1;

        public int Text() => _text >= 0 ? _text : _text = reasons.For(positions.Value(first), positions.Value(second));
    }
}
