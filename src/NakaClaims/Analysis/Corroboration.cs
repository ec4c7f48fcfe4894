using System.Collections.Immutable;

namespace NakaClaims.Analysis;

/// <summary>Claims from different sources that state the same proposition, joined by corroboration links.</summary>
/// <remarks>
/// <para>
/// A source is a claimant: the same claimant quoted in two documents is one source reported twice, and
/// <see cref="IsIndependent"/> tells whether the proposition rests on more than that. Filter with it to answer
/// "what is corroborated by independent sources": <c>set.Corroborations().Where(c =&gt; c.IsIndependent)</c>.
/// </para>
/// <para>Equality compares every component in order. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed record Corroboration
{
    internal Corroboration(string proposition, ImmutableArray<Claim> claims, ImmutableArray<ClaimLink> links)
    {
        Proposition = proposition;
        Claims = claims;
        Links = links;
        Sources = [.. claims.Select(c => c.Claimant).Distinct()];
        IsIndependent = AnyIndependentPair(Sources);
    }

    /// <summary>Gets what the claims agree on, for people: "martial law by Armenia, 2020-09-27".</summary>
    /// <value>The proposition.</value>
    public string Proposition { get; }

    /// <summary>Gets the corroborating claims, in canonical order.</summary>
    /// <value>Two or more claims.</value>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Gets the number of distinct documents the claims come from.</summary>
    /// <value>One or more.</value>
    public int DocumentCount => Claims.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Gets the distinct claimants of the claims, in the order they first appear.</summary>
    /// <value>One or more actors; one when a single claimant is reported by several documents.</value>
    public ImmutableArray<Actor> Sources { get; }

    /// <summary>
    /// Gets whether two of the <see cref="Sources"/> are independent of each other: different claimants that
    /// are not on the same side of the conflict. A claimant of no side (a third country, an outlet narrating)
    /// is independent of every other claimant.
    /// </summary>
    /// <value>
    /// <see langword="false"/> for one claimant reported twice, or for claimants of one side only (the
    /// Azerbaijani Ministry of Defense and the Azerbaijani president's aide).
    /// </value>
    public bool IsIndependent { get; }

    /// <summary>Gets the corroboration links, in canonical order.</summary>
    /// <value>One or more links.</value>
    public ImmutableArray<ClaimLink> Links { get; }

    /// <summary>Describes the corroboration: "martial law by Armenia, 2020-09-27: Pashinyan (000), Pashinyan (001)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Proposition}: {string.Join(", ", Claims.Select(c => $"{c.Claimant.DisplayName} ({c.DocumentId})"))}";

    private static bool AnyIndependentPair(ImmutableArray<Actor> sources)
    {
        for (var i = 0; i < sources.Length; i++)
        {
            for (var j = i + 1; j < sources.Length; j++)
            {
                if (sources[i].Side is null || sources[j].Side is null || sources[i].Side != sources[j].Side)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(Corroboration? other) =>
        other is not null && Proposition == other.Proposition && Claims.SequenceEqual(other.Claims) && Links.SequenceEqual(other.Links);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Proposition, Claims.Length);
}
