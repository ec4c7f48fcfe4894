namespace NakaClaims.Analysis;

public sealed partial class ClaimLinker
{
    private static void AddPropositionLinks(Claim[] claims, LinkCollector links, bool contradictions, bool corroborations)
    {
        if (!contradictions && !corroborations)
        {
            return;
        }

        var groups = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (claim.Event?.On is null || (claim.Polarity == Polarity.Denies && claim.Target is not null))
            {
                continue;
            }

            var key = PropositionKey(claim);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
            }

            group.Add(claim);
        }

        foreach (var group in groups.Values.Where(g => g.Count > 1))
        {
            foreach (var cluster in TimeClusters(group, c => c))
            {
                LinkSameProposition(cluster, links, contradictions, corroborations);
            }
        }
    }

    // The event type, the side that acted and which things are counted: claims that share it state the
    // same proposition, if their times, places and numbers agree too.
    private static string PropositionKey(Claim claim)
    {
        var items = claim.Quantities.Select(q => $"{q.Item}/{q.Owner?.Name}").Order(StringComparer.Ordinal);
        return $"{claim.Event!.Type}|{claim.Event.Agent?.Name}|{string.Join(";", items)}";
    }

    private static void LinkSameProposition(List<Claim> cluster, LinkCollector links, bool contradictions, bool corroborations)
    {
        for (var i = 1; i < cluster.Count; i++)
        {
            var claim = cluster[i];
            for (var j = i - 1; j >= Math.Max(0, i - MaxWindow); j--)
            {
                var other = cluster[j];
                if (!Related(claim, other))
                {
                    continue;
                }

                if (claim.Polarity == other.Polarity && corroborations)
                {
                    links.Add(ClaimLink.Corroborates(other.Id, claim.Id, CorroborationReason(other, claim), "proposition"));
                }
                else if (claim.Polarity != other.Polarity && contradictions && !SameClaimant(claim, other))
                {
                    var (denial, affirmation) = claim.Polarity == Polarity.Denies ? (claim, other) : (other, claim);
                    links.Add(ClaimLink.Contradicts(denial.Id, affirmation.Id, $"{denial.Claimant.DisplayName} denies that {affirmation.Event!.Type.DisplayName} happened.", "denial"));
                }

                // One partner is enough: the first related earlier claim already ties this one into its group.
                break;
            }
        }
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
            var match = b.Quantities.FirstOrDefault(o => o.Item == q.Item && Nullable.Equals(o.Owner, q.Owner));
            if (!match.IsDefault && !q.IsCompatibleWith(match))
            {
                return false;
            }
        }

        return true;
    }

    private static string CorroborationReason(Claim earlier, Claim later) =>
        earlier.DocumentId == later.DocumentId
            ? $"{earlier.Claimant.DisplayName} and {later.Claimant.DisplayName} both report {earlier.Event!.Type.DisplayName}."
            : $"{earlier.Claimant.DisplayName} ({earlier.DocumentId}) and {later.Claimant.DisplayName} ({later.DocumentId}) both report {earlier.Event!.Type.DisplayName}.";
}
