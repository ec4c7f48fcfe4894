using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Pipeline;

// Every pattern of the loader is built here, compiled once and culture-invariant. None can backtrack
// catastrophically: no quantifier is nested in another, every variable-length part is bounded ({2,160}),
// and patterns only ever see one sentence, which SentenceSplitter caps at MaxLength characters, so the
// worst case is polynomial in a bounded length. That is why there is no per-match timeout: arming one on
// every one of the loader's many small matches cost more than the matching itself.
internal static class Rx
{
    public static Regex Create(string pattern, bool ignoreCase = false) =>
        new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | (ignoreCase ? RegexOptions.IgnoreCase : 0));
}
