using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Pipeline;

// Every pattern of the loader is built here: compiled once, culture-invariant, and with a match timeout.
// The patterns avoid nested quantifiers and run on sentences of bounded length (SentenceSplitter.MaxLength),
// so the timeout only guards against mistakes; a timeout becomes a diagnostic, never a crash.
internal static class Rx
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    public static Regex Create(string pattern, bool ignoreCase = false) =>
        new(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | (ignoreCase ? RegexOptions.IgnoreCase : 0), Timeout);
}
