using System.Buffers;
using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Pipeline;

// What a speaker calls a claim to deny it: "false", "a lie", "another lie", "pure fabrication", "“absolutely
// untrue”", "fantasy", "absurd", "exaggerated". One list, so that "called it X" and "the report was X" deny the same things.
internal static partial class Verdicts
{
    public const string Falsity =
        @"[""“]?(?:(?:completely|totally|absolutely|entirely|utterly|pure|sheer|greatly|grossly|highly)\s+)?(?:untrue|false|exaggerated|inflated|groundless|baseless|absurd|ridiculous|disinformation|misinformation|fake|fabricated|fantasy|fiction|nonsense|propaganda|slander|lies|(?:an?\s+|another\s+)?(?:(?:complete|total|blatant|outright|pure|sheer|absolute)\s+)?(?:lie|fabrication|provocation))\b";

    // "was false", "is not true", "was inconsistent with the facts", "was "far from the truth"".
    private const string IsFalse =
        @"(?:was|is|were|are)\s+(?:" + Falsity + @"|not\s+(?:true|correct|accurate)\b|inconsistent\s+with\s+(?:the\s+)?(?:facts|reality)|[""“]?far\s+from\s+(?:the\s+)?(?:truth|reality|facts))";

    // "The report was false", "these figures have nothing to do with reality", and, opening the clause, "this was
    // "an absolute lie"": a speaker calling a claim false denies it.
    [GeneratedRegex(@"\b(?:claims?|reports?|statements?|information|news|figures|data|accusations?|allegations?)\b[^.]{0,80}?\b(?:" + IsFalse + @"|(?:has|have|had)\s+nothing\s+to\s+do\s+with\s+(?:the\s+)?(?:reality|truth|facts)|(?:do|does|did)\s+not\s+correspond\s+to\s+(?:the\s+)?(?:reality|truth|facts))|^(?:this|that|it|these|those)\s+" + IsFalse, Rx.Options)]
    private static partial Regex CallsAClaimFalsePattern { get; }

    // Every verdict above holds one of these (case-sensitive, like the patterns): "fabricat" for fabricated and
    // fabrication, "lie" for lies, "sinformation" for dis- and misinformation, "not" for "not true", "nothing to
    // do with" and "not correspond". Most clauses hold none, and one vectorized search of them costs less than
    // the pattern, whose first characters are common letters.
    private static readonly SearchValues<string> VerdictWords = SearchValues.Create(
        ["untrue", "false", "exaggerated", "inflated", "groundless", "baseless", "absurd", "ridiculous", "sinformation", "fake", "fabricat", "fantasy", "fiction", "nonsense", "propaganda", "slander", "lie", "provocation", "not", "inconsistent", "far"],
        StringComparison.Ordinal);

    /// <summary>Whether the text calls a claim false ("the report was false", "this was an absolute lie").</summary>
    public static bool CallsAClaimFalse(ReadOnlySpan<char> text) => text.ContainsAny(VerdictWords) && CallsAClaimFalsePattern.IsMatch(text);
}
