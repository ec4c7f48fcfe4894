using System.Text.RegularExpressions;
using NakaClaims.SeedLoader.Gazetteers;

namespace NakaClaims.SeedLoader.Pipeline;

// Stage 2: the dateline. "China News Service, Nur-Sultan, September 28th. Comprehensive news: …",
// "China News Service, September 28, reported that …", "China News Service, January 16 According to …",
// "Xinhua News Agency, Moscow, Oct. 5 (Reporter …)", "CCTV News: On October 28, local time, …".
internal static class HeaderParser
{
    private const string Month = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)";
    private const string Date = Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s*(?<year>\d{4}))?";
    private const string Lead = @"(?:[.,:]\s*|\s+)(?:(?:reported|reports|learned)(?:\s+that)?[,:]?\s+|Comprehensive\s+(?:news|report)\s*[:：]\s*|(?:\((?:Reporter|Correspondent)[^)]{0,60}\)\s*))?";

    private static readonly Regex WithPlace = Rx.Create(@"^\s*(?<publisher>[A-Z][\w&’' -]{1,60}?),\s*(?<place>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,2}),\s*" + Date + Lead);
    private static readonly Regex WithoutPlace = Rx.Create(@"^\s*(?<publisher>[A-Z][\w&’' -]{1,60}?),?\s+" + Date + Lead);

    // "CCTV News: On October 28, local time, …": only an outlet's name may stand before the colon, since
    // "Azerbaijan: on October 28 …" would be a sentence, not a dateline.
    private static readonly Regex OutletColon = Rx.Create(@"^\s*(?<publisher>[A-Z][\w&’' -]{1,60}?)\s*[:：]\s*(?:[Oo]n\s+)?" + Date + @"(?:,?\s+local\s+time)?(?:[.,:]\s*|\s+)");
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static Header? Parse(string text, Gazetteer gazetteer)
    {
        var firstLine = text.Length > 400 ? text[..400] : text;
        var m = WithPlace.Match(firstLine);
        if (!m.Success || Months.Contains(m.Groups["place"].Value))
        {
            m = WithoutPlace.Match(firstLine);
        }

        if (!m.Success && OutletColon.Match(firstLine) is { Success: true } colon && gazetteer.Outlets(colon.Groups["publisher"].Value).Count > 0)
        {
            m = colon;
        }

        if (!m.Success)
        {
            return null;
        }

        var publisher = m.Groups["publisher"].Value.Trim();
        var outlet = gazetteer.Outlets(publisher) is [var first, ..] ? first.Name : null;
        // A "place" longer than any name is a run of text the pattern took for one, not a place.
        var place = m.Groups["place"].Success && m.Groups["place"].Length <= Actor.MaxTextLength ? m.Groups["place"].Value : null;
        return new Header(
            outlet ?? publisher,
            place is null ? null : gazetteer.FirstPlace(place)?.Name ?? place,
            MonthNumber(m.Groups["month"].Value),
            Numerals.Small(m.Groups["day"].ValueSpan),
            m.Groups["year"].Success ? Numerals.Small(m.Groups["year"].ValueSpan) : null,
            m.Index + m.Length,
            Hedged: false);
    }

    // "September", "Sept." and "Sep." are all the ninth month: months are told apart by their first three letters.
    private static int MonthNumber(string month) =>
        Array.FindIndex(Months, m => m.AsSpan(0, 3).SequenceEqual(month.AsSpan(0, 3))) + 1;
}
