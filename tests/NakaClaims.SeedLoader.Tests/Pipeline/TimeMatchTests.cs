using System.Text.RegularExpressions;
using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

// TimeMatch reads a match of the time pattern from its text; it must read exactly what the pattern's groups hold.
public class TimeMatchTests
{
    private static readonly Regex Pattern = (Regex)Member("Pattern");
    private static readonly string[] Months = MonthNames.All;
    private static readonly string[] Weekdays = (string[])Member("Weekdays");

    [Theory]
    [InlineData("Talks began at 10:00 Moscow time on the 10th.")]
    [InlineData("From 0:00 local time on the 28th, and at 12:30 GMT on September 5.")]
    [InlineData("At 9:15UTC the next day, and at 7:05 the following day.")]
    [InlineData("On the previous day, at 6:00 the preceding day, and the next day.")]
    [InlineData("On October 25, 2020, and on November 9th of the same year.")]
    [InlineData("On September 2nd, May 9 of 2021, and March 3rd,2019.")]
    [InlineData("In 1994 and in September 2020 and in  June\t2019, but September 2020 alone.")]
    [InlineData("It happened on the same day, the same day, and on  the  same  day.")]
    [InlineData("10:00 the same day and 23:59 on the 31st.")]
    [InlineData("On September ٢٧ and in ١٩٩٤.")]
    [InlineData("ASeptember 27, 2020 and 99:99 on the 1st.")]
    [InlineData("He said on Monday, and on  Sunday at 10:00 on Friday, that Mondays are long.")]
    [InlineData("At 10:30 a.m. Baku time on the 20th, at 9:05 p.m.on the 21st and at 11:00 p.m.  local time on October 3.")]
    [InlineData("On 27 September, on 3rd October 2020, on the 5th of November, on 1 June, 2021 and at 10:00 on 2 May.")]
    public void Read_IsWhatTheGroupsHold(string text) => AssertReadLikeGroups(text);

    [Fact]
    public void Read_OnEverySentenceOfTheSeedsAndDevelopmentArticles_IsWhatTheGroupsHold()
    {
        var text = string.Join("\n", Paths.AllArticleTexts());

        Assert.True(Pattern.Count(text) > 50, "The test texts hold too few time expressions.");
        AssertReadLikeGroups(text);
    }

    [Fact]
    public void Read_DigitsOfOtherScripts_AreTheirValues() =>
        Assert.Equal((9, 27), (TimeMatch.Read("September ٢٧", Months, Weekdays).Month, TimeMatch.Read("September ٢٧", Months, Weekdays).Day));

    private static void AssertReadLikeGroups(string text)
    {
        foreach (Match m in Pattern.Matches(text))
        {
            var expected = new TimeMatch
            {
                Hour = Number(m, "hour"),
                Minute = Number(m, "minute"),
                Meridiem = m.Groups["meridiem"].Success ? m.Groups["meridiem"].Value[0] : null,
                Zone = m.Groups["zone"].Value,
                Utc = m.Groups["utc"].Success,
                Month = m.Groups["month"].Success ? Array.IndexOf(Months, m.Groups["month"].Value) + 1 : null,
                Day = Number(m, "day"),
                Year = Number(m, "year"),
                SameYear = m.Groups["sameyear"].Success,
                Ordinal = Number(m, "ordinal"),
                Same = m.Groups["same"].Success,
                Next = m.Groups["next"].Success,
                Previous = m.Groups["previous"].Success,
                OnlyYear = Number(m, "onlyyear"),
                MonthOnly = m.Groups["monthonly"].Success ? Array.IndexOf(Months, m.Groups["monthonly"].Value) + 1 : null,
                MonthYear = Number(m, "monthyear"),
                Weekday = m.Groups["weekday"].Success ? Array.IndexOf(Weekdays, m.Groups["weekday"].Value) + 1 : null,
            };

            Assert.Equal(expected, TimeMatch.Read(m.ValueSpan, Months, Weekdays));
        }
    }

    private static int? Number(Match m, string group) =>
        m.Groups[group].Success ? m.Groups[group].Value.Aggregate(0, (n, c) => (n * 10) + (int)char.GetNumericValue(c)) : null;

    // A private static field, or a generated regex's property, of the class under test.
    private static object Member(string name)
    {
        const System.Reflection.BindingFlags PrivateStatic = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static;
        return typeof(TimeExpressions).GetField(name, PrivateStatic)?.GetValue(null) ?? typeof(TimeExpressions).GetProperty(name, PrivateStatic)!.GetValue(null)!;
    }
}
