using System.Text.RegularExpressions;
using NakaClaims.SeedLoader.Gazetteers;

namespace NakaClaims.SeedLoader.Pipeline;

// Stage 2: the dateline. "China News Service, Nur-Sultan, September 28th. Comprehensive news: …",
// "China News Service, September 28, reported that …", "China News Service, January 16 According to …",
// "Xinhua News Agency, Moscow, Oct. 5 (Reporter …)", "CCTV News, Yerevan, October 5 - …", "BAKU, Oct. 21 (Xinhua) --",
// "Global Network reported on October 22 that …", "CCTV News: On October 28, local time, …".
internal static partial class HeaderParser
{
    private const string Month = @"(?<month>" + MonthNames.Alternation + @"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)";
    // "October 5", and "5 October" as British style writes it.
    private const string Date = @"(?:" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @")(?:,\s*(?<year>\d{4}))?";
    // "October 5. ", "October 5 - ", "October 5 (Reporter Liu Yang) -- ", "October 4th, by reporter Li Si: ", and the
    // machine translations of 报道 and 电 ("October 12 report According to …", "October 5 Electric (Reporter …)").
    private const string Lead = @"(?:\s*[-–—]+\s*|[.,:]\s*|\s+)(?:(?:reported|reports|report|learned)(?:\s+that)?[,:]?\s+|[Ee]lectric(?:ity)?\s*(?:\((?:Reporter|Correspondent)[^)]{0,60}\)\s*(?:[-–—]+\s*)?)?(?=[A-Z""“])|Comprehensive\s+(?:news|report)\s*[:：]\s*|(?:\((?:Reporter|Correspondent)[^)]{0,60}\)\s*(?:[-–—]+\s*)?)|[Bb]y\s+(?:reporters?|correspondents?)\s+[^:：,.]{1,60}[:：]\s*)?";

    [GeneratedRegex(@"^\s*(?<publisher>[A-Z][\w&’' -]{1,60}?),\s*(?<place>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,2}),\s*" + Date + Lead, Rx.Options)]
    private static partial Regex WithPlace { get; }

    [GeneratedRegex(@"^\s*(?<publisher>[A-Z][\w&’' -]{1,60}?),?\s+" + Date + Lead, Rx.Options)]
    private static partial Regex WithoutPlace { get; }

    // "CCTV News: On October 28, local time, …": only an outlet's name may stand before the colon, since
    // "Azerbaijan: on October 28 …" would be a sentence, not a dateline.
    [GeneratedRegex(@"^\s*(?<publisher>[A-Z][\w&’' -]{1,60}?)\s*[:：]\s*(?:[Oo]n\s+)?" + Date + @"(?:,?\s+local\s+time)?(?:[.,:]\s*|\s+)", Rx.Options)]
    private static partial Regex OutletColon { get; }

    // "CCTV News: According to Armenian media reports on the 8th, …": a known outlet's name and a colon, no date.
    [GeneratedRegex(@"^\s*(?<publisher>[A-Z][\w&’' -]{1,60}?)\s*[:：]\s*(?=[A-Z""“])", Rx.Options)]
    private static partial Regex OutletColonWithoutDate { get; }

    // "BAKU, Oct. 21 (Xinhua) -- …": the place first, the outlet in parentheses.
    [GeneratedRegex(@"^\s*(?<place>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,2}),\s*" + Date + @"\s*\((?<publisher>[A-Z][^()\n]{1,40})\)\s*(?:[-–—]+\s*|[.,:]\s*)?", Rx.Options)]
    private static partial Regex PlaceThenOutlet { get; }

    // "Global Network reported on October 22 that …".
    [GeneratedRegex(@"^\s*(?<publisher>[A-Z][\w&’'. -]{1,60}?)\s+(?:reported|reports)\s+(?:on\s+)?" + Date + @"(?:,?\s+local\s+time)?\s+(?:that\s+)?", Rx.Options)]
    private static partial Regex OutletReported { get; }

    // "On September 27, …" opens a sentence, not a dateline of a publisher called "On".
    [GeneratedRegex(@"^(?:On|In|At|By|Since|From|Until|During|Before|After|As)$", Rx.Options)]
    private static partial Regex Preposition { get; }

    // "Armenia reported on October 3 that …" is a sentence: no outlet's name ends in a verb or a preposition.
    [GeneratedRegex(@"\s(?:reported|reports|said|says|announced|stated|on|in|at|that)$", Rx.Options)]
    private static partial Regex EndsInAVerb { get; }

