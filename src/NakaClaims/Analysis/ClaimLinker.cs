using System.Collections.Immutable;

namespace NakaClaims.Analysis;

/// <summary>
/// The comparison engine: finds the claims that contradict or corroborate each other. It knows no domain:
/// it compares event types, quantity keys, sides and times, never words.
/// </summary>
/// <remarks>
/// <para>Three rules, each run on claims grouped by key so that cost grows near-linearly with the number of claims:</para>
/// <list type="bullet">
/// <item><description>
/// <b>Numeric disagreement</b>: two affirming claims by different claimants give incompatible values
/// (<see cref="Quantity.IsCompatibleWith"/>) for the same <see cref="QuantityKey"/> at overlapping times.
/// </description></item>
/// <item><description>
/// <b>Denial</b>: a denying claim contradicts its <see cref="Claim.Target"/>; a denial without a target
/// contradicts the affirmations of the same proposition (event type and agent) at overlapping times.
/// </description></item>
/// <item><description>
/// <b>Corroboration</b>: affirming claims of the same proposition (event type, agent, compatible quantities,
/// same place where both name one) at overlapping times, from different documents or different claimants.
/// </description></item>
/// </list>
/// <para>
/// Claims whose event has no time are compared only with claims of the same document for numbers, and never
/// for propositions: an unknown time cannot be shown to be the same event. Within a group each claim is
/// linked to the first earlier claim it relates to (a star, not a clique), which keeps the output linear and
/// still connects every dispute and corroboration. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed partial class ClaimLinker
{
    // A bound on how many earlier claims one claim is compared with inside a group, so that a pathological
    // group of thousands of claims from one claimant cannot make linking quadratic.
    private const int MaxCandidates = 64;

    // How far back in a time-ordered group a claim looks for partners; with MaxCandidates it bounds the work
    // per claim, so linking stays linear however many claims share one key.
    private const int MaxWindow = 512;

    /// <summary>Creates a linker.</summary>
    /// <param name="findContradictions">Whether to look for contradictions (numeric disagreements and denials).</param>
    /// <param name="findCorroborations">Whether to look for corroborations.</param>
    public ClaimLinker(bool findContradictions = true, bool findCorroborations = true)
    {
        FindsContradictions = findContradictions;
        FindsCorroborations = findCorroborations;
    }

    /// <summary>Gets the linker with every rule on.</summary>
    /// <value>A shared instance.</value>
    public static ClaimLinker Default { get; } = new();

    /// <summary>Gets a value indicating whether this linker looks for contradictions.</summary>
    /// <value><see langword="true"/> unless turned off in the constructor.</value>
    public bool FindsContradictions { get; }

    /// <summary>Gets a value indicating whether this linker looks for corroborations.</summary>
    /// <value><see langword="true"/> unless turned off in the constructor.</value>
    public bool FindsCorroborations { get; }

    /// <summary>Finds the links between the given claims.</summary>
    /// <param name="claims">The claims to compare; ids must be unique.</param>
    /// <returns>The links, in canonical order, with no pair linked twice with the same type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null or contains null.</exception>
    public ImmutableArray<ClaimLink> Link(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var ordered = claims.ToArray();
        if (Array.IndexOf(ordered, null) >= 0)
        {
            throw new ArgumentNullException(nameof(claims), "The claims must not contain null.");
        }

        Array.Sort(ordered, CanonicalClaimOrder.Instance);
        var links = new LinkCollector();
        if (FindsContradictions)
        {
            AddTargetedDenials(ordered, links);
            AddQuantityContradictions(ordered, links);
        }

        AddPropositionLinks(ordered, links, FindsContradictions, FindsCorroborations);
        return links.ToCanonical();
    }

    private static void AddTargetedDenials(Claim[] claims, LinkCollector links)
    {
        var ids = claims.Select(c => c.Id).ToHashSet();
        foreach (var denial in claims)
        {
            if (denial.Polarity == Polarity.Denies && denial.Target is { } target && ids.Contains(target))
            {
                links.Add(ClaimLink.Contradicts(denial.Id, target, $"{denial.Claimant.DisplayName} denies this claim.", "denial"));
            }
        }
    }

    private static bool TimesOverlap(Claim a, Claim b) =>
        (a.Event?.On, b.Event?.On) switch
        {
            ({ } x, { } y) => x.Overlaps(y),
            (null, null) => a.DocumentId == b.DocumentId,
            _ => false,
        };

    private static bool SameClaimant(Claim a, Claim b) => a.Claimant == b.Claimant;

    // Claims ordered by the start of their event time, then split wherever a gap separates them, so that
    // only claims that can overlap are compared.
    private static IEnumerable<List<T>> TimeClusters<T>(List<T> items, Func<T, Claim> claimOf)
    {
        var timed = items.Where(i => claimOf(i).Event?.On is not null)
            .OrderBy(i => claimOf(i).Event!.On!.Value.LocalStart).ToList();
        var cluster = new List<T>();
        var end = default(NodaTime.LocalDateTime);
        foreach (var item in timed)
        {
            var on = claimOf(item).Event!.On!.Value;
            if (cluster.Count > 0 && on.LocalStart >= end)
            {
                yield return cluster;
                cluster = [];
            }

            end = cluster.Count == 0 || on.LocalEnd > end ? on.LocalEnd : end;
            cluster.Add(item);
        }

        if (cluster.Count > 0)
        {
            yield return cluster;
        }

        foreach (var sameDocument in items.Where(i => claimOf(i).Event?.On is null).GroupBy(i => claimOf(i).DocumentId))
        {
            yield return sameDocument.ToList();
        }
    }
}
