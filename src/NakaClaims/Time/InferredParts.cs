namespace NakaClaims.Time;

/// <summary>
/// The parts of a <see cref="TimeReference"/> that were inferred (from another document, from context)
/// rather than read from the text itself.
/// </summary>
[Flags]
public enum InferredParts
{
    /// <summary>Every part was read from the text.</summary>
    None = 0,

    /// <summary>The year was inferred.</summary>
    Year = 1,

    /// <summary>The month was inferred.</summary>
    Month = 2,

    /// <summary>The day of the month was inferred.</summary>
    Day = 4,

    /// <summary>The time of day was inferred.</summary>
    Time = 8,

    /// <summary>The time zone was inferred (for example from the place of the dateline).</summary>
    Zone = 16,
}
