using System.Diagnostics.Contracts;
using NodaTime;

namespace NakaClaims.Time;

/// <summary>
/// A point in time known only as precisely as the source says: a year, a month, a day or a minute, with an
/// optional time zone, and a record of which parts were inferred rather than read.
/// </summary>
/// <remarks>
/// <para>
/// A reference stands for the whole interval it names: "2020-09" is all of September 2020, so it
/// <see cref="Overlaps">overlaps</see> "2020-09-27". When both references carry a zone the comparison is made
/// on the time line (instants); otherwise on local date and time.
/// </para>
/// <para>
/// Equality compares every component: date, precision, zone id and inferred parts. The default value is not
/// a valid reference (<see cref="IsDefault"/>). This type is immutable and thread-safe.
/// </para>
/// </remarks>
public readonly partial struct TimeReference : IEquatable<TimeReference>, IComparable<TimeReference>
{
    private readonly LocalDateTime _start;
    private readonly DateTimeZone? _zone;

    private TimeReference(LocalDateTime start, TimePrecision precision, DateTimeZone? zone, InferredParts inferred)
    {
        _start = start;
        Precision = precision;
        _zone = zone;
        Inferred = inferred;
    }

    /// <summary>Gets how much of the reference is known.</summary>
    /// <value>The precision; 0 (no defined value) for the default reference.</value>
    public TimePrecision Precision { get; }

    /// <summary>Gets the parts that were inferred rather than read.</summary>
    /// <value><see cref="InferredParts.None"/> unless set with <see cref="WithInferred"/>.</value>
    public InferredParts Inferred { get; }

    /// <summary>Gets a value indicating whether this is the default, invalid reference.</summary>
    /// <value><see langword="true"/> only for <c>default(TimeReference)</c>.</value>
    public bool IsDefault => Precision == 0;

    /// <summary>Gets the year.</summary>
    /// <value>The ISO year.</value>
    public int Year => _start.Year;

    /// <summary>Gets the month, when known.</summary>
    /// <value>1 to 12, or <see langword="null"/> at <see cref="TimePrecision.Year"/> precision.</value>
    public int? Month => Precision >= TimePrecision.Month ? _start.Month : null;

    /// <summary>Gets the day of the month, when known.</summary>
    /// <value>1 to 31, or <see langword="null"/> below <see cref="TimePrecision.Day"/> precision.</value>
    public int? Day => Precision >= TimePrecision.Day ? _start.Day : null;

    /// <summary>Gets the date, when the day is known.</summary>
    /// <value>The date, or <see langword="null"/> below <see cref="TimePrecision.Day"/> precision.</value>
    public LocalDate? Date => Precision >= TimePrecision.Day ? _start.Date : null;

    /// <summary>Gets the time of day, when known.</summary>
    /// <value>The time, or <see langword="null"/> below <see cref="TimePrecision.Minute"/> precision.</value>
    public LocalTime? TimeOfDay => Precision == TimePrecision.Minute ? _start.TimeOfDay : null;

    /// <summary>Gets the time zone the reference is expressed in, if any.</summary>
    /// <value>The zone, or <see langword="null"/> when the source gave none.</value>
    public DateTimeZone? Zone => _zone;

    /// <summary>Gets the first local date and time the reference covers.</summary>
    /// <value>Midnight on the first day of the period, or the minute itself.</value>
    public LocalDateTime LocalStart => _start;

    /// <summary>Gets the local date and time just after the period the reference covers.</summary>
    /// <value>The exclusive end of the period.</value>
    public LocalDateTime LocalEnd => Precision switch
    {
        TimePrecision.Year => _start.PlusYears(1),
        TimePrecision.Month => _start.PlusMonths(1),
        TimePrecision.Day => _start.PlusDays(1),
        _ => _start.PlusMinutes(1),
    };

    /// <summary>Creates a reference to a whole year.</summary>
    /// <param name="year">The ISO year, 1 to 9999.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static TimeReference OfYear(int year) =>
        new(Build(year, 1, 1), TimePrecision.Year, null, InferredParts.None);

    /// <summary>Creates a reference to a whole month.</summary>
    /// <param name="year">The ISO year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static TimeReference OfMonth(int year, int month) =>
        new(Build(year, month, 1), TimePrecision.Month, null, InferredParts.None);

    /// <summary>Creates a reference to a whole day.</summary>
    /// <param name="year">The ISO year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist.</exception>
    public static TimeReference OfDay(int year, int month, int day) =>
        new(Build(year, month, day), TimePrecision.Day, null, InferredParts.None);

    /// <summary>Creates a reference to a whole day.</summary>
    /// <param name="date">The ISO date.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside years 1 to 9999 or not ISO.</exception>
    public static TimeReference OfDay(LocalDate date) => OfDay(date.Year, date.Month, date.Day);

    /// <summary>Creates a reference to a minute, optionally in a time zone.</summary>
    /// <param name="dateTime">The local date and time; seconds and below must be zero.</param>
    /// <param name="zone">The zone the time is expressed in, or <see langword="null"/>.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The time has seconds, or the year is out of range.</exception>
    public static TimeReference AtMinute(LocalDateTime dateTime, DateTimeZone? zone = null)
    {
        if (dateTime.Second != 0 || dateTime.NanosecondOfSecond != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dateTime), dateTime, Messages.TimeHasSeconds);
        }

        var start = Build(dateTime.Year, dateTime.Month, dateTime.Day).PlusHours(dateTime.Hour).PlusMinutes(dateTime.Minute);
        return new TimeReference(start, TimePrecision.Minute, zone, InferredParts.None);
    }

    /// <summary>Returns a copy expressed in the given time zone (the local values are kept).</summary>
    /// <param name="zone">The zone, or <see langword="null"/> for none.</param>
    /// <returns>The new reference.</returns>
    [Pure]
    public TimeReference WithZone(DateTimeZone? zone) => new(_start, Precision, zone, Inferred);

    /// <summary>Returns a copy that records the given parts as inferred (replacing any earlier record).</summary>
    /// <param name="inferred">The inferred parts.</param>
    /// <returns>The new reference.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inferred"/> has undefined flags.</exception>
    [Pure]
    public TimeReference WithInferred(InferredParts inferred)
    {
        const InferredParts all = InferredParts.Year | InferredParts.Month | InferredParts.Day | InferredParts.Time | InferredParts.Zone;
        if ((inferred & ~all) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(inferred), inferred, Messages.UndefinedInferredParts);
        }

        return new TimeReference(_start, Precision, _zone, inferred);
    }

    /// <summary>
    /// Tells whether the periods of the two references share any moment. Precision is respected: "2020-09"
    /// overlaps "2020-09-27". When both carry a zone, the instants are compared; otherwise the local values.
    /// </summary>
    /// <param name="other">The other reference.</param>
    /// <returns><see langword="true"/> when the periods overlap.</returns>
    public bool Overlaps(TimeReference other)
    {
        if (IsDefault || other.IsDefault)
        {
            return false;
        }

        if (_zone is not null && other._zone is not null)
        {
            return StartInstant() < other.EndInstant() && other.StartInstant() < EndInstant();
        }

        return _start < other.LocalEnd && other._start < LocalEnd;
    }

    /// <summary>
    /// Orders references by the start of their period, then the wider period first, then by zone id and
    /// inferred parts, so that a timeline is total and stable.
    /// </summary>
    /// <param name="other">The reference to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(TimeReference other)
    {
        var byStart = _start.CompareTo(other._start);
        if (byStart != 0)
        {
            return byStart;
        }

        // As numbers: Enum.CompareTo boxes both values.
        var byPrecision = ((int)Precision).CompareTo((int)other.Precision);
        if (byPrecision != 0)
        {
            return byPrecision;
        }

        var byZone = string.CompareOrdinal(_zone?.Id, other._zone?.Id);
        return byZone != 0 ? byZone : Inferred.CompareTo(other.Inferred);
    }

    /// <inheritdoc />
    public bool Equals(TimeReference other) =>
        _start == other._start && Precision == other.Precision && Inferred == other.Inferred
        && string.Equals(_zone?.Id, other._zone?.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TimeReference other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_start, Precision, Inferred, _zone?.Id);

    /// <summary>Compares two references for equality.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns><see langword="true"/> when every component is equal.</returns>
    public static bool operator ==(TimeReference left, TimeReference right) => left.Equals(right);

    /// <summary>Compares two references for inequality.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns><see langword="true"/> when any component differs.</returns>
    public static bool operator !=(TimeReference left, TimeReference right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <(TimeReference left, TimeReference right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >(TimeReference left, TimeReference right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <=(TimeReference left, TimeReference right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >=(TimeReference left, TimeReference right) => left.CompareTo(right) >= 0;

    // The period as integer ticks, local and (when zoned) on the time line, so that the comparison engine can
    // test millions of overlaps without recomputing calendar arithmetic.
    internal (long LocalStart, long LocalEnd, long InstantStart, long InstantEnd) Ticks() =>
        _zone is null
            ? (Local(_start), Local(LocalEnd), long.MinValue, long.MinValue)
            : (Local(_start), Local(LocalEnd), StartInstant().ToUnixTimeTicks(), EndInstant().ToUnixTimeTicks());

    private static long Local(LocalDateTime value) => value.InUtc().ToInstant().ToUnixTimeTicks();

    private Instant StartInstant() => _start.InZoneLeniently(_zone!).ToInstant();

    private Instant EndInstant() => LocalEnd.InZoneLeniently(_zone!).ToInstant();

    private static LocalDateTime Build(int year, int month, int day)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, Messages.YearRange);
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, Messages.MonthRange);
        }

        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, Messages.DayRange(year, month, daysInMonth));
        }

        return new LocalDateTime(year, month, day, 0, 0);
    }
}
