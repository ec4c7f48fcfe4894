using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Pipeline;

// What a ClaimantPattern found: the claimant, and the tail's match, whose groups and indexes are those of the
// whole text.
internal readonly struct ClaimantMatch(string claimant, Match tail)
{
    public static ClaimantMatch None { get; } = new(string.Empty, System.Text.RegularExpressions.Match.Empty);

    public bool Success => tail.Success;

    public string Claimant => claimant;

    // Where the whole match ends in the text.
    public int End => tail.Index + tail.Length;

    public Group Group(string name) => tail.Groups[name];
}
