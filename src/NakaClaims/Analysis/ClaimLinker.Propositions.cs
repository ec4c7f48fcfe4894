namespace NakaClaims.Analysis;

public sealed partial class ClaimLinker
{
    private static void AddPropositionLinks(Claim[] claims, LinkCollector links, bool contradictions, bool corroborations)
    {
        if (!contradictions && !corroborations)
        {
            return;
        }

        var groups = new Dictionary<PropositionKey, List<int>>();
        for (var i = 0; i < claims.Length; i++)
        {
            var claim = claims[i];
            if (claim.Event?.On is null || (claim.Polarity == Polarity.Denies && claim.Target is not null))
            {
                continue;
            }

            var key = PropositionKey.Of(claim);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
            }

            group.Add(i);
        }

        var reasons = new Dictionary<(EventType, bool), string>();
        foreach (var group in groups.Values)
        {
            if (group.Count < 2)
            {
                continue;
            }

            foreach (var cluster in TimeClusters(group, claims))
            {
                LinkSameProposition(claims, cluster, links, contradictions, corroborations, reasons);
            }
        }
    }

    private static void LinkSameProposition(Claim[] claims, List<int> cluster, LinkCollector links, bool contradictions, bool corroborations, Dictionary<(EventType, bool), string> reasons)
    {
        for (var i = 1; i < cluster.Count; i++)
        {
            var claim = claims[cluster[i]];
            for (var j = i - 1; j >= Math.Max(0, i - MaxWindow); j--)
            {
                var other = claims[cluster[j]];
                if (!Related(claim, other))
                {
                    continue;
                }

                var (from, to) = (Math.Min(cluster[i], cluster[j]), Math.Max(cluster[i], cluster[j]));
                if (claim.Polarity == other.Polarity && corroborations)
                {
                    links.Add(LinkType.Corroborates, from, to, Reason(reasons, claim.Event!.Type, denial: false), "proposition");
                }
                else if (claim.Polarity != other.Polarity && contradictions && !SameClaimant(claim, other))
                {
                    var (denial, affirmation) = claim.Polarity == Polarity.Denies ? (cluster[i], cluster[j]) : (cluster[j], cluster[i]);
                    links.Add(LinkType.Contradicts, denial, affirmation, Reason(reasons, claim.Event!.Type, denial: true), "denial");
                }

                // One partner is enough: the nearest related earlier claim already ties this one into its group.
                break;
            }
        }
    }

    private static string Reason(Dictionary<(EventType, bool), string> reasons, EventType type, bool denial)
    {
        if (!reasons.TryGetValue((type, denial), out var reason))
        {
            reason = denial ? $"One denies what the other reports: {type.DisplayName}." : $"Both report: {type.DisplayName}.";
            reasons[(type, denial)] = reason;
        }

        return reason;
    }

    private static bool Related(Claim a, Claim b) =>
        (a.DocumentId != b.DocumentId || !SameClaimant(a, b))
        && a.Event!.On!.Value.Overlaps(b.Event!.On!.Value)
        && SamePlace(a.Event.Place, b.Event.Place)
        && QuantitiesAgree(a, b);

    private static bool SamePlace(string? a, string? b) =>
        a is null || b is null || string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool QuantitiesAgree(Claim a, Claim b)
    {
        foreach (var q in a.Quantities)
        {
            foreach (var o in b.Quantities)
            {
                if (o.Item == q.Item && Nullable.Equals(o.Owner, q.Owner) && !q.IsCompatibleWith(o))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
