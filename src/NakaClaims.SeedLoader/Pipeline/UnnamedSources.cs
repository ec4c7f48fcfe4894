using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Pipeline;

// Sources a report does not name: "according to media reports", "Iranian media reported that …", "informed
// sources said that …", "local residents said …". What they say is the publisher's hedged narration, not a
// claim of Iran or of anyone; the cue keeps whose reports they were ("according to Iranian media reports").
internal static partial class UnnamedSources
{
    // "informed sources", "local residents", "an Azerbaijani military source": one or many, possibly of a
    // country, which stays capitalized in the cue; and "a local official", whom the report does not name.
    private const string Kind = "Informed|Unnamed|Anonymous|Diplomatic|Military|Reliable|Local|Security|Government|Senior";

    [GeneratedRegex(@"^(?:(?:[Tt]he|[Aa]n?)\s+)?(?<origin>(?!(?:" + Kind + @")\b)[A-Z][\w-]*\s+)?(?:(?i:" + Kind + @")\s+){0,2}(?i:sources?|residents?|witness(?:es)?|eyewitness(?:es)?)$|^[Aa]n?\s+(?:(?i:" + Kind + @")\s+){0,2}(?i:official)$", Rx.Options)]
    private static partial Regex Sources { get; }

    // "Iranian media", "local media", "the media"; the origin is a proper name, so "Local" is none.
    [GeneratedRegex(@"^(?:[Tt]he\s+)?(?<origin>(?!(?:Local|State|Official)\b)[A-Z][\w-]*\s+)?(?:(?:[Ll]ocal|[Ss]tate|[Oo]fficial)\s+)?media$", Rx.Options)]
    private static partial Regex Media { get; }

    // "official figures", "incomplete statistics", "the latest data": numbers that no one is named for.
    [GeneratedRegex(@"^(?:the\s+)?(?:(?:official|unofficial|incomplete|preliminary|latest|available|initial)\s+)+(?:figures|data|statistics|estimates|counts?|tallies|tally)$", Rx.IgnoreCaseOptions)]
    private static partial Regex Figures { get; }

    // Media of a country pass statements on as an outlet does: "Armenian media quoted the ministry as saying …".
    public static bool IsMedia(string phrase) => Media.IsMatch(phrase);

    // A phrase in a speaker's place that is unnamed sources: the attribution finder treats it as plausible,
    // and SpeakerCue then turns it into hedged narration.
    public static bool IsSpeaker(string phrase) => Media.IsMatch(phrase) || (MayEndAsSources(phrase) && Sources.IsMatch(phrase));

    // The cue of what an "according to" source says when it is reports: "according to reports", or
    // "according to Azerbaijani media reports"; null when the source is not reports.
    // Figures whose source is not named ("according to official figures") are reports too.
    public static string? ReportsCue(string source) =>
        IsReports(source) ? "according to reports"
        : source.EndsWith(" reports", StringComparison.Ordinal) ? "according to " + NameText.Clean(source)
        : Figures.IsMatch(source) ? "according to " + NameText.Clean(source).ToLowerInvariant()
        : null;

    // The cue of a source named after "according to", before or after the content: reports ("according to
    // media reports") or unnamed sources ("according to local media"); null for a named source.
    public static string? SourceCue(string source) => ReportsCue(source) ?? SpeakerCue(source);

    // The cue of what unnamed sources in a speaker's place say: "Iranian media reported" is "according to
    // Iranian media reports", "informed sources said" is "according to informed sources"; null for a speaker.
    public static string? SpeakerCue(string claimant)
    {
        var phrase = NameText.Clean(claimant.Trim().TrimEnd(',').Trim());
        phrase = phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? phrase[4..] : phrase;
        if (MayEndAsSources(phrase) && Sources.Match(phrase) is { Success: true } sources)
        {
            var origin = sources.Groups["origin"];
            return "according to " + (origin.Success
                ? phrase[..origin.Index].ToLowerInvariant() + origin.Value + phrase[(origin.Index + origin.Length)..].ToLowerInvariant()
                : phrase.ToLowerInvariant());
        }

        var media = Media.Match(phrase);
        return !media.Success ? null : ReportsCue((media.Groups["origin"].Success ? phrase : phrase.ToLowerInvariant()) + " reports");
    }

    // Sources ends with "source(s)", "resident(s)", "witness(es)" or "official" before $ (which also allows a
    // final newline): most phrases the finder tries end otherwise, and are turned away by their last letter
    // before the pattern runs. A letter outside ASCII is left to the pattern, whose case rules are its own.
    private static bool MayEndAsSources(string phrase)
    {
        var end = phrase.AsSpan().TrimEnd('\n');
        return !end.IsEmpty && (!char.IsAscii(end[^1]) || (char)(end[^1] | 0x20) is 'e' or 's' or 't' or 'l');
    }

    private static bool IsReports(string source) =>
        source is "reports" or "the report" or "media reports" or "local media reports" or "the reports" or "a report";
}
