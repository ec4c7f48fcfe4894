namespace NakaClaims.Analysis;

public sealed partial class ClaimLinker
{
    private static void AddPropositionLinks(Claim[] claims, ClaimTimes times, LinkCollector links, bool contradictions, bool corroborations)
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

        var reasons = new Dictionary<(EventType, bool), int>();
        foreach (var group in groups.Values)
        {
            if (group.Count < 2)
            {
                continue;
            }

            foreach (var cluster in times.Clusters(group))
            {
                LinkSameProposition(claims, times, cluster, links, contradictions, corroborations, reasons);
            }
        }
    }

    private static void LinkSameProposition(Claim[] claims, ClaimTimes times, List<int> cluster, LinkCollector links, bool contradictions, bool corroborations, Dictionary<(EventType, bool), int> reasons)
    {
        for (var i = 1; i < cluster.Count; i++)
        {
            var claim = claims[cluster[i]];
            for (var j = i - 1; j >= Math.Max(0, i - MaxWindow); j--)
            {
                var other = claims[cluster[j]];
                if (!times.Overlap(cluster[i], cluster[j]) || !Related(claim, other))
                {
                    continue;
                }

                var (from, to) = (Math.Min(cluster[i], cluster[j]), Math.Max(cluster[i], cluster[j]));
                if (claim.Polarity == other.Polarity && corroborations)
                {
                    links.Add(LinkType.Corroborates, from, to, Reason(links, reasons, claim.Event!.Type, denial: false));
                }
                else if (claim.Polarity != other.Polarity && contradictions && !SameClaimant(claim, other))
                {
                    var (denial, affirmation) = claim.Polarity == Polarity.Denies ? (cluster[i], cluster[j]) : (cluster[j], cluster[i]);
                    links.Add(LinkType.Contradicts, denial, affirmation, Reason(links, reasons, claim.Event!.Type, denial: true));
                }

                // One partner is enough: the nearest related earlier claim already ties this one into its group.
                break;
            }
        }
    }

    private static int Reason(LinkCollector links, Dictionary<(EventType, bool), int> reasons, EventType type, bool denial)
    {
        if (!reasons.TryGetValue((type, denial), out var text))
        {
            text = denial
                ? links.Text($"One denies what the other reports: {type.DisplayName}.", "denial")
                : links.Text($"Both report: {type.DisplayName}.", "proposition");
            reasons[(type, denial)] = text;
        }

        return text;
    }

    private static bool Related(Claim a, Claim b) =>
        (a.DocumentId != b.DocumentId || !SameClaimant(a, b))
        && SamePlace(a.Event!.Place, b.Event!.Place)
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
