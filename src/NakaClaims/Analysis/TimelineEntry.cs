using NakaClaims.Time;

namespace NakaClaims.Analysis;

/// <summary>One claim on a timeline, with the time it is placed at.</summary>
/// <param name="When">The event time of the claim, or its assertion time when it names no event time.</param>
/// <param name="Claim">The claim.</param>
/// <remarks>Equality compares both components. Instances are immutable and thread-safe.</remarks>
public sealed record TimelineEntry(TimeReference When, Claim Claim)
{
    /// <summary>Describes the entry: "2020-09-27  Pashinyan: …".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{When}  {Claim}";
}
