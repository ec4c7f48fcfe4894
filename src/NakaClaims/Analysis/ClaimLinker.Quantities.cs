namespace NakaClaims.Analysis;

public sealed partial class ClaimLinker
{
    private static void AddQuantityContradictions(Claim[] claims, LinkCollector links)
    {
        var groups = new Dictionary<QuantityKey, List<int>>();
        var quantityOf = new Dictionary<(int, QuantityKey), Quantity>();
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i].Polarity != Polarity.Affirms || claims[i].Event is not { } e)
            {
                continue;
            }

            foreach (var q in claims[i].Quantities)
            {
                var key = new QuantityKey(e.Type, q.Item, q.Owner);
                if (quantityOf.TryAdd((i, key), q))
                {
                    if (!groups.TryGetValue(key, out var group))
                    {
                        groups[key] = group = [];
                    }

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

            var basis = key.Basis;
            var description = key.ToString();
            foreach (var cluster in TimeClusters(group, claims))
            {
                LinkPositions(claims, [.. cluster.Select(i => (i, quantityOf[(i, key)]))], basis, description, links);
            }
        }
    }

    // Claims giving the same value form a position; every claim is linked to a representative of each
    // position that disagrees with it. Reasons are shared per pair of positions.
    private static void LinkPositions(Claim[] claims, List<(int Index, Quantity Quantity)> cluster, string basis, string description, LinkCollector links)
    {
        var positions = cluster.GroupBy(c => (c.Quantity.LowerLimit, c.Quantity.UpperLimit)).Select(g => g.ToList()).ToList();
        for (var a = 0; a < positions.Count; a++)
        {
            for (var b = a + 1; b < positions.Count; b++)
            {
                var (first, second) = (positions[a][0].Quantity, positions[b][0].Quantity);
                if (first.IsCompatibleWith(second))
                {
                    continue;
                }

                var reason = $"{first.FormatValue()} vs {second.FormatValue()} ({description}).";
                LinkEachToRepresentative(claims, positions[a], positions[b], reason, basis, links);
                LinkEachToRepresentative(claims, positions[b], positions[a], reason, basis, links);
            }
        }
    }

    private static void LinkEachToRepresentative(Claim[] claims, List<(int Index, Quantity Quantity)> members, List<(int Index, Quantity Quantity)> others, string reason, string basis, LinkCollector links)
    {
        foreach (var (index, _) in members)
        {
            var claim = claims[index];
            var limit = Math.Min(others.Count, MaxCandidates);
            for (var k = 0; k < limit; k++)
            {
                var other = others[k].Index;
                if (!SameClaimant(claim, claims[other]) && TimesOverlap(claim, claims[other]))
                {
                    links.Add(LinkType.Contradicts, Math.Min(index, other), Math.Max(index, other), reason, basis);
                    break;
                }
            }
        }
    }
}
