using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Pipeline;

// Stage 7a: a dateline without a year takes it from the documents loaded with it: the year of a full date
// ("September 27, 2020") in the same month, else the most common year among full dates.
internal static partial class YearInference
{
    [GeneratedRegex(@"\b(?<month>" + MonthNames.Alternation + @")\s+\d{1,2}(?:st|nd|rd|th)?,\s*(?<year>(?:19|20)\d{2})\b", Rx.Options)]
    private static partial Regex FullDate { get; }

    public static List<(int Month, int Year)> FullDates(string text) =>
        [.. FullDate.Matches(text).Select(m => (MonthNames.Number(m.Groups["month"].ValueSpan), Numerals.Small(m.Groups["year"].ValueSpan)))];

    public static int? Infer(int month, IEnumerable<(int Month, int Year)> corpus)
    {
        var dates = corpus.ToList();
        var sameMonth = dates.Where(d => d.Month == month).Select(d => d.Year).ToList();
        var pool = sameMonth.Count > 0 ? sameMonth : dates.Select(d => d.Year).ToList();
        return pool.Count == 0 ? null : pool.GroupBy(y => y).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }
}
