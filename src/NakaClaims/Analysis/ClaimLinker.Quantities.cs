namespace NakaClaims.Analysis;

public sealed partial class ClaimLinker
{
    private static void AddQuantityContradictions(Claim[] claims, ClaimTimes times, LinkCollector links)
    {
        var groups = new Dictionary<QuantityKey, List<int>>();
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i].Polarity != Polarity.Affirms || claims[i].Event is not { } e)
            {
                continue;
            }

            foreach (var q in claims[i].Quantities)
            {
                var key = new QuantityKey(e.Type, q.Item, q.Owner);
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = [];
                }

                // A claim that counts the same thing twice is compared by its first count.
                if (group.Count == 0 || group[^1] != i)
                {
                    group.Add(i);
                }
            }
        }

        foreach (var (key, group) in groups)
        {
            if (group.Count < 2)
            {
                continue;
            }

            var reasons = new PositionReasons(key, links);
            foreach (var cluster in times.Clusters(group))
            {
                LinkPositions(claims, times, cluster, key, reasons, links);
            }
        }
    }

    private static Quantity QuantityFor(Claim claim, QuantityKey key)
    {
        foreach (var q in claim.Quantities)
        {
            if (q.Item == key.Item && Nullable.Equals(q.Owner, key.Owner))
            {
                return q;
            }
        }

        return default;
    }

    // Claims giving the same value form a position; every claim is linked to a representative of each
    // position that disagrees with it. Reasons are shared per pair of positions.
    private static void LinkPositions(Claim[] claims, ClaimTimes times, List<int> cluster, QuantityKey key, PositionReasons reasons, LinkCollector links)
    {
        var positions = new List<(Quantity Value, List<int> Members)>();
        foreach (var i in cluster)
        {
            var q = QuantityFor(claims[i], key);
            var p = positions.FindIndex(x => x.Value.LowerLimit == q.LowerLimit && x.Value.UpperLimit == q.UpperLimit);
            if (p < 0)
            {
                positions.Add((q, [i]));
            }
            else
            {
                positions[p].Members.Add(i);
            }
        }

        for (var a = 0; a < positions.Count; a++)
        {
            for (var b = a + 1; b < positions.Count; b++)
            {
                var (first, second) = (positions[a].Value, positions[b].Value);
                if (first.IsCompatibleWith(second))
                {
                    continue;
                }

                var text = reasons.For(first, second);
                LinkEachToRepresentative(claims, times, positions[a].Members, positions[b].Members, text, links);
                LinkEachToRepresentative(claims, times, positions[b].Members, positions[a].Members, text, links);
            }
        }
    }

    private static void LinkEachToRepresentative(Claim[] claims, ClaimTimes times, List<int> members, List<int> others, int text, LinkCollector links)
    {
        foreach (var index in members)
        {
            var limit = Math.Min(others.Count, MaxCandidates);
            for (var k = 0; k < limit; k++)
            {
                var other = others[k];
                if (!SameClaimant(claims[index], claims[other]) && times.Overlap(index, other) && SamePlace(claims[index].Event!.Place, claims[other].Event!.Place))
                {
                    links.Add(LinkType.Contradicts, Math.Min(index, other), Math.Max(index, other), text);
                    break;
                }
            }
        }
    }
}