    // Below the first line, only an outlet's name makes a dateline: a sentence may well start "The army, October 3".
    [GeneratedRegex(@"\b(?:News|Agency|Network|Service|Television|TV|Radio|Daily|Times|Post|Net|Online)\b", Rx.Options)]
    private static partial Regex OutletWord { get; }

    // A page may open with a headline ("Azerbaijani Defense Ministry: Armenian army shelled Tartar") above
    // the dateline: the dateline is looked for at the start of each of the first lines. What stands before
    // it is not read, since a headline restates the body.
    private const int LinesToSearch = 3;

    public static Header? Parse(string text, Gazetteer gazetteer)
    {
        var lineStart = 0;
        for (var line = 0; line < LinesToSearch && lineStart < text.Length; line++)
        {
            if (ParseAt(text, lineStart, gazetteer) is { } header)
            {
                return header;
            }

            var end = text.IndexOf('\n', lineStart);
            if (end < 0)
            {
                break;
            }

            // Blank lines between the headline and the dateline are not lines of their own.
            lineStart = end + 1;
            while (lineStart < text.Length && LineAt(text, lineStart).IsWhiteSpace())
            {
                lineStart = text.IndexOf('\n', lineStart) is var next and >= 0 ? next + 1 : text.Length;
            }
        }

        return null;
    }

    // The forms that only an outlet can open: the name must be one the gazetteer knows or look like one.
    private static Match OutletForm(string text, int start, int length, Gazetteer gazetteer)
    {
        foreach (var form in (ReadOnlySpan<Regex>)[PlaceThenOutlet, OutletReported])
        {
            var m = form.Match(text, start, length);
            var publisher = m.Groups["publisher"].Value.Trim();
            if (m.Success && (gazetteer.NamesAnOutlet(publisher) || OutletWord.IsMatch(publisher)))
            {
                return m;
            }
        }

        return Match.Empty;
    }

    // "BAKU" and "NUR-SULTAN" in a wire dateline are the places Baku and Nur-Sultan.
    private static string TitleCase(string place)
    {
        if (place.Any(char.IsLower))
        {
            return place;
        }

        var chars = place.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i == 0 || chars[i - 1] is ' ' or '-' ? char.ToUpperInvariant(chars[i]) : chars[i];
        }

        return new string(chars);
    }

    private static ReadOnlySpan<char> LineAt(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
    }

    private static Header? ParseAt(string text, int start, Gazetteer gazetteer)
    {
        // The patterns match the head of the line in place: as their "^", the start is where the line starts,
        // and their indexes are the text's. A copy of each head was 2% of what a load allocated.
        var length = Math.Min(400, text.Length - start);
        var m = OutletForm(text, start, length, gazetteer);
        if (!m.Success)
        {
            m = WithPlace.Match(text, start, length);
        }

        if (!m.Success || MonthNames.All.Contains(m.Groups["place"].Value))
        {
            m = WithoutPlace.Match(text, start, length);
        }

        if (!m.Success && OutletColon.Match(text, start, length) is { Success: true } colon && gazetteer.NamesAnOutlet(colon.Groups["publisher"].Value))
        {
            m = colon;
        }

        if (!m.Success && OutletColonWithoutDate.Match(text, start, length) is { Success: true } bare && gazetteer.NamesAnOutlet(bare.Groups["publisher"].Value))
        {
            m = bare;
        }

        var publisher = m.Success ? m.Groups["publisher"].Value.Trim() : string.Empty;
        if (!m.Success || Preposition.IsMatch(publisher) || EndsInAVerb.IsMatch(publisher) || (start > 0 && !gazetteer.NamesAnOutlet(publisher) && !OutletWord.IsMatch(publisher)))
        {
            return null;
        }

        var outlet = gazetteer.Outlets(publisher) is [var first, ..] ? first.Name : null;
        // A "place" longer than any name is a run of text the pattern took for one, not a place.
        var place = m.Groups["place"].Success && m.Groups["place"].Length <= Actor.MaxTextLength ? TitleCase(m.Groups["place"].Value) : null;
        return new Header(
            outlet ?? publisher,
            place is null ? null : gazetteer.FirstPlace(place)?.Name ?? place,
            m.Groups["month"].Success ? MonthNames.Number(m.Groups["month"].ValueSpan) : null,
            m.Groups["day"].Success ? Numerals.Small(m.Groups["day"].ValueSpan) : null,
            m.Groups["year"].Success ? Numerals.Small(m.Groups["year"].ValueSpan) : null,
            m.Index + m.Length,
            Hedged: false)
        {
            Line = 1 + text.AsSpan(0, start).Count('\n'),
        };
    }
}
