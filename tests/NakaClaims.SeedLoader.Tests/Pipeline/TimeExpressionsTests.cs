using NakaClaims.SeedLoader.Pipeline;
using NodaTime;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

public class TimeExpressionsTests
{
    private static readonly TimeContext Sep28 = new(new LocalDate(2020, 9, 28), new LocalDate(2020, 9, 28), YearInferred: true);

    private static string[] Find(string text, TimeContext? context = null) =>
        [.. TimeExpressions.Find(text, context ?? Sep28, 0, static _ => DateTimeZoneProviders.Tzdb["Asia/Baku"]).Select(t => t.Time.ToString())];

    [Theory]
    [InlineData("said on the 27th and on October 1", "2020-09-27 [inferred: year]")]
    [InlineData("said on October 3, 2020 that fighting went on the next day", "2020-10-03")]
    public void First_IsTheFirstTimeThePhraseNames(string phrase, string expected) =>
        Assert.Equal(expected, TimeExpressions.First(phrase, Sep28).ToString());

    [Theory]
    [InlineData("said")]
    [InlineData("said at 12 noon")]
    public void First_OfAPhraseWithoutATime_IsNull(string phrase) => Assert.Null(TimeExpressions.First(phrase, Sep28));

    [Fact]
    public void Ordinal_IsTheNearestDayOfThatNumber() => Assert.Equal(["2020-09-27 [inferred: year]"], Find("on the 27th"));

    // Found by fuzzing: the months around the first and the last month of the calendar were out of NodaTime's range.
    [Theory]
    [InlineData(1, 1, 3, "on the 28th", "0001-01-28")]
    [InlineData(9999, 12, 30, "on the 2nd", "9999-12-02")]
    public void Ordinal_AtTheEdgesOfTheCalendar_IsTheNearestDayThatExists(int year, int month, int day, string text, string expected) =>
        Assert.Equal([expected], Find(text, new TimeContext(new LocalDate(year, month, day), new LocalDate(year, month, day), YearInferred: false)));

    [Fact]
    public void Ordinal_AcrossMonthEnd_IsNextMonth() =>
        Assert.Equal(["2020-10-02 [inferred: year]"], Find("on the 2nd", Sep28 with { Current = new LocalDate(2020, 9, 30) }));

    [Theory]
    [InlineData("at 10:30 p.m. Baku time on the 28th", "2020-09-28T22:30 Asia/Baku [inferred: year]")]
    [InlineData("at 12:15 a.m. Baku time on the 28th", "2020-09-28T00:15 Asia/Baku [inferred: year]")]
    [InlineData("at 12:00 p.m. Baku time on the 28th", "2020-09-28T12:00 Asia/Baku [inferred: year]")]
    [InlineData("at 14:00 p.m. Baku time on the 28th", "2020-09-28 [inferred: year]")]
    public void ClockWithAmOrPm_IsTheHourOfTheDay(string text, string expected) => Assert.Equal([expected], Find(text));

    [Fact]
    public void LocalTime_UsesTheZoneOfThePlace() => Assert.Equal(["2020-09-28T00:00 Asia/Baku [inferred: year]"], Find("from 0:00 local time on the 28th"));

    [Theory]
    [InlineData("On 27 September the fighting began", "2020-09-27 [inferred: year]")]
    [InlineData("On 25 October 2020, in the region", "2020-10-25")]
    [InlineData("from 10:00 Moscow time on 10 October", "2020-10-10T10:00 Europe/Moscow [inferred: year]")]
    public void DayBeforeMonth_IsThatDay(string text, string expected) => Assert.Equal([expected], Find(text));

    [Theory]
    [InlineData("killed 1,27 September")]
    [InlineData("Resolution 822.5 October")]
    public void DigitsAfterACommaOrPoint_AreNotADay(string text) => Assert.DoesNotContain(Find(text), t => t.Contains("-09-27", StringComparison.Ordinal) || t.Contains("-10-05", StringComparison.Ordinal));

    [Fact]
    public void FullDate_IsNotInferred() => Assert.Equal(["2020-10-25"], Find("On October 25, 2020, in the region"));

    [Fact]
    public void SameYearAndLaterOrdinal_ReadAgainstEarlierMention() =>
        Assert.Equal(["2020-11-09", "2020-11-10T00:00 Europe/Moscow"], Find("On November 9th of the same year, … from 0:00 Moscow time on the 10th", Sep28 with { Current = new LocalDate(2020, 9, 27), YearInferred = false }));

