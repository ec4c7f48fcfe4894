using System.Buffers;
using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Pipeline;

// A claimant followed by a cue: "the Armenian Ministry of Defense" + " also said that …". Its specification
// is the regex "^claimant" + tail, where the claimant is 2 to 160 characters without quotation marks,
// colons or semicolons, as few as possible. Run as one regex, the lazy claimant makes the engine try the
// tail after each of up to 160 characters, and that was most of attribution's time; here the tail is tried
// only where it can start: at the first space before a word it can begin with (an adverb or a cue). Where
// the tail is tried, it is tried in the same order, so the match is the regex's match.
internal sealed class ClaimantPattern
{
    public const string ClaimantSpecification = @"^(?<claimant>[^""“”:;]{2,160}?)";
    private const int MinLength = 2;
    private const int MaxLength = 160;
    private static readonly SearchValues<char> NotInClaimant = SearchValues.Create("\"“”:;");

    private readonly Regex _tail;

    // The words the tail can begin with, by their first character (all are lowercase ASCII).
    private readonly string[][] _startWords = new string[128][];

    // The tail is matched where the claimant ends, so it starts with \G; after that it must open with whitespace
    // and then one of the given words, each of which may be a prefix of the word in the text ("once" for
    // "once again").
    public ClaimantPattern(Regex tail, IEnumerable<string> adverbs, IEnumerable<string> cues)
    {
        var pattern = tail.ToString();
        Tail = pattern.StartsWith(@"\G", StringComparison.Ordinal) ? pattern[2..] : throw new ArgumentException($"A claimant pattern's tail must start with \\G: {pattern}", nameof(tail));
        Cues = [.. cues];
        _tail = tail;
        foreach (var group in adverbs.Concat(Cues).GroupBy(word => word[0]))
        {
            _startWords[group.Key] = [.. group];
        }
    }

    public string Tail { get; }

    // The first word of every cue the tail accepts.
    public IReadOnlyList<string> Cues { get; }

    public ClaimantMatch Match(string text) => Match(text, 0);

    // The match in the text from start on, read as if that were the whole text (the claimant begins at start),
    // with the indexes of the whole text: finding a statement after a sentence's prefix copies nothing.
    public ClaimantMatch Match(string text, int start)
    {
        var rest = text.AsSpan(start);
        var disallowed = rest.IndexOfAny(NotInClaimant);
        var last = start + Math.Min(MaxLength, disallowed < 0 ? rest.Length : disallowed);
        for (var end = start + MinLength; end <= last && end < text.Length; end++)
        {
            // Inside a run of spaces the tail does what it did at the run's first space.
            if (!char.IsWhiteSpace(text[end]) || (end > start + MinLength && char.IsWhiteSpace(text[end - 1])) || !StartsWord(text, end))
            {
                continue;
            }

            var tail = _tail.Match(text, end);
            if (tail.Success)
            {
                return new ClaimantMatch(text[start..end], tail);
            }
        }

        return ClaimantMatch.None;
    }

    private bool StartsWord(string text, int space)
    {
        var word = text.AsSpan(space).TrimStart();
        if (word.IsEmpty || word[0] >= _startWords.Length || _startWords[word[0]] is not { } starts)
        {
            return false;
        }

        foreach (var start in starts)
        {
            if (word.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
