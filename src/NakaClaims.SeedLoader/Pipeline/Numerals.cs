namespace NakaClaims.SeedLoader.Pipeline;

// Numbers as the patterns find them. A pattern's \d matches the decimal digits of every script, so "٢٨" is
// read as 28 just as "28" is (int.Parse refused such digits, and the load stopped); grouping commas are
// skipped ("1,200"), and a number too large for a long is not read rather than thrown.
internal static class Numerals
{
    public static bool TryParse(ReadOnlySpan<char> digits, out long value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c == ',')
            {
                continue;
            }

            if (!char.IsDigit(c))
            {
                value = 0;
                return false;
            }

            var digit = (int)char.GetNumericValue(c);
            if (value > (long.MaxValue - digit) / 10)
            {
                value = 0;
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    // The value of a few digits that a pattern bounds (a day, a year), which always fit.
    public static int Small(ReadOnlySpan<char> digits) =>
        digits.Length <= 9 && TryParse(digits, out var value) ? (int)value : throw new ArgumentException($"'{digits}' is not a number of at most nine digits.", nameof(digits));
}
