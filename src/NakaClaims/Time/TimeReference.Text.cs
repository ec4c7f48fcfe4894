using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using NodaTime;

namespace NakaClaims.Time;

// Text form: the ISO date as far as it is known, then an optional time, zone and inferred-part list:
// "2020", "2020-09", "2020-09-27", "2020-09-28T00:00", "2020-09-28T00:00 Asia/Baku", "2020-09-27 [inferred: year]".
public readonly partial struct TimeReference
{
    private const string InferredPrefix = " [inferred: ";

    /// <summary>
    /// Formats the reference in its canonical text form, for example <c>2020-09</c>,
    /// <c>2020-09-28T00:00 Asia/Baku</c> or <c>2020-09-27 [inferred: year]</c>.
    /// </summary>
    /// <returns>The canonical text, or the empty string for the default value.</returns>
    public override string ToString()
    {
        if (IsDefault)
        {
            return string.Empty;
        }

        var text = new StringBuilder(40);
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"{_start.Year:0000}");
        if (Precision >= TimePrecision.Month)
        {
            text.Append(c, $"-{_start.Month:00}");
        }

        if (Precision >= TimePrecision.Day)
        {
            text.Append(c, $"-{_start.Day:00}");
        }

        if (Precision == TimePrecision.Minute)
        {
            text.Append(c, $"T{_start.Hour:00}:{_start.Minute:00}");
        }

        if (_zone is not null)
        {
            text.Append(' ').Append(_zone.Id);
        }

        if (Inferred != InferredParts.None)
        {
            text.Append(InferredPrefix).Append(FormatInferred(Inferred)).Append(']');
        }

        return text.ToString();
    }

    /// <summary>Parses the canonical text form written by <see cref="ToString"/>.</summary>
    /// <param name="text">The text, for example <c>2020-09-28T00:00 Asia/Baku</c>.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not in the canonical form; the message says which part is wrong.</exception>
    public static TimeReference Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, out var value, out var error) ? value : throw new FormatException(error);
    }

    /// <summary>Tries to parse the canonical text form written by <see cref="ToString"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The reference, when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid reference.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out TimeReference value)
    {
        value = default;
        return text is not null && TryParseCore(text, out value, out _);
    }

    internal static bool TryParseCore(string text, out TimeReference value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        var rest = text;
        var inferred = InferredParts.None;
        var at = rest.IndexOf(InferredPrefix, StringComparison.Ordinal);
        if (at >= 0)
        {
            if (!rest.EndsWith(']') || !TryParseInferred(rest[(at + InferredPrefix.Length)..^1], out inferred))
            {
                error = Messages.TimeText(text, "the inferred-part list must look like ' [inferred: year, zone]'");
                return false;
            }

            rest = rest[..at];
        }

        DateTimeZone? zone = null;
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space >= 0)
        {
            var zoneId = rest[(space + 1)..];
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
            if (zone is null)
            {
                error = Messages.TimeText(text, $"'{zoneId}' is not an IANA time zone id such as 'Asia/Baku'");
                return false;
            }

            rest = rest[..space];
        }

        if (!TryParseDate(rest, out value))
        {
            error = Messages.TimeText(text, "the date must be 'yyyy', 'yyyy-MM', 'yyyy-MM-dd' or 'yyyy-MM-ddTHH:mm' and exist in the ISO calendar");
            return false;
        }

        value = new TimeReference(value._start, value.Precision, zone, inferred);
        error = null;
        return true;
    }

    private static bool TryParseDate(string text, out TimeReference value)
    {
        value = default;
        var ok = text.Length switch
        {
            4 => TryNumber(text, 0, 4, out var y) && TryBuild(() => OfYear(y), out value),
            7 => text[4] == '-' && TryNumber(text, 0, 4, out var y) && TryNumber(text, 5, 2, out var m)
                 && TryBuild(() => OfMonth(y, m), out value),
            10 => TryDay(text, out value),
            16 => text[10] == 'T' && text[13] == ':' && TryDay(text[..10], out var day)
                  && TryNumber(text, 11, 2, out var h) && TryNumber(text, 14, 2, out var min) && h < 24 && min < 60
                  && TryBuild(() => AtMinute(day._start.PlusHours(h).PlusMinutes(min)), out value),
            _ => false,
        };
        return ok;
    }

    private static bool TryDay(string text, out TimeReference value)
    {
        value = default;
        return text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryNumber(text, 0, 4, out var y) && TryNumber(text, 5, 2, out var m) && TryNumber(text, 8, 2, out var d)
            && TryBuild(() => OfDay(y, m, d), out value);
    }

    private static bool TryNumber(string text, int start, int length, out int number)
    {
        number = 0;
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            number = (number * 10) + (text[i] - '0');
        }

        return true;
    }

    private static bool TryBuild(Func<TimeReference> build, out TimeReference value)
    {
        try
        {
            value = build();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            value = default;
            return false;
        }
    }

    private static readonly (InferredParts Part, string Name)[] InferredNames =
    [
        (InferredParts.Year, "year"), (InferredParts.Month, "month"), (InferredParts.Day, "day"),
        (InferredParts.Time, "time"), (InferredParts.Zone, "zone"),
    ];

    private static string FormatInferred(InferredParts parts) =>
        string.Join(", ", InferredNames.Where(n => parts.HasFlag(n.Part)).Select(n => n.Name));

    private static bool TryParseInferred(string list, out InferredParts parts)
    {
        parts = InferredParts.None;
        foreach (var name in list.Split(", "))
        {
            var match = Array.FindIndex(InferredNames, n => n.Name == name);
            if (match < 0 || parts.HasFlag(InferredNames[match].Part))
            {
                return false;
            }

            parts |= InferredNames[match].Part;
        }

        return parts != InferredParts.None;
    }
}
