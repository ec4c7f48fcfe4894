using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Pipeline;

// The options of every pattern of the loader: culture-invariant, and only named groups capture. The patterns
// are [GeneratedRegex]: matched by code generated at build time, where RegexOptions.Compiled emitted and
// compiled each of some seventy patterns at run time, 0.75 s before the first article was read.
//
// None can backtrack catastrophically: no quantifier is nested in another, every variable-length part is
// bounded ({2,160}), and patterns only ever see one sentence, which SentenceSplitter caps at MaxLength
// characters, so the worst case is polynomial in a bounded length. That is why there is no per-match
// timeout: arming one on every one of the loader's many small matches cost more than the matching itself.
internal static class Rx
{
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public const RegexOptions IgnoreCaseOptions = Options | RegexOptions.IgnoreCase;

    // For a pattern only known at run time (tests compare the loader's patterns with their specifications).
    public static Regex Create(string pattern, bool ignoreCase = false) =>
        new(pattern, RegexOptions.Compiled | (ignoreCase ? IgnoreCaseOptions : Options));
}
