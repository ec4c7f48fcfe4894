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
        foreach (var (key, group) in groups)
        {
            clusters.Split(groups.Members(group));
            for (var c = 0; c < clusters.Count; c++)
            {
                LinkSameProposition(claims, clusters[c], clusters.FactsOf(c), links, new PropositionRules(key.Type, contradictions, corroborations, reasons));
            }
        }
    }

    private static void LinkSameProposition(Claim[] claims, ReadOnlySpan<int> cluster, ReadOnlySpan<ClaimFact> facts, LinkCollector links, PropositionRules rules)
    {
        for (var i = 1; i < cluster.Length; i++)
        {
            ref readonly var fact = ref facts[i];
            for (var j = i - 1; j >= Math.Max(0, i - MaxWindow); j--)
            {
                ref readonly var other = ref facts[j];
                if (!fact.Overlaps(other) || !Related(claims, cluster[i], fact, cluster[j], other))
                {
                    continue;
                }

                var (from, to) = (Math.Min(cluster[i], cluster[j]), Math.Max(cluster[i], cluster[j]));
                if (fact.Denies == other.Denies && rules.Corroborations)
                {
                    links.Add(LinkType.Corroborates, from, to, Reason(links, rules.Reasons, rules.Type, denial: false));
                }
                else if (fact.Denies != other.Denies && rules.Contradictions && !fact.SameClaimant(other))
                {
                    var (denial, affirmation) = fact.Denies ? (cluster[i], cluster[j]) : (cluster[j], cluster[i]);
                    links.Add(LinkType.Contradicts, denial, affirmation, Reason(links, rules.Reasons, rules.Type, denial: true));
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

    // Claims of one proposition group that each count once count the same item for the same owner.
    private static bool Related(Claim[] claims, int a, in ClaimFact x, int b, in ClaimFact y) =>
        (!x.SameDocument(y) || !x.SameClaimant(y))
        && x.SamePlace(y)
        && (!x.Counts || !y.Counts
            || (x.CountsOnce && y.CountsOnce ? Quantity.LimitsOverlap(x.Lower, x.Upper, y.Lower, y.Upper) : QuantitiesAgree(claims[a], claims[b])));

    private readonly record struct PropositionRules(EventType Type, bool Contradictions, bool Corroborations, Dictionary<(EventType, bool), int> Reasons);

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
