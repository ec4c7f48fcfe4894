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
    public static partial Regex CallsAClaimFalse { get; }
}
