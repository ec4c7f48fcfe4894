namespace NakaClaims.SeedLoader.Pipeline;

// The groups of one match of TimeExpressions.Pattern, read from the matched text. The regex finds where a
// time expression stands; reading its named groups built a Group object for each of them for every match,
// a fifth of all the loader allocated. The text of a match has one shape per alternative of the pattern,
// told apart by its first word, so reading it back is short; tests compare the two on every match of the
// test texts. Digits are any Unicode decimal digits, as the regex's \d.
internal readonly record struct TimeMatch
{
    private static readonly string[] Zones = ["local", "Moscow", "Baku", "Yerevan", "Beijing", "Ankara"];

    public int? Hour { get; init; }

    public int? Minute { get; init; }

    // 'a' or 'p' for "a.m." or "p.m." after the clock.
    public char? Meridiem { get; init; }

    // The zone word ("local", "Moscow", …), or empty when none was named.
    public string Zone { get; init; }

    public bool Utc { get; init; }

    // Month and day ("September 27"), with a year ("…, 2020") or "of the same year".
    public int? Month { get; init; }

    public int? Day { get; init; }

    public int? Year { get; init; }

    public bool SameYear { get; init; }

    // "the 27th".
    public int? Ordinal { get; init; }

    // "(on) the same day", "the next/following day" and "the previous/preceding day" or "the day before".
    public bool Same { get; init; }

    public bool Next { get; init; }

    public bool Previous { get; init; }

    // "In 1994", and "(in) September 2020" as MonthOnly and MonthYear.
    public int? OnlyYear { get; init; }

    public int? MonthOnly { get; init; }

    public int? MonthYear { get; init; }

    // "(on) Monday": 1 for Monday to 7 for Sunday.
    public int? Weekday { get; init; }

    public static TimeMatch Read(ReadOnlySpan<char> text, IReadOnlyList<string> months, IReadOnlyList<string> weekdays)
    {
        var match = new TimeMatch { Zone = string.Empty };
        var at = 0;
        if (IsClock(text))
        {
            match = match with { Hour = Digits(text, ref at, 2) };
            at++;
            match = match with { Minute = Digits(text, ref at, 2) };
            Spaces(text, ref at);
            if (text[at..] is ['a' or 'p', '.', 'm', '.', ..])
            {
                match = match with { Meridiem = text[at] };
                at += "a.m.".Length;
                Spaces(text, ref at);
            }

            if (NameAt(text, at, Zones) is not null)
            {
                match = match with { Zone = Zones[Name(text, ref at, Zones) - 1] };
                at += "time".Length;
                Spaces(text, ref at);
            }
            else if (text[at..].StartsWith("GMT") || text[at..].StartsWith("UTC"))
            {
                match = match with { Utc = true };
                at += 3;
                Spaces(text, ref at);
            }

            if (text[at..].StartsWith("on") && at + 2 < text.Length && char.IsWhiteSpace(text[at + 2]))
            {
                at += 2;
                Spaces(text, ref at);
            }
        }

        return ReadDate(text, at, months, weekdays, match);
    }

    private static TimeMatch ReadDate(ReadOnlySpan<char> text, int at, IReadOnlyList<string> months, IReadOnlyList<string> weekdays, TimeMatch match)
    {
        var afterOn = at;
        if (text[at..].StartsWith("on"))
        {
            afterOn += "on".Length;
            Spaces(text, ref afterOn);
        }

        if (afterOn < text.Length && NameAt(text, afterOn, weekdays) is { } weekday)
        {
            return match with { Weekday = weekday };
        }

        var rest = text[at..];
        if (rest.StartsWith("on") || (rest.StartsWith("the") && !char.IsDigit(After(rest, "the"))))
        {
            return rest.Contains("same", StringComparison.Ordinal) ? match with { Same = true }
                : rest.Contains("previous", StringComparison.Ordinal) || rest.Contains("preceding", StringComparison.Ordinal) || rest.EndsWith("before", StringComparison.Ordinal) ? match with { Previous = true }
                : match with { Next = true };
        }

        if (rest.StartsWith("the"))
        {
            at += "the".Length;
            Spaces(text, ref at);
            return match with { Ordinal = Digits(text, ref at, 2) };
        }

        if (rest.StartsWith("In") || rest.StartsWith("in"))
        {
            at += "in".Length;
            Spaces(text, ref at);
            return char.IsDigit(text[at]) ? match with { OnlyYear = Digits(text, ref at, 4) } : MonthAndYear(text, at, months, match);
        }

        if (char.IsDigit(text[at]))
        {
            return DayFirst(text, at, months, match);
        }

        match = match with { Month = Name(text, ref at, months), Day = Digits(text, ref at, 2) };
        at = Math.Min(text.Length, at + (at + 1 < text.Length && char.IsLetter(text[at]) ? 2 : 0));
        if (at == text.Length)
        {
            return match;
        }

        return char.IsDigit(text[^1]) ? match with { Year = Digits(text, text.Length - 4, 4) } : match with { SameYear = true };
    }

    // "27 September", "27th of September", "27 September 2020", "27 September, 2020".
    private static TimeMatch DayFirst(ReadOnlySpan<char> text, int at, IReadOnlyList<string> months, TimeMatch match)
    {
        match = match with { Day = Digits(text, ref at, 2) };
        at += at < text.Length && char.IsLetter(text[at]) ? 2 : 0;
        Spaces(text, ref at);
        if (text[at..].StartsWith("of") && at + 2 < text.Length && char.IsWhiteSpace(text[at + 2]))
        {
            at += 2;
            Spaces(text, ref at);
        }

        match = match with { Month = Name(text, ref at, months) };
        return at == text.Length ? match : match with { Year = Digits(text, text.Length - 4, 4) };
    }

    // A clock ("10:30") opens the match: one or two digits and a colon.
    private static bool IsClock(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (at < text.Length && at < 2 && char.IsDigit(text[at]))
        {
            at++;
        }

        return at > 0 && at < text.Length && text[at] == ':';
    }

    private static TimeMatch MonthAndYear(ReadOnlySpan<char> text, int at, IReadOnlyList<string> months, TimeMatch match)
    {
        return match with { MonthOnly = Name(text, ref at, months), MonthYear = Digits(text, ref at, 4) };
    }

    private static char After(ReadOnlySpan<char> text, string word)
    {
        var at = word.Length;
        Spaces(text, ref at);
        return at < text.Length ? text[at] : '\0';
    }

    // The number (from 1) of the name that stands at a position, or null when none does.
    private static int? NameAt(ReadOnlySpan<char> text, int at, IReadOnlyList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (text[at..].StartsWith(names[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    // Reads a name the pattern guarantees at a position, and the spaces after it; returns its number.
    private static int Name(ReadOnlySpan<char> text, ref int at, IReadOnlyList<string> names)
    {
        var number = NameAt(text, at, names)!.Value;
        at += names[number - 1].Length;
        Spaces(text, ref at);
        return number;
    }

    private static void Spaces(ReadOnlySpan<char> text, ref int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
    }

    private static int Digits(ReadOnlySpan<char> text, int at, int most) => Digits(text, ref at, most);

    // Reads at most so many digits, of any script, as Numerals does.
    private static int Digits(ReadOnlySpan<char> text, ref int at, int most)
    {
        var start = at;
        while (at - start < most && at < text.Length && char.IsDigit(text[at]))
        {
            at++;
        }

        return Numerals.Small(text[start..at]);
    }
}
