using System.Text.RegularExpressions;
using NakaClaims.Time;
using NodaTime;

namespace NakaClaims.SeedLoader.Pipeline;

/// <summary>A time named in a text, and where.</summary>
internal readonly record struct TimeMention(int Start, int Length, TimeReference Time);

// Stage 7: time. Absolute dates ("October 25, 2020", "September 27"), days of the current month ("on the
// 27th"), "the same day", "the next day", "the previous day", "of the same year", years ("In 1994"), and clock times with their
// zone ("0:00 local time on the 28th", "0:00 Moscow time on the 10th"). A year the text does not give comes
// from the dateline, and is marked inferred when the dateline's own year was.
internal static partial class TimeExpressions
{
    private const string WeekdayNames = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    // In ISO order, Monday first, as NodaTime's IsoDayOfWeek numbers them.
    private static readonly string[] Weekdays = WeekdayNames.Split('|');

    [GeneratedRegex(@"(?:(?<hour>\d{1,2}):(?<minute>\d{2})\s*(?:(?<meridiem>[ap])\.m\.\s*)?(?:(?<zone>local|Moscow|Baku|Yerevan|Beijing|Ankara)\s+time\s*|(?<utc>GMT|UTC)\s*)?(?:on\s+)?)?" +
        @"(?:(?<month>" + MonthNames.Alternation + @")\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:(?:,\s*|\s+of\s+)(?:(?<year>\d{4})|(?<sameyear>the\s+same\s+year)))?" +
        @"|(?<![\w:,.])(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + MonthNames.Alternation + @")(?:,?\s+(?<year>\d{4}))?\b" +
        @"|the\s+(?<ordinal>\d{1,2})(?:st|nd|rd|th)|(?<same>(?:on\s+)?the\s+same\s+day)|(?<!\d:\d{2}\s)(?<next>the\s+(?:next|following)\s+day)|(?<previous>the\s+(?:previous|preceding)\s+day|the\s+day\s+before(?=\s*(?:[,.;!]|$|(?:and|but|when|while)\b)))" +
        @"|\b[Ii]n\s+(?<onlyyear>(?:19|20)\d{2})\b|\b(?:[Ii]n\s+)?(?<monthonly>" + MonthNames.Alternation + @")\s+(?<monthyear>\d{4})" +
        @"|\b(?:on\s+)?(?<weekday>" + WeekdayNames + @")\b)", Rx.Options)]
    private static partial Regex Pattern { get; }

    // The local zone is looked up only for a "local time" mention, from the caller's state: a static lambda
    // and a value state cost no allocation per sentence, where a closure did.
    public static List<TimeMention> Find<TState>(string text, TimeContext context, TState state, Func<TState, DateTimeZone?> localZone)
    {
        var found = new List<TimeMention>();
        Find(text, context, state, localZone, found);
        return found;
    }

    // The same, into a list the caller clears and reuses: most sentences name no time, and a list made for
    // each of them was a good share of the loader's allocations.
    public static void Find<TState>(string text, TimeContext context, TState state, Func<TState, DateTimeZone?> localZone, List<TimeMention> found)
    {
        var start = SearchStart(text);
        if (start < 0)
        {
            return;
        }

        foreach (var m in Pattern.EnumerateMatches(text, start))
        {
            if (Resolve(text, m, context, state, localZone) is { } time)
            {
                found.Add(new TimeMention(m.Index, m.Length, time));

                // "On November 9th …, from 0:00 on the 10th": later mentions read against earlier ones.
                context = time.Date is { } date ? context with { Current = date } : context;
            }
        }
    }

    // The first time a phrase names ("said on October 3"), with no local zone; no list is made for it.
    public static TimeReference? First(string text, TimeContext context)
    {
        var start = SearchStart(text);
        if (start < 0)
        {
            return null;
        }

        foreach (var m in Pattern.EnumerateMatches(text, start))
        {
            if (Resolve(text, m, context, 0, static _ => null) is { } time)
            {
                return time;
            }
        }

        return null;
    }

    private static TimeReference? Resolve<TState>(string text, ValueMatch m, TimeContext context, TState state, Func<TState, DateTimeZone?> localZone) =>
        Resolve(TimeMatch.Read(text.AsSpan(m.Index, m.Length), MonthNames.All, Weekdays), context, state, localZone);

    // "10:30 p.m." is 22:30 and "12:15 a.m." 0:15; "14:00 p.m." is no time of day.
    private static int? OnTheDayClock(int hour, char? meridiem) => meridiem switch
    {
        null => hour,
        _ when hour is 0 or > 12 => null,
        'p' => hour == 12 ? 12 : hour + 12,
        _ => hour == 12 ? 0 : hour,
    };

    // Every time expression holds a digit or is a day ("the same day", "the next day"). Without "day", none
    // starts before the first digit's "In September ", "September ", "the " or "In ": the search starts
    // there, and other text is not searched at all. Matches found from there are those of a full search,
    // since none can start earlier (and lookbehinds still see the text before).
    internal static int SearchStart(string text)
    {
        if (text.Contains("day", StringComparison.Ordinal))
        {
            return 0;
        }

        var at = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (at < 0)
        {
            return -1;
        }

        at = Back(text, at, char.IsWhiteSpace, int.MaxValue);
        at = Back(text, at, char.IsAsciiLetter, MonthNames.LongestLength);
        at = Back(text, at, char.IsWhiteSpace, int.MaxValue);
        return Back(text, at, char.IsAsciiLetter, "In".Length);
    }

    // Steps back from a position over at most so many characters of a kind.
    private static int Back(string text, int at, Func<char, bool> kind, int most)
    {
        for (var n = 0; n < most && at > 0 && kind(text[at - 1]); n++)
        {
            at--;
        }

        return at;
    }

    private static TimeReference? Resolve<TState>(TimeMatch m, TimeContext context, TState state, Func<TState, DateTimeZone?> localZone)
    {
        var inferred = context.Inferred;
        LocalDate? date = null;
        if (m.OnlyYear is { } onlyYear)
        {
            return TimeReference.OfYear(onlyYear);
        }

        if (m.MonthOnly is { } monthOnly)
        {
            // "September 0000" names no month there was.
            return m.MonthYear is >= 1 and <= 9999 and var year ? TimeReference.OfMonth(year, monthOnly) : null;
        }

        if (m.Month is { } month)
        {
            var year = m.Year ?? (m.SameYear ? context.Current : context.Dateline)?.Year;
            inferred = m.Year is null ? inferred : InferredParts.None;
            date = year is { } y ? TryDate(y, month, m.Day!.Value) : null;
        }
        else if (m.Ordinal is { } ordinal)
        {
            date = DayOfReferenceMonth(context.Current ?? context.Dateline, ordinal);
        }
        else if (m.Same)
        {
            date = context.Current;
        }
        else if (m.Next)
        {
            date = context.Current?.PlusDays(1);
        }
        else if (m.Previous)
        {
            date = context.Current?.PlusDays(-1);
        }
        else if (m.Weekday is { } weekday && (context.Dateline ?? context.Current) is { } reference)
        {
            // "said on Monday" in a report is the last Monday up to the report's own date; which month and
            // day that is, the text did not say.
            date = LastOnOrBefore(reference, (IsoDayOfWeek)weekday);
            inferred |= InferredParts.Month | InferredParts.Day;
        }

        if (date is not { } d)
        {
            return null;
        }

        var day = TimeReference.OfDay(d);
        if (m is { Hour: < 24 and var clock, Minute: < 60 and var minute } && OnTheDayClock(clock, m.Meridiem) is { } hour)
        {
            var zone = m.Zone switch
            {
                "local" => localZone(state),
                "" when m.Utc => DateTimeZone.Utc,
                "" => null,
                var city => DateTimeZoneProviders.Tzdb.GetZoneOrNull(CityZone(city)),
            };
            day = TimeReference.AtMinute(d.At(new LocalTime(hour, minute)), zone);
        }

        return inferred == InferredParts.None ? day : day.WithInferred(inferred);
    }

    private static LocalDate LastOnOrBefore(LocalDate date, IsoDayOfWeek day) =>
        date.DayOfWeek == day ? date : date.Previous(day);

    // "The 27th" is the day of that number nearest to the date the text is talking about: in this month,
    // the one before or the one after ("the 28th" read on 3 October is 28 September).
    private static LocalDate? DayOfReferenceMonth(LocalDate? reference, int day)
    {
        if (reference is not { } r)
        {
            return null;
        }

        // Of equally near days, the earliest month's wins. Months are counted by hand: LocalDate.PlusMonths
        // throws before January of year 1 and after December 9999, where TryDate simply finds no day.
        LocalDate? best = null;
        foreach (var offset in (ReadOnlySpan<int>)[-1, 0, 1])
        {
            var months = (r.Year * 12) + r.Month - 1 + offset;
            if (TryDate(months / 12, (months % 12) + 1, day) is { } candidate
                && (best is null || Math.Abs(Period.DaysBetween(r, candidate)) < Math.Abs(Period.DaysBetween(r, best.Value))))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static LocalDate? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? new LocalDate(year, month, day) : null;

    private static string CityZone(string city) => city switch
    {
        "Moscow" => "Europe/Moscow",
        "Baku" => "Asia/Baku",
        "Yerevan" => "Asia/Yerevan",
        "Beijing" => "Asia/Shanghai",
        _ => "Europe/Istanbul",
    };
}
