using System.Collections.Immutable;

namespace NakaClaims.Analysis;

/// <summary>Claims from different sources that state the same proposition, joined by corroboration links.</summary>
/// <remarks>Equality compares every component in order. Instances are immutable and thread-safe.</remarks>
public sealed record Corroboration
{
    internal Corroboration(string proposition, ImmutableArray<Claim> claims, ImmutableArray<ClaimLink> links)
    {
        Proposition = proposition;
        Claims = claims;
        Links = links;
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

    /// <summary>Gets the corroboration links, in canonical order.</summary>
    /// <value>One or more links.</value>
    public ImmutableArray<ClaimLink> Links { get; }

    /// <summary>Describes the corroboration: "martial law by Armenia, 2020-09-27: Pashinyan (000), Pashinyan (001)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Proposition}: {string.Join(", ", Claims.Select(c => $"{c.Claimant.DisplayName} ({c.DocumentId})"))}";

    /// <inheritdoc />
    public bool Equals(Corroboration? other) =>
        other is not null && Proposition == other.Proposition && Claims.SequenceEqual(other.Claims) && Links.SequenceEqual(other.Links);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Proposition, Claims.Length);
}