    // Text without a digit is searched only for these day words.
    [Theory]
    [InlineData("Shelling resumed on the same day.", "2020-09-28 [inferred: year]")]
    [InlineData("Talks resumed the next day.", "2020-09-29 [inferred: year]")]
    [InlineData("Talks resumed the following day.", "2020-09-29 [inferred: year]")]
    [InlineData("The tanks were destroyed the previous day.", "2020-09-27 [inferred: year]")]
    [InlineData("The tanks were destroyed on the preceding day.", "2020-09-27 [inferred: year]")]
    [InlineData("The army had shelled Martuni the day before.", "2020-09-27 [inferred: year]")]
    [InlineData("The army had shelled Martuni the day before, and", "2020-09-27 [inferred: year]")]
    public void DayWithoutDigits_IsReadAgainstTheCurrentDay(string text, string expected) => Assert.Equal([expected], Find(text));

    // "the day before the ceasefire" is a day before something else, which the current day does not date.
    [Fact]
    public void DayBeforeSomethingNamed_IsNotTheDayBeforeTheCurrentDay() => Assert.Empty(Find("The army attacked the day before the ceasefire took effect."));

    [Fact]
    public void TextWithoutDigitsOrDays_HasNoTime() => Assert.Empty(Find("Talks resumed in Moscow amid heavy fighting."));

    [Fact]
    public void YearAlone_IsYearPrecision() => Assert.Equal(["1994"], Find("In 1994, the two sides agreed"));

    [Fact]
    public void NextDayAfterClockRange_IsNotAnEventDate() => Assert.Empty(Find("from 21:00 to 6:00 the next day"));

    // The dateline, September 28, 2020, was a Monday.
    [Theory]
    [InlineData("Pashinyan said on Monday that", "2020-09-28 [inferred: year, month, day]")]
    [InlineData("Pashinyan said on Sunday that", "2020-09-27 [inferred: year, month, day]")]
    [InlineData("Pashinyan said on Tuesday that", "2020-09-22 [inferred: year, month, day]")]
    public void Weekday_IsTheLastSuchDayUpToTheDateline(string text, string expected) => Assert.Equal([expected], Find(text));

    [Fact]
    public void MonthOfYearZero_IsNoTime() => Assert.Equal(["2020-09"], Find("In September 0000, and in September 2020"));

    // The search starts late, before the first digit: no match of a full search may start before that.
    [Theory]
    [InlineData("3 soldiers died on September 27, 2020.")]
    [InlineData("In   September \t 2020 the talks resumed.")]
    [InlineData("XIn September 2020 the talks resumed, and in 1994 a ceasefire was signed.")]
    [InlineData("ASeptember 27 fell on a Sunday.")]
    [InlineData("By the 27th, 12 drones were lost.")]
    [InlineData("Talks began at 10:00 Moscow time on the 10th.")]
    [InlineData("Since inSeptember 2020 nothing changed.")]
    [InlineData("The fighting stopped on the same day, 3 hours later.")]
    [InlineData("No time here.")]
    public void SearchStart_IsNoLaterThanAnyMatch(string text) => AssertNoMatchBefore(TimeExpressions.SearchStart(text), text);

    [Fact]
    public void SearchStart_OnEverySentenceOfTheSeedsAndDevelopmentArticles_IsNoLaterThanAnyMatch()
    {
        var sentences = Paths.AllSentences().ToList();

        Assert.True(sentences.Count > 100, $"Only {sentences.Count} sentences were read.");
        Assert.All(sentences, sentence => AssertNoMatchBefore(TimeExpressions.SearchStart(sentence), sentence));
    }

    [Fact]
    public void SearchStart_SkipsTextBeforeTheFirstDigit()
    {
        const string Text = "Fighting went on and on, and then on the 27th it stopped.";
        Assert.Equal(Text.IndexOf("on the 27th", StringComparison.Ordinal), TimeExpressions.SearchStart(Text));
    }

    [Fact]
    public void SearchStart_TextWithoutDigitOrDay_IsNotSearched() => Assert.Equal(-1, TimeExpressions.SearchStart("Fighting went on."));

    private static void AssertNoMatchBefore(int start, string text)
    {
        var pattern = (System.Text.RegularExpressions.Regex)typeof(TimeExpressions).GetProperty("Pattern", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        var starts = pattern.Matches(text).Select(m => m.Index).ToList();
        Assert.True(start >= 0 || starts.Count == 0, $"No search of \"{text}\", but a match at {string.Join(", ", starts)}.");
        Assert.All(starts, at => Assert.True(at >= start, $"The search of \"{text}\" starts at {start}, after a match at {at}."));
    }
}
