namespace NakaClaims.Analysis;

public sealed partial class ClaimLinker
{
    private static void AddPropositionLinks(Claim[] claims, ClaimFacts facts, LinkCollector links, bool contradictions, bool corroborations)
    {
        if (!contradictions && !corroborations)
        {
            return;
        }

        var groups = new ClaimGroups<PropositionKey>();
        for (var i = 0; i < claims.Length; i++)
        {
            var claim = claims[i];
            if (claim.Event?.On is not null && (claim.Polarity == Polarity.Affirms || claim.Target is null))
            {
                groups.Add(PropositionKey.Of(claim), i);
            }
        }

        groups.Seal();
        var clusters = new TimeClusters(facts);
        var reasons = new Dictionary<(EventType, bool), int>();
        for (var group = 0; group < groups.Count; group++)
        {
            clusters.Split(groups.Members(group));
            for (var c = 0; c < clusters.Count; c++)
            {
                LinkSameProposition(claims, facts, clusters[c], links, contradictions, corroborations, reasons);
            }
        }
    }

    private static void LinkSameProposition(Claim[] claims, ClaimFacts facts, ReadOnlySpan<int> cluster, LinkCollector links, bool contradictions, bool corroborations, Dictionary<(EventType, bool), int> reasons)
    {
        for (var i = 1; i < cluster.Length; i++)
        {
            var claim = cluster[i];
            for (var j = i - 1; j >= Math.Max(0, i - MaxWindow); j--)
            {
                var other = cluster[j];
                if (!facts.Overlap(claim, other) || !Related(claims, facts, claim, other))
                {
                    continue;
                }

                var (from, to) = (Math.Min(claim, other), Math.Max(claim, other));
                if (facts.Denies(claim) == facts.Denies(other) && corroborations)
                {
                    links.Add(LinkType.Corroborates, from, to, Reason(links, reasons, claims[claim].Event!.Type, denial: false));
                }
                else if (facts.Denies(claim) != facts.Denies(other) && contradictions && !facts.SameClaimant(claim, other))
                {
                    var (denial, affirmation) = facts.Denies(claim) ? (claim, other) : (other, claim);
                    links.Add(LinkType.Contradicts, denial, affirmation, Reason(links, reasons, claims[claim].Event!.Type, denial: true));
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

    private static bool Related(Claim[] claims, ClaimFacts facts, int a, int b) =>
        (!facts.SameDocument(a, b) || !facts.SameClaimant(a, b))
        && facts.SamePlace(a, b)
        && (!facts.Counts(a) || !facts.Counts(b) || QuantitiesAgree(claims[a], claims[b]));

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
