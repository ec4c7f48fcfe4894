namespace NakaClaims.Analysis;

public sealed partial class ClaimLinker
{
    private static void AddQuantityContradictions(Claim[] claims, LinkCollector links)
    {
        var groups = new Dictionary<QuantityKey, List<(Claim Claim, Quantity Quantity)>>();
        foreach (var claim in claims)
        {
            if (claim.Polarity != Polarity.Affirms || claim.Event is not { } e)
            {
                continue;
            }

            foreach (var q in claim.Quantities)
            {
                var key = new QuantityKey(e.Type, q.Item, q.Owner);
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = [];
                }

                group.Add((claim, q));
            }
        }

        foreach (var (key, group) in groups)
        {
            if (group.Count < 2)
            {
                continue;
            }

            foreach (var cluster in TimeClusters(group, g => g.Claim))
            {
                LinkDisagreements(key, cluster, links);
            }
        }
    }

    private static void LinkDisagreements(QuantityKey key, List<(Claim Claim, Quantity Quantity)> cluster, LinkCollector links)
    {
        for (var i = 1; i < cluster.Count; i++)
        {
            var (claim, quantity) = cluster[i];
            var seen = 0;
            for (var j = i - 1; j >= Math.Max(0, i - MaxWindow) && seen < MaxCandidates; j--)
            {
                var (other, otherQuantity) = cluster[j];
                if (SameClaimant(claim, other) || quantity.IsCompatibleWith(otherQuantity) || !TimesOverlap(claim, other))
                {
                    continue;
                }

                seen++;
                var reason = $"{other.Claimant.DisplayName} gives {otherQuantity.FormatValue()}, {claim.Claimant.DisplayName} gives {quantity.FormatValue()} ({key}).";
                links.Add(ClaimLink.Contradicts(other.Id, claim.Id, reason, key.Basis));
            }
        }
    }
}
