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
/// <b>Numeric disagreement</b>: affirming claims by different claimants give incompatible values
/// (<see cref="Quantity.IsCompatibleWith"/>) for the same <see cref="QuantityKey"/> at overlapping times and
/// the same place (where both name one: 5 killed in Ganja does not contradict 12 killed in Stepanakert).
/// Claims holding the same value form a position; each claim is linked to one claim of every position that
/// disagrees with it, so a dispute is fully connected with a number of links linear in its claims.
/// </description></item>
/// <item><description>
/// <b>Denial</b>: a denying claim contradicts its <see cref="Claim.Target"/>; a denial without a target
/// contradicts an affirmation of the same proposition (event type and agent) at an overlapping time.
/// </description></item>
/// <item><description>
/// <b>Corroboration</b>: affirming claims of the same proposition (event type, agent, compatible quantities,
/// same place where both name one) at overlapping times, from different documents or different claimants.
/// Each claim is linked to the nearest earlier claim it corroborates (a chain, not a clique).
/// </description></item>
/// </list>
/// <para>
/// Claims whose event has no time are compared only with claims of the same document for numbers, and never
/// for propositions: an unknown time cannot be shown to be the same event. Instances are immutable and
/// thread-safe.
/// </para>
/// </remarks>
public sealed partial class ClaimLinker
{
    // How far back in a time-ordered group a claim looks for a partner, and how many members of a position
    // are tried as its representative: together they bound the work per claim, so linking stays linear
    // however many claims share one key.
    private const int MaxWindow = 512;
    private const int MaxCandidates = 64;

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
    /// <returns>
    /// The links, with no pair linked twice with the same type, ordered by type, then by the canonical order
    /// of the claims they join (as in <see cref="ClaimSet.Claims"/>); the same claims in any order give the
    /// same links.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null or contains null.</exception>
    public ImmutableArray<ClaimLink> Link(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var ordered = claims.ToArray();
        if (Array.IndexOf(ordered, null) >= 0)
        {
            throw new ArgumentNullException(nameof(claims), "The claims must not contain null.");
        }

        if (!IsCanonical(ordered))
        {
            Array.Sort(ordered, CanonicalClaimOrder.Instance);
        }

        var links = new LinkCollector(ordered);
        var facts = new ClaimFacts(ordered);
        if (FindsContradictions)
        {
            AddTargetedDenials(ordered, links);
            AddQuantityContradictions(ordered, facts, links);
        }

        AddPropositionLinks(ordered, facts, links, FindsContradictions, FindsCorroborations);
        return links.ToOrdered();
    }

    // A ClaimSet's claims are already canonical; checking is linear, sorting is not.
    private static bool IsCanonical(Claim[] claims)
    {
        for (var i = 1; i < claims.Length; i++)
        {
            if (CanonicalClaimOrder.Instance.Compare(claims[i - 1], claims[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void AddTargetedDenials(Claim[] claims, LinkCollector links)
    {
        Dictionary<ClaimId, int>? index = null;
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i].Polarity == Polarity.Denies && claims[i].Target is { } target)
            {
                index ??= Enumerable.Range(0, claims.Length).ToDictionary(j => claims[j].Id);
                if (index.TryGetValue(target, out var t))
                {
                    links.Add(LinkType.Contradicts, i, t, $"{claims[i].Claimant.DisplayName} denies this claim.", "denial");
                }
            }
        }
    }
}
