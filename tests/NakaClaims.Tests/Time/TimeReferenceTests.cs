using NakaClaims.Time;
using NodaTime;

namespace NakaClaims.Tests.Time;

public class TimeReferenceTests
{
    private static readonly DateTimeZone Baku = DateTimeZoneProviders.Tzdb["Asia/Baku"];
    private static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];

    [Theory]
    [InlineData("2020")]
    [InlineData("2020-09")]
    [InlineData("2020-09-27")]
    [InlineData("2020-09-28T00:00")]
    [InlineData("2020-09-28T00:00 Asia/Baku")]
    [InlineData("2020-09-27 [inferred: year]")]
    [InlineData("2020-11-10T00:00 Europe/Moscow [inferred: year, zone]")]
    public void ParseThenToString_RoundTrips(string text) => Assert.Equal(text, TimeReference.Parse(text).ToString());

    [Theory]
    [InlineData("2020-13", "the date must be")]
    [InlineData("2021-02-29", "the date must be")]
    [InlineData("2020-09-27T24:00", "the date must be")]
    [InlineData("2020-09-27 Mars/Olympus", "'Mars/Olympus' is not an IANA time zone id")]
    [InlineData("2020-09-27 [inferred: decade]", "the inferred-part list")]
    [InlineData("20-09-27", "the date must be")]
    public void Parse_Invalid_ThrowsSayingWhatIsWrong(string text, string expected)
    {
        var e = Assert.Throws<FormatException>(() => TimeReference.Parse(text));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.False(TimeReference.TryParse(text, out _));
    }

    [Fact]
    public void Overlaps_MonthContainsDay() =>
        Assert.True(TimeReference.OfMonth(2020, 9).Overlaps(TimeReference.OfDay(2020, 9, 27)));

    [Fact]
    public void Overlaps_AdjacentDays_DoNotOverlap() =>
        Assert.False(TimeReference.OfDay(2020, 9, 27).Overlaps(TimeReference.OfDay(2020, 9, 28)));

    [Fact]
    public void Overlaps_MinuteInsideDay() =>
        Assert.True(TimeReference.AtMinute(new LocalDateTime(2020, 9, 28, 0, 0), Baku).Overlaps(TimeReference.OfDay(2020, 9, 28)));

    [Fact]
    public void Overlaps_BothZoned_ComparesInstants()
    {
        // Midnight in Baku (UTC+4) is 23:00 in Moscow (UTC+3) the day before.
        var baku = TimeReference.AtMinute(new LocalDateTime(2020, 9, 28, 0, 0), Baku);
        var moscow = TimeReference.AtMinute(new LocalDateTime(2020, 9, 27, 23, 0), Moscow);
        Assert.True(baku.Overlaps(moscow));
    }

    [Fact]
    public void Default_OverlapsNothing() => Assert.False(default(TimeReference).Overlaps(TimeReference.OfYear(2020)));

    [Fact]
    public void Components_FollowPrecision()
    {
        var month = TimeReference.OfMonth(2020, 9);
        Assert.Equal((2020, 9, (int?)null, TimePrecision.Month), (month.Year, month.Month, month.Day, month.Precision));
        Assert.Null(month.TimeOfDay);
        Assert.Equal(new LocalDateTime(2020, 10, 1, 0, 0), month.LocalEnd);
    }

    [Fact]
    public void CompareTo_WiderPeriodFirstWhenStartsMatch()
    {
        var month = TimeReference.OfMonth(2020, 9);
        var first = TimeReference.OfDay(2020, 9, 1);
        Assert.True(month < first);
        Assert.True(TimeReference.OfDay(2020, 9, 27) > first);
    }

    [Fact]
    public void AtMinute_WithSeconds_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeReference.AtMinute(new LocalDateTime(2020, 1, 1, 0, 0, 1)));

    [Fact]
    public void OfDay_NonexistentDate_ThrowsWithDaysInMonth()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TimeReference.OfDay(2021, 2, 29));
        Assert.StartsWith("The day must be from 1 to 28 in 2021-02.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithInferred_UndefinedFlags_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeReference.OfYear(2020).WithInferred((InferredParts)64));

    [Fact]
    public void Equality_ComparesZoneAndInferredParts()
    {
        var day = TimeReference.OfDay(2020, 9, 27);
        EqualityContract.AssertEquality(day, TimeReference.Parse("2020-09-27"), day.WithInferred(InferredParts.Year));
        Assert.NotEqual(day, day.WithZone(Baku));
    }
}
