using System.Collections.Immutable;

namespace NakaClaims.Analysis;

/// <summary>
/// Claims that contradict each other about one thing, grouped by the value each holds: "helicopter shot down,
/// owner Azerbaijan, 2020-09-27: 2 per Ministry of Defense of Armenia vs 1 per Ministry of National Defense
/// (Azerbaijan)".
/// </summary>
/// <remarks>Equality compares every component in order. Instances are immutable and thread-safe.</remarks>
public sealed record Dispute
{
    internal Dispute(string subject, string basis, ImmutableArray<DisputePosition> positions, ImmutableArray<ClaimLink> links)
    {
        Subject = subject;
        Basis = basis;
        Positions = positions;
        Links = links;
    }

    /// <summary>Gets what is disputed, for people: "helicopter shot down, owner Azerbaijan, 2020-09-27".</summary>
    /// <value>The subject.</value>
    public string Subject { get; }

    /// <summary>Gets the machine-readable basis shared by the dispute's links ("quantity:shot-down/helicopter/Azerbaijan", "denial").</summary>
    /// <value>The basis.</value>
    public string Basis { get; }

    /// <summary>Gets the positions held, each with its claims, ordered by their first claim.</summary>
    /// <value>Two or more positions.</value>
    public ImmutableArray<DisputePosition> Positions { get; }

    /// <summary>Gets the contradiction links the dispute was built from, in canonical order.</summary>
    /// <value>One or more links.</value>
    public ImmutableArray<ClaimLink> Links { get; }

    /// <summary>Describes the dispute: "subject: 2 per A vs 1 per B".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Subject}: {string.Join(" vs ", Positions)}";

    /// <inheritdoc />
    public bool Equals(Dispute? other) =>
        other is not null && Subject == other.Subject && Basis == other.Basis
        && Positions.SequenceEqual(other.Positions) && Links.SequenceEqual(other.Links);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Subject, Basis, Positions.Length);
}
