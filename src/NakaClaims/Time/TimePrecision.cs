namespace NakaClaims.Time;

/// <summary>How much of a <see cref="TimeReference"/> is known.</summary>
public enum TimePrecision
{
    /// <summary>Only the year is known ("2020").</summary>
    Year = 1,

    /// <summary>The year and month are known ("2020-09").</summary>
    Month = 2,

    /// <summary>The calendar date is known ("2020-09-27").</summary>
    Day = 3,

    /// <summary>The date and the time of day to the minute are known ("2020-09-28T00:00").</summary>
    Minute = 4,
}
