using System.Buffers;
using System.Text.RegularExpressions;
using NakaClaims.SeedLoader.Gazetteers;

namespace NakaClaims.SeedLoader.Pipeline;

// Stage 4b: a second speaker in the sentence of a statement the attribution finder found: another statement
// after ", while" and a denial after ", which". Each ends the first statement's content where it begins.
internal static partial class SecondSpeakers
{
    // "…, which Turkey has repeatedly denied", "…, a claim rejected by Baku", "…, which was denied by Yerevan":
    // a second speaker's denial of what the sentence said before it.
    // "which Baku immediately rejected", "a claim Yerevan has since categorically denied": up to two adverbs.
    private const string DenialAdverb = @"(?:repeatedly|strongly|firmly|flatly|also|since|immediately|quickly|promptly|swiftly|categorically|vehemently|officially|publicly|later|again)";
    private const string DenialCue = @"(?:(?:has|have|had)\s+)?(?:" + DenialAdverb + @"\s+){0,2}(?<cue>denied|rejected|dismissed|refuted)";
    private const string Denier = @"(?<denier>[^,""“”]{2,80}?)";
    [GeneratedRegex(@",\s+(?<denial>(?:which|a\s+claim(?:\s+that)?|an\s+accusation(?:\s+that)?|a\s+report(?:\s+that)?)\s+(?:" + Denier + @"\s+" + DenialCue +
        @"|(?:(?:was|has\s+been|had\s+been)\s+)?(?:" + DenialAdverb + @"\s+){0,2}(?<cue>denied|rejected|dismissed|refuted)\s+by\s+" + Denier + @"))\s*[.!]?\s*$", Rx.Options)]
    private static partial Regex TrailingDenial { get; }

    // A clause joined to the next one: ", and", ", but", ", while".
    [GeneratedRegex(@",\s+(?:and|but|while)\s+", Rx.Options | RegexOptions.RightToLeft)]
    private static partial Regex Joiner { get; }

    [GeneratedRegex(@",\s+(?:and|but)\s+(?!that\b)", Rx.Options)]
    private static partial Regex AndOrBut { get; }

    private static readonly SearchValues<string> DenialVerbs = SearchValues.Create(["denied", "rejected", "dismissed", "refuted"], StringComparison.Ordinal);

    // "The Armenian side said that …, while the Azerbaijani side said that …": two speakers in one sentence. The
    // first statement's content ends before "while"; the second is found from there, as a sentence of its own.
    // After ", and" or ", but" ("Azerbaijan said that …, and Armenia said that …") the speaker must open the
    // clause, since those words join so much else ("…, and the crew survived").
    public static Statement WithSecondSpeaker(string sentence, Statement statement, Gazetteer gazetteer)
    {
        if (statement.CounterLength > 0 || statement.DenierPhrase is not null)
        {
            return statement;
        }

        var content = sentence.AsSpan(statement.ContentStart, statement.ContentLength);
        var (at, joiner) = content.IndexOf(", while ", StringComparison.Ordinal) is var w and >= 0
            ? (w, ", while ".Length)
            : (content.IndexOf(", whereas ", StringComparison.Ordinal), ", whereas ".Length);
        if (at > 0)
        {
            var secondStart = statement.ContentStart + at + joiner;
            var second = AttributionFinder.Find(sentence, secondStart, gazetteer);
            return second is { Kind: ClaimantKind.Named, Cue: not null } && second.ContentStart > secondStart
                ? statement with { ContentLength = at, Next = second }
                : statement;
        }

        return WithSpeakerAfterAnd(sentence, statement, gazetteer);
    }

