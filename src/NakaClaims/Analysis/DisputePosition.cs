using System.Collections.Immutable;

namespace NakaClaims.Analysis;

/// <summary>One side of a <see cref="Dispute"/>: a value (or "affirms"/"denies") and the claims that hold it.</summary>
/// <remarks>Equality compares the value and the claims in order. Instances are immutable and thread-safe.</remarks>
public sealed record DisputePosition
{
    internal DisputePosition(string value, ImmutableArray<Claim> claims)
    {
        Value = value;
        Claims = claims;
    }

    /// <summary>Gets the value this position holds: "2", "about 20", "affirms", "denies".</summary>
    /// <value>The value as a person would say it.</value>
    public string Value { get; }

    /// <summary>Gets the claims that hold this value, in canonical order.</summary>
    /// <value>One or more claims.</value>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Gets who holds this value: the claimants' organizations (or names) with their sides.</summary>
    /// <value>"Ministry of Defense of Armenia", or several joined with " and ".</value>
    public string Source => string.Join(" and ", Claims.Select(c => SourceLabel(c.Claimant)).Distinct(StringComparer.Ordinal));

    /// <summary>Describes the position: "2 per Ministry of Defense of Armenia".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Value} per {Source}";

    /// <inheritdoc />
    public bool Equals(DisputePosition? other) =>
        other is not null && Value == other.Value && Claims.SequenceEqual(other.Claims);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Claims.Length);

    internal static string SourceLabel(Actor actor)
    {
        var label = actor.Organization ?? actor.DisplayName;
        return actor.Side is { } side && !label.Contains(side.Name, StringComparison.OrdinalIgnoreCase)
            ? $"{label} ({side})"
            : label;
    }
}
