namespace NakaClaims.SeedLoader.Pipeline;

// The months as the patterns write them, and their numbers: one list for the dateline, the dates of the
// text and year inference.
internal static class MonthNames
{
    public const string Alternation = "January|February|March|April|May|June|July|August|September|October|November|December";

    public static readonly string[] All = Alternation.Split('|');

    public static readonly int LongestLength = All.Max(m => m.Length);

    // "September", "Sept." and "Sep." are all the ninth month: months are told apart by their first three
    // letters. Zero for a text that is no month.
    public static int Number(ReadOnlySpan<char> month)
    {
        for (var i = 0; i < All.Length; i++)
        {
            if (month.Length >= 3 && All[i].AsSpan(0, 3).SequenceEqual(month[..3]))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
