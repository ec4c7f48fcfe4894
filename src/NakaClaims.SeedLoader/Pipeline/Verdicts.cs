namespace NakaClaims.SeedLoader.Pipeline;

// What a speaker calls a claim to deny it: "false", "a lie", "another lie", "pure fabrication", "“absolutely
// untrue”", "fantasy", "absurd", "exaggerated". One list, so that "called it X" and "the report was X" deny the same things.
internal static class Verdicts
{
    public const string Falsity =
        @"[""“]?(?:(?:completely|totally|absolutely|entirely|utterly|pure|sheer|greatly|grossly|highly)\s+)?(?:untrue|false|exaggerated|inflated|groundless|baseless|absurd|ridiculous|disinformation|misinformation|fake|fabricated|fantasy|fiction|nonsense|propaganda|slander|lies|(?:an?\s+|another\s+)?(?:(?:complete|total|blatant|outright|pure|sheer)\s+)?(?:lie|fabrication|provocation))\b";
}