    private static Statement WithSpeakerAfterAnd(string sentence, Statement statement, Gazetteer gazetteer)
    {
        var end = statement.ContentStart + statement.ContentLength;
        foreach (var joiner in AndOrBut.EnumerateMatches(sentence.AsSpan(statement.ContentStart, statement.ContentLength)))
        {
            // A list ("the United States, NATO, and the European Union called for …") has no verb before its "and".
            var before = sentence.AsSpan(statement.ContentStart, joiner.Index);
            var secondStart = statement.ContentStart + joiner.Index + joiner.Length;
            if (!AttributionFinder.MayHaveClaimantVerb(sentence.AsSpan(secondStart, end - secondStart))
                || !ClauseSplitter.HasVerb(before[(before.LastIndexOf(", ") + 1)..]))
            {
                continue;
            }

            var second = AttributionFinder.Find(sentence, secondStart, gazetteer);
            // "…, but the two sides accused each other of violating it": a mutual accusation is a second speaker too.
            if (second is { Kind: ClaimantKind.Named or ClaimantKind.MutualAccusation or ClaimantKind.BothSides, Cue: not null, ClaimantPhrase: { } phrase } && second.ContentStart > secondStart
                && OpensWithAName(phrase) && sentence.AsSpan(secondStart).TrimStart().StartsWith(phrase.Trim(), StringComparison.Ordinal))
            {
                return statement with { ContentLength = joiner.Index, Next = second };
            }
        }

        return statement;
    }

    // "Armenia", "the Azerbaijani side": not "within hours the two sides", a circumstance before the speaker.
    private static bool OpensWithAName(string phrase) =>
        phrase.Length > 0 && (char.IsUpper(phrase[0]) || phrase.StartsWith("the ", StringComparison.Ordinal));

    // "The fighting continued on the 5th, and the two sides again accused each other of …": the claimant patterns
    // took everything before the verb for its subject. When that phrase holds a clause with a verb, then ", and"
    // (or ", but", ", while"), and a speaker follows who says something, the clause is the publisher's narration
    // and the speaker's statement comes after it. A list ("Russia, France, and the United States said") has no
    // verb before its "and", and stays one speaker.
    public static Statement AfterNarration(string sentence, int start, Statement statement, Gazetteer gazetteer)
    {
        if (statement.Kind != ClaimantKind.Named || statement.ClaimantPhrase is not { } phrase || !phrase.Contains(", ", StringComparison.Ordinal))
        {
            return statement;
        }

        var phraseStart = sentence.IndexOf(phrase, start, StringComparison.Ordinal);
        if (phraseStart < 0 || Joiner.Match(sentence, phraseStart, phrase.Length) is not { Success: true } joiner
            || !ClauseSplitter.HasVerb(sentence.AsSpan(phraseStart, joiner.Index - phraseStart)))
        {
            return statement;
        }

        var secondStart = joiner.Index + joiner.Length;
        var second = AttributionFinder.Find(sentence, secondStart, gazetteer);
        return second.Kind is ClaimantKind.Named or ClaimantKind.MutualAccusation or ClaimantKind.BothSides && second.Cue is not null && second.ContentStart > secondStart
            ? new Statement(start, joiner.Index - start, ClaimantKind.Publisher, null, statement.ReporterPhrases, null, AttributionMode.Narration, Polarity.Affirms, false, null) { Next = second }
            : statement;
    }

    // "…, which Turkey has repeatedly denied.", "…, a claim rejected by Baku.": a second speaker denies what the
    // first one said. The content ends before it, and the statement carries the denier.
    public static Statement WithTrailingDenial(string sentence, Statement statement, Gazetteer gazetteer)
    {
        if (statement.Polarity != Polarity.Affirms || statement.CounterLength > 0 || statement.ContentLength < 2
            || !sentence.AsSpan(statement.ContentStart, statement.ContentLength).ContainsAny(DenialVerbs)
            || TrailingDenial.Match(sentence, statement.ContentStart, statement.ContentLength) is not { Success: true } denial
            || !AttributionFinder.Plausible(denial.Groups["denier"].Value, gazetteer))
        {
            return statement;
        }

        var phrase = denial.Groups["denial"];
        return statement with
        {
            ContentLength = denial.Index - statement.ContentStart,
            DenierPhrase = denial.Groups["denier"].Value.Trim(),
            DenialCue = AttributionFinder.Words(denial.Groups["cue"].ValueSpan),
            DenialStart = phrase.Index,
            DenialLength = phrase.Length,
        };
    }
}
