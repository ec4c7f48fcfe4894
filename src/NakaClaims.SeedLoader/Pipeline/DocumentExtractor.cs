using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using NakaClaims.SeedLoader.Gazetteers;
using NakaClaims.Time;
using NodaTime;

namespace NakaClaims.SeedLoader.Pipeline;

// Stages 4 to 9 for one article, sentence by sentence: attribute, resolve the claimant, cut into clauses,
// then give each clause its event, time, place and quantities, and point denials at what they deny.
internal sealed partial class DocumentExtractor
{
    // Bylines, sources, editors and end marks: "Photo by …", "(Editor: …)", "Responsible editor: …", "(End)".
    [GeneratedRegex(@"^(?:Photo\s+by\b|Source:|[(\[（【]?\s*(?:Responsible\s+)?Editor(?:\s+in\s+charge)?\s*[:：]|[(\[（【]\s*(?:End|Finish|Over|完)\s*[)\]）】])", Rx.IgnoreCaseOptions)]
    private static partial Regex Noise { get; }

    // A question asserts nothing: "A reporter asked: …", "What is China's comment?".
    [GeneratedRegex(@"^(?:A|The)\s+(?:reporter|journalist)\s+asked\b|\?[”""’]*$", Rx.Options)]
    private static partial Regex Question { get; }

    [GeneratedRegex(@"^(?:(?:announcing|declaring|saying|stating|noting|adding)(?:\s+that)?[,:]?|that)\s+", Rx.Options)]
    private static partial Regex LeadIn { get; }

    [GeneratedRegex(@"\b(?:the\s+other\s+(?:side|party)|each\s+other)\b", Rx.Options)]
    private static partial Regex OtherSide { get; }

    [GeneratedRegex(@"^the\s+", Rx.IgnoreCaseOptions)]
    private static partial Regex LeadingThe { get; }

    [GeneratedRegex(@"^(?:Data\s+map|The\s+picture\s+shows|Picture|Photo|Figure)\b", Rx.IgnoreCaseOptions)]
    private static partial Regex Caption { get; }

    [GeneratedRegex(@"\b(?:signed|issued|released)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:decree|statement|declaration|order|notice|press\s+release|communiqu[eé]|bulletin)\b", Rx.Options)]
    private static partial Regex Declaration { get; }

    // "the Armenian army had not attacked Barda", "no shots had been fired", "without a single shot being fired":
    // a negated event is denied, not reported. "No" negates only an act named by a noun; "no Azerbaijani drones
    // had been lost" counts none.
    [GeneratedRegex(@"\b(?:not|never|n't)\s+(?:[\w-]+\s+){0,2}$|\bwithout\s+(?:[\w-]+\s+){0,4}$|\b[Nn]o\s+(?:(?:such|single)\s+)?(?:shots?|attacks?|strikes?|shelling|firing|offensive)\s+(?:[\w-]+\s+){0,3}$", Rx.Options)]
    private static partial Regex Negation { get; }

    [GeneratedRegex(@"\b(?:(?:will|would|shall|can|could|must|should)\s+(?:not|never)|won[’']t|wouldn[’']t|cannot|can[’']t|couldn[’']t)\s+(?:[\w-]+\s+){0,2}$", Rx.Options)]
    private static partial Regex Refusal { get; }

    // "since September 27", "since the outbreak of the conflict on September 27": the day opens a period.
    [GeneratedRegex(@"\bsince\s+(?:[\w-]+\s+){0,6}?(?:on\s+)?$|\bsince\s*$", Rx.IgnoreCaseOptions)]
    private static partial Regex Since { get; }

    // "41 civilians have been killed since September 27", "since the outbreak of the conflict", "so far", "as of
    // the 26th", "bringing the total number of deaths to 874", "in the 44-day war": a running total.
    [GeneratedRegex(@"\b(?:so\s+far|to\s+date|in\s+total|as\s+of|(?:in|during|throughout)\s+the\s+(?:\d+-day\s+|whole\s+|entire\s+)(?:war|conflict|fighting|hostilities)|total\s+(?:number|death\s+toll)|bringing\s+the\s+(?:total|overall|death\s+toll))\b|\b[Ss]ince\s+(?:the\s+(?:outbreak|start|beginning|escalation|resumption)\s+of\b|the\s+(?:conflict|fighting|war|hostilities|clashes)\s+(?:broke\s+out|began|started|erupted|escalated|resumed)\b|[A-Z][a-z]{2,8}\.?\s+\d|the\s+\d)", Rx.Options)]
    private static partial Regex RunningTotal { get; }

    // "from the 12th to the 14th", "between October 1 and 3", "from September 27 to October 10": a count over named
    // days, which, like a running total, no single day holds.
    private const string NamedDay = @"(?:the\s+\d{1,2}(?:st|nd|rd|th)|(?:" + MonthNames.Alternation + @")\s+\d{1,2}(?:st|nd|rd|th)?)";
    [GeneratedRegex(@"\b(?:from\s+" + NamedDay + @"\s+(?:to|until|till|through)|between\s+" + NamedDay + @"\s+and)\s+(?:" + NamedDay + @"|\d{1,2}(?:st|nd|rd|th)?)\b", Rx.Options)]
    private static partial Regex NamedPeriod { get; }

    // "was ready to resume the ceasefire", "expected both sides to strictly observe the ceasefire": an event that
    // is hoped for, intended or demanded has not happened on the day it is spoken of, so the speech's day does
    // not date it; only a time of its own does ("the ceasefire will take effect at 0:00 on the 10th").
    [GeneratedRegex(@"\b(?:will|would|shall|must|should|ready|willing|prepared|expect(?:s|ed)?|hope[sd]?|plan(?:s|ned)?|intend(?:s|ed)?|want(?:s|ed)?|wish(?:es|ed)?)(?:\s+[\w’'-]+){0,6}\s+$", Rx.Options)]
    private static partial Regex Prospective { get; }

    // "calling on the parties to the conflict to immediately cease fire", "urged Armenia to withdraw its troops":
    // what someone is called upon to do has not been done, however many words name whom the call is to.
    [GeneratedRegex(@"\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to|ask(?:s|ed|ing)?|demand(?:s|ed|ing)?)\s[^,;]{1,80}?\bto\s+(?:[\w’'-]+\s+){0,3}$", Rx.Options)]
    private static partial Regex CalledUpon { get; }

    // "to work with the co-chairs to restore the ceasefire", "efforts to reach a truce": a ceasefire restored,
    // reached or observed is a purpose, not yet a fact.
    [GeneratedRegex(@"\bto\s+(?:\w+ly\s+)?(?:restore|reach|achieve|observe|respect|maintain|resume|secure|agree\s+on)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$", Rx.Options)]
    private static partial Regex Purpose { get; }

    // "Russian peacekeepers will be deployed": an event whose trigger opens with a verb in the future is still to
    // come. ("Curfews will be imposed from 21:00" keeps its day: the curfew's hours begin that night.)
    [GeneratedRegex(@"^(?:will|would|shall)\s", Rx.Options)]
    private static partial Regex FutureTrigger { get; }

    [GeneratedRegex(@"\b(?:accusations?|allegations?|charges)\b", Rx.IgnoreCaseOptions)]
    private static partial Regex Accusation { get; }

    [GeneratedRegex(@"^(?:\w+ly\s+)?accus(?:ed|ing)\s", Rx.Options)]
    private static partial Regex Accuses { get; }

    [GeneratedRegex(@"^(?:(?:had|has|have)\s+)?los[te]\b", Rx.Options)]
    private static partial Regex LostVerb { get; }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JoiningWords =
        new HashSet<string>(["both", "the", "and", "sides", "side", "parties", "countries"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Boxed once: an attribution keeps an immutable array it is given as it is.
    private static readonly IReadOnlyList<string> NoReporters = ImmutableArray<string>.Empty;

    private readonly Gazetteer _gazetteer;
    private readonly ActorResolver _actors;
    private readonly QuantityExtractor _quantities;
    private readonly EventClassifier _events;
    private readonly ClauseSplitter _clauses;

    public DocumentExtractor(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _actors = new ActorResolver(gazetteer);
        _quantities = new QuantityExtractor(gazetteer);
        _events = new EventClassifier(gazetteer);
        _clauses = new ClauseSplitter(_events);
    }

    public ExtractedDocument Extract(Article article, Header? header, int? inferredYear)
    {
        var warnings = new List<LoadDiagnostic>();
        var dateline = Dateline(header, inferredYear, article, warnings);
        var yearInferred = header?.Year is null && dateline is not null;
        var published = dateline is { } d ? Day(d, yearInferred) : (TimeReference?)null;
        var document = Document.Create(article.Id, article.Text.Length, header?.Publisher, header?.Place, published);
        var state = new State(article, ActorResolver.Publisher(header?.Publisher), new TimeContext(dateline, dateline, yearInferred), header?.Place, published);
        var sentences = state.Sentences;
        SentenceSplitter.Split(article.Text, header?.BodyStart ?? 0, sentences);
        foreach (var sentence in sentences)
        {
            var text = sentence.Text(article.Text);
            // Captions and bylines ("Photo by …") have few letters; so has a line of figures.
            if (Noise.IsMatch(text) || Question.IsMatch(text) || !NameText.HasLetters(text, 12))
            {
                continue;
            }

            try
            {
                ExtractSentence(state, sentence, text);
            }
            catch (ArgumentException e)
            {
                // One sentence the model refuses (a name too long, say) must not cost the rest of the article.
                warnings.Add(new LoadDiagnostic(article.Source, sentence.Line, DiagnosticSeverity.Warning, $"A sentence was skipped because its claim could not be built: {e.Message.Split(" (Parameter")[0]}"));
            }
        }

        return new ExtractedDocument(document, state.Claims, state.Links, warnings);
    }

    private void ExtractSentence(State state, Sentence sentence, string text)
    {
        var times = state.Times;
        times.Clear();
        TimeExpressions.Find(text, state.Time, (Extractor: this, text, state.Place), static s => s.Extractor.LocalZone(s.text, s.Place), times);
        for (var found = AttributionFinder.Find(ScareQuotes.Blank(text), _gazetteer); found is not null; found = found.Next)
        {
            // The sentence moves the story's current day once, after its last statement.
            ExtractStatement(state, sentence, text, found, times, found.Next is null);
        }
    }

    private void ExtractStatement(State state, Sentence sentence, string text, Statement found, List<TimeMention> times, bool last)
    {
        // "Both Armenia and Azerbaijan denied …", "the Armenian and Azerbaijani sides said …": the sides, by name.
        found = found.Kind == ClaimantKind.Named && NamesTheSidesJointly(found.ClaimantPhrase) ? found with { Kind = ClaimantKind.BothSides } : found;

        // "Both sides said the other side violated …" is a mutual accusation, whatever verb carries it. After a
        // call or talks ("Putin held telephone talks with Pashinyan. The two sides expressed concern …") the two
        // sides are the parties to it, not the sides of the conflict: the sentence is the publisher's account.
        var statement = found.Kind != ClaimantKind.BothSides ? found
            : state.LastEventWasAMeeting ? new Statement(SubjectStart(text, found), text.Length - SubjectStart(text, found), ClaimantKind.Publisher, null, found.ReporterPhrases, null, AttributionMode.Narration, Polarity.Affirms, false, null)
            : OtherSide.IsMatch(text.AsSpan(found.ContentStart, found.ContentLength)) ? found with { Kind = ClaimantKind.MutualAccusation }
            : found;
        var chain = Chain(state.Chain, statement.ReporterPhrases, state.Publisher.DisplayName);
        var claimants = Claimants(state, statement, chain);
        var asserted = NotAfter(state.Published, statement.AssertionPhrase is { } phrase ? FirstTime(phrase, state.Time) : null);
        var made = state.Made;
        made.Clear();
        EmitClaims(state, sentence, text, statement, claimants, chain, times, asserted, made);
        if (statement.CounterLength > 0)
        {
            var counter = statement with { ContentStart = statement.CounterStart, ContentLength = statement.CounterLength, Polarity = Polarity.Affirms, DeniesPrevious = false, CounterLength = 0 };
            EmitClaims(state, sentence, text, counter, claimants, chain, times, asserted, made);
        }

        if (statement.DenierPhrase is { } denier && made.Count > 0)
        {
            EmitTrailingDenial(state, sentence, text, statement, denier, chain, times, asserted, made);
        }

        Remember(state, statement, claimants, text, made, !last || Caption.IsMatch(text) ? [] : times);
    }

    private void EmitClaims(State state, Sentence sentence, string text, Statement statement, List<Speaker> claimants, List<string> chain, List<TimeMention> times, TimeReference? asserted, List<Claim> made)
    {
        var content = Content(text, statement);
        var pieces = state.Pieces;
        _clauses.Split(text.AsSpan(content.Start, content.Length), pieces);
        foreach (var (pieceStart, clauseLength, continues, elliptic, result) in pieces)
        {
            var piece = text.AsSpan(content.Start + pieceStart, clauseLength);
            var lead = LeadInLength(piece);
            var length = TrimmedLength(piece[lead..]);
            if (length == 0)
            {
                continue;
            }

            var at = content.Start + pieceStart + lead;
            var clause = text.Substring(at, length);

            // The clause's event, and whether it is negated, are the same for every claimant of the clause. "Would not
            // stop military operations" refuses what is to come: it denies nothing that happened, and names no act.
            var found = _events.Classify(clause);
            found = found is { } f && Refusal.IsMatch(clause.AsSpan(0, f.Position)) ? null : found;
            var negated = found is { } e && Negation.IsMatch(clause.AsSpan(0, e.Position));
            var callsFalse = CallsAClaimFalse(statement, clause);
            foreach (var (claimant, claimantsAgent, via) in claimants)
            {
                // A clause that continues the one before it has that clause's subject, so its agent too, unless it
                // names whom it accuses ("and accused Azerbaijan of shelling Stepanakert").
                var agentOverride = claimantsAgent ?? (continues && !Accuses.IsMatch(clause) ? LastBy(made, claimant)?.Event?.Agent : null);
                var mode = claimant == state.Publisher && statement.Kind == ClaimantKind.Publisher ? statement.Mode : statement.Mode is AttributionMode.Narration or AttributionMode.HedgedNarration ? AttributionMode.IndirectSpeech : statement.Mode;
                var claim = BuildClaim(state, sentence, text, at, clause, found, claimant, via, statement.Cue, mode, times, asserted, agentOverride, statement.Polarity == Polarity.Denies || callsFalse);
                var denies = statement.Polarity == Polarity.Denies || callsFalse || negated;
                claim = denies ? claim.AsDenialOf(DenialTarget(state, claim, statement.DeniesPrevious || callsFalse, statement.DeniesAClaim)) : claim;
                if (elliptic)
                {
                    claim = SharePlace(state, made, claimant, claim);
                }
                else if (result)
                {
                    claim = OfTheAct(state, made, claimant, claim);
                }
                else if (continues)
                {
                    claim = OverTheSamePeriod(made, claimant, claim, MostPreciseTime(times, at, at + length) is not null);
                }

                made.Add(claim);
                state.Claims.Add(claim);
            }
        }
    }

    // "5 civilians were killed and 20 injured in a strike on Ganja": the place after the second count is the first's
    // too, and so is a period ("61 were killed and 291 injured since the start of the conflict"); a count after a
    // running total ("41 were killed since September 27 and 206 injured") is one as well.
    private static Claim SharePlace(State state, List<Claim> made, Actor claimant, Claim elliptic)
    {
        if (LastBy(made, claimant) is not { Event: { } e } before || elliptic.Event is not { } own)
        {
            return elliptic;
        }

        if (e.On is null && own.On is not null && OverAPeriod(before.Text))
        {
            return elliptic.WithEvent(ClaimEvent.Create(own.Type, null, own.Place, own.Agent));
        }

        var period = e.On is not null && own.On is null && OverAPeriod(elliptic.Text);
        var place = e.Place is null ? own.Place : null;
        if (period || place is not null)
        {
            var shared = before.WithEvent(ClaimEvent.Create(e.Type, period ? null : e.On, e.Place ?? place, e.Agent));
            made[made.LastIndexOf(before)] = shared;
            state.Claims[state.Claims.LastIndexOf(before)] = shared;
        }

        return elliptic;
    }

    // "Since September 27, the shelling has killed 43 civilians and injured 205 others": the second verb of a running
    // total counts over the same period, unless it names a day of its own.
    private static Claim OverTheSamePeriod(List<Claim> made, Actor claimant, Claim continuing, bool namesItsOwnTime)
    {
        if (namesItsOwnTime || continuing.Event is not { On: not null } own || LastBy(made, claimant) is not { Event.On: null } before || !OverAPeriod(before.Text))
        {
            return continuing;
        }

        return continuing.WithEvent(ClaimEvent.Create(own.Type, null, own.Place, own.Agent));
    }

    private static bool OverAPeriod(string clause) => RunningTotal.IsMatch(clause) || NamedPeriod.IsMatch(clause);

    // "fired missiles at Ganja on the night of the 11th, killing 9 civilians": the killing was when and where the
    // act was; a denial of "the allegation" denies the act, not the last thing it did.
    private static Claim OfTheAct(State state, List<Claim> made, Actor claimant, Claim result)
    {
        if (result.Event is not { } e || LastBy(made, claimant) is not { Event: { } act } before)
        {
            return result;
        }

        state.ActOfResult[result.Id] = state.ActOfResult.TryGetValue(before.Id, out var first) ? first : before.Id;
        return result.WithEvent(ClaimEvent.Create(e.Type, act.On ?? e.On, e.Place ?? act.Place, e.Agent));
    }

    // Where a statement's subject ("the two sides") stands: the sentence's start, unless a clause of narration
    // came before it in the same sentence.
    private static int SubjectStart(string text, Statement found) =>
        found.ClaimantPhrase is { Length: > 0 } subject && found.ContentStart > 0 ? Math.Max(0, text.LastIndexOf(subject, found.ContentStart - 1, StringComparison.Ordinal)) : 0;

    private static Claim? LastBy(List<Claim> made, Actor claimant)
    {
        for (var i = made.Count - 1; i >= 0; i--)
        {
            if (made[i].Claimant == claimant)
            {
                return made[i];
            }
        }

        return null;
    }

    // "…, which Turkey has repeatedly denied": the denier's claim is those words, and it denies the last claim
    // of the content before them. "…, which the ministry denied" refers back to the last named speaker.
    private void EmitTrailingDenial(State state, Sentence sentence, string text, Statement statement, string denier, List<string> chain, List<TimeMention> times, TimeReference? asserted, List<Claim> made)
    {
        var claimant = AttributionFinder.RefersBack(denier) ? state.LastSpeaker ?? state.Publisher : _actors.Resolve(denier, statement.ReporterPhrases);
        var via = Via(state, chain, claimant);
        var words = text.Substring(statement.DenialStart, statement.DenialLength);
        var denial = BuildClaim(state, sentence, text, statement.DenialStart, words, null, claimant, via, statement.DenialCue, AttributionMode.IndirectSpeech, times, asserted, null, denial: true)
            .AsDenialOf(made[^1].Id);
        made.Add(denial);
        state.Claims.Add(denial);
    }

    // A claim is not asserted after the report that carries it was published: "on the 3rd" read late in a
    // month is the 3rd of the next one, which no report dated earlier can quote; such a date is dropped.
    private static TimeReference? NotAfter(TimeReference? published, TimeReference? asserted) =>
        asserted is { } a && published is { } p && a.LocalStart >= p.LocalEnd ? null : asserted;

    // "said on October 3 that …": when the speaker said it.
    private static TimeReference? FirstTime(string phrase, TimeContext context) => TimeExpressions.First(phrase, context);

    // Who passed the statement on, nearest the claimant first, ending with the publisher; each once.
    private List<string> Chain(List<string> chain, IReadOnlyList<string> reporterPhrases, string publisher)
    {
        chain.Clear();
        foreach (var phrase in reporterPhrases)
        {
            AddOnce(chain, Reporter(phrase));
        }

        AddOnce(chain, publisher);
        return chain;
    }

    private static void AddOnce(List<string> chain, string reporter)
    {
        if (!chain.Contains(reporter))
        {
            chain.Add(reporter);
        }
    }

    // The chain as one claimant's claims carry it: without the claimant, and none for the publisher's own. It
    // is made once for a run of statements that pass through the same reporters, as the immutable array every
    // attribution of them then shares: most of an article's statements reach it only through its publisher.
    private static IReadOnlyList<string> Via(State state, List<string> chain, Actor claimant)
    {
        if (claimant == state.Publisher)
        {
            return NoReporters;
        }

        if (state.LastVia is { } last && IsChainWithout(last, chain, claimant.DisplayName))
        {
            return last;
        }

        state.LastVia = NewVia(chain, claimant);
        return state.LastVia;
    }

    private static bool IsChainWithout(IReadOnlyList<string> via, List<string> chain, string claimant)
    {
        var n = 0;
        foreach (var reporter in chain)
        {
            if (reporter == claimant)
            {
                continue;
            }

            if (n == via.Count || via[n] != reporter)
            {
                return false;
            }

            n++;
        }

        return n == via.Count;
    }

    private static ImmutableArray<string> NewVia(List<string> chain, Actor claimant)
    {
        var via = ImmutableArray.CreateBuilder<string>(chain.Count);
        foreach (var reporter in chain)
        {
            if (reporter != claimant.DisplayName)
            {
                via.Add(reporter);
            }
        }

        return via.Count == chain.Count ? via.MoveToImmutable() : via.ToImmutable();
    }

    // "the Azerbaijani side's claim was completely untrue": a speaker who calls a claim false denies it. Only
    // that clause does: in "said the claim was false and that fighting went on" the second is a counterclaim.
    private static bool CallsAClaimFalse(Statement statement, string clause) =>
        statement.Polarity == Polarity.Affirms && statement.Kind != ClaimantKind.Publisher && Verdicts.CallsAClaimFalse(clause);

    // Ends are trimmed of the sentence's full stop; a closing quotation mark stays when its opening one does.
    private static int TrimmedLength(ReadOnlySpan<char> clause)
    {
        var trimmed = clause.TrimEnd(". ");
        while (trimmed.Length > 0 && trimmed[^1] is '"' or '”' && !ClosesAQuote(trimmed))
        {
            trimmed = trimmed[..^1].TrimEnd(". ");
        }

        return trimmed.Length;
    }

    private static bool ClosesAQuote(ReadOnlySpan<char> text) =>
        text[^1] == '”' ? text.Count('“') >= text.Count('”') : text.Count('"') % 2 == 0;

    // "saying that …", "that …": the words that only lead into what was said.
    private static int LeadInLength(ReadOnlySpan<char> text)
    {
        foreach (var lead in LeadIn.EnumerateMatches(text))
        {
            return lead.Length;
        }

        return 0;
    }

    private Claim BuildClaim(State state, Sentence sentence, string sentenceText, int at, string clause, (EventType Type, int Position)? clauseEvent, Actor claimant, IReadOnlyList<string> via, string? cue, AttributionMode mode, List<TimeMention> times, TimeReference? asserted, Side? agentOverride, bool denial)
    {
        var span = TextSpan.Create(sentence.Start + at, clause.Length);
        var ordinal = 0;
        foreach (var earlier in state.Claims)
        {
            ordinal += earlier.Span.Start == span.Start ? 1 : 0;
        }

        var id = ClaimId.ForSpan(state.Article.Id, span, ordinal);
        var attribution = state.AttributionOf(claimant, via, cue, mode);

        // Claim.Create keeps an immutable array as it is given; passing none for no quantities boxes none.
        var counted = LosersOwn(clause, clauseEvent, _quantities.Extract(clause, allowArticleAsOne: clauseEvent is not null, claimant.Side, clauseEvent?.Position ?? -1), claimant.Side);
        IEnumerable<Quantity>? quantities = !counted.IsEmpty ? counted
            : clauseEvent is not null && LastBy(state.Made, claimant) is { Quantities: [.., var before] } && QuantityExtractor.Elided(clause, before) is { } elided ? [elided]
            : null;
        if (clauseEvent is not { } found)
        {
            return Claim.Create(id, state.Article.Id, clause, span, attribution, asserted, null, quantities);
        }

        // A running total, or a count over named days, happened over a period, which a TimeReference cannot hold; dated by either end it would
        // contradict the counts of that one day, so it has no time, and is compared only within its article.
        var on = OverAPeriod(clause) ? null
            : MostPreciseTime(times, at, at + clause.Length)
            ?? (_gazetteer.IsAgentEvent(found.Type) ? asserted : null)
            ?? (IsProspective(clause, found) ? null : DayAround(state, sentenceText, times));
        var place = _gazetteer.FirstEventPlace(clause)?.Name;
        var agent = agentOverride ?? _events.Agent(found.Type, clause, found.Position, claimant, denial);
        return Claim.Create(id, state.Article.Id, clause, span, attribution, asserted, ClaimEvent.Create(found.Type, on, place, agent), quantities);
    }

    private bool IsProspective(string clause, (EventType Type, int Position) found) =>
        !_gazetteer.IsSpeechAct(found.Type) && (Prospective.IsMatch(clause.AsSpan(0, found.Position))
            || CalledUpon.IsMatch(clause.AsSpan(0, found.Position)) || Purpose.IsMatch(clause.AsSpan(0, found.Position))
            || FutureTrigger.IsMatch(clause.AsSpan(found.Position)));

    // The day an event that names none of its own takes from its sentence or, failing that, from the article's
    // running time; an event of history takes none, and one told as the present ("Currently, Russia has completed
    // the deployment …") the day of publication, however far back the story's running time has gone.
    private TimeReference? DayAround(State state, string sentenceText, List<TimeMention> times) =>
        FirstDay(sentenceText, times) ?? (_gazetteer.IsHistorical(sentenceText) ? null : Present.IsMatch(sentenceText) ? state.Published ?? state.CurrentTime : state.CurrentTime);

    [GeneratedRegex(@"^\s*(?:Currently|At\s+present|At\s+the\s+moment|Now|As\s+of\s+now),", Rx.Options)]
    private static partial Regex Present { get; }

    // "the Armenian army lost 2 Su-25 attack aircraft": what a side lost was its own.
    // "it lost only 3 tanks", "our army has lost 12 soldiers", said by a side: the speaker's own.
    [GeneratedRegex(@"^\s*(?:it|we|(?:our|its)\s+(?:side|army|forces|troops))\s+(?:[a-z]+ly\s+)?$", Rx.Options)]
    private static partial Regex SpeakerAsLoser { get; }

    private ImmutableArray<Quantity> LosersOwn(string clause, (EventType Type, int Position)? clauseEvent, ImmutableArray<Quantity> counted, Side? speakerSide)
    {
        if (counted.IsEmpty || clauseEvent is not { } e || e.Type.Key != "losses" || !LostVerb.IsMatch(clause.AsSpan(e.Position))
            || (_gazetteer.FirstSide(clause.AsSpan(0, e.Position)) is { } named ? Side.Create(named) : SpeakerAsLoser.IsMatch(clause.AsSpan(0, e.Position)) ? speakerSide : null) is not { } side)
        {
            return counted;
        }

        // A loop, not a lambda over the side: C# would allocate that closure on every call, owned or not.
        var owned = new Quantity[counted.Length];
        for (var i = 0; i < owned.Length; i++)
        {
            owned[i] = counted[i].Owner is null ? counted[i].WithOwner(side) : counted[i];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(owned);
    }

    // The most precise time mentioned from start to end; the first of equally precise ones.
    private static TimeReference? MostPreciseTime(List<TimeMention> times, int start, int end)
    {
        TimeReference? best = null;
        foreach (var t in times)
        {
            if (t.Start >= start && t.Start < end && (best is null || t.Time.Precision > best.Value.Precision))
            {
                best = t.Time;
            }
        }

        return best;
    }

    // The sentence's first day, for a clause that names none; "since September 27" in another clause opens a
    // period of that clause, it does not date this one.
    private static TimeReference? FirstDay(string sentence, List<TimeMention> times)
    {
        foreach (var t in times)
        {
            if (t.Time.Precision >= TimePrecision.Day && !OpensAPeriod(sentence, t))
            {
                return t.Time;
            }
        }

        return null;
    }


    // The statement's claimants, each with the chain as its claims carry it, in the article's list (a statement
    // is read to its end before the next one is).
    private List<Speaker> Claimants(State state, Statement statement, List<string> chain)
    {
        var speakers = state.Speakers;
        speakers.Clear();
        var sides = _gazetteer.ConflictSides;
        switch (statement.Kind)
        {
            // A phrase without letters (noise the patterns took for a name) names no one.
            case ClaimantKind.Named when NameText.HasLetters(statement.ClaimantPhrase!, 2):
                Add(Known(state, _actors.Resolve(statement.ClaimantPhrase!, statement.ReporterPhrases)), null);
                break;
            case ClaimantKind.LastSpeaker:
                Add(ReferredTo(state, statement.ClaimantPhrase) ?? state.LastSpeaker ?? state.Publisher, null);
                break;
            case ClaimantKind.DocumentAuthor:
                Add(state.DocumentAuthor ?? state.Publisher, null);
                break;
            case ClaimantKind.BothSides:
                foreach (var side in sides)
                {
                    Add(Actor.OfOrganization(side.Name, side), null);
                }

                break;
            case ClaimantKind.MutualAccusation when sides.Count == 2:
                Add(Actor.OfOrganization(sides[0].Name, sides[0]), sides[1]);
                Add(Actor.OfOrganization(sides[1].Name, sides[1]), sides[0]);
                break;

            // "According to Interfax, …" with no speaker: the outlet itself is the source.
            case var _ when statement.ReporterPhrases.Count > 0:
                Add(Actor.OfOrganization(Reporter(statement.ReporterPhrases[0])), null);
                break;
            default:
                Add(state.Publisher, null);
                break;
        }

        return speakers;

        void Add(Actor claimant, Side? agent) => speakers.Add(new Speaker(claimant, agent, Via(state, chain, claimant)));
    }

    // "The ministry said …" after a ministry and then an official spoke: the latest speaker that is a ministry, not
    // the official. A pronoun ("He said") is the last speaker, whoever that was.
    private static Actor? ReferredTo(State state, string? phrase)
    {
        var noun = phrase is null ? ReadOnlySpan<char>.Empty : phrase.AsSpan(phrase.LastIndexOf(' ') + 1);
        noun = noun.StartsWith("spokes", StringComparison.OrdinalIgnoreCase) ? noun[..6] : noun;
        if (noun.Length < 4 || state.LastSpeaker is not { } last || Holds(last, noun))
        {
            return null;
        }

        for (var i = state.Claims.Count - 1; i >= 0; i--)
        {
            if (Holds(state.Claims[i].Claimant, noun))
            {
                return state.Claims[i].Claimant;
            }
        }

        return null;
    }

    private static bool Holds(Actor actor, ReadOnlySpan<char> noun) =>
        actor.Organization.AsSpan().Contains(noun, StringComparison.OrdinalIgnoreCase) || actor.Role.AsSpan().Contains(noun, StringComparison.OrdinalIgnoreCase);

    // "Dargahli said …" after "Azerbaijani Defense Ministry spokesman Vagif Dargahli said …": the same speaker, with
    // the role, body and side the article gave him before, so that his claims have a side. The article's claims
    // are searched only for such a bare name, which is rare, so nothing is kept per article for it.
    private static Actor Known(State state, Actor actor)
    {
        if (actor is not { Name: { } name, Role: null, Organization: null, Side: null })
        {
            return actor;
        }

        var surname = name.AsSpan(name.LastIndexOf(' ') + 1);
        for (var i = state.Claims.Count - 1; i >= 0; i--)
        {
            var earlier = state.Claims[i].Claimant;
            if (earlier is { Name: { } full } && (earlier.Role ?? earlier.Organization) is not null
                && full.AsSpan(full.LastIndexOf(' ') + 1).SequenceEqual(surname))
            {
                return earlier;
            }
        }

        return actor;
    }

    private static (int Start, int Length) Content(string sentence, Statement statement)
    {
        var text = sentence.AsSpan(statement.ContentStart, statement.ContentLength);
        var lead = LeadInLength(text);
        var trimmed = text[lead..].TrimStart("\"“ ");
        return (statement.ContentStart + text.Length - trimmed.Length, trimmed.Length);
    }

    // "rejected this statement" denies the last claim by someone else, "refuted Azerbaijan's claim" the last
    // claim by that side; "denied that X was captured" denies the latest claim of the same event and place.
    // "rejected Azerbaijan's claim that it had used phosphorus munitions" is of a claim like that one: of the same
    // event if one was claimed, else of what the other side said last.
    private ClaimId? DenialTarget(State state, Claim denial, bool previous, bool ofAClaim)
    {
        // The sides that what it denies names are not whose claim it was: "that it had sent jets to Azerbaijan".
        var target = previous ? PreviousTarget(state, denial, byNamedSide: true) : SameEventTarget(state.Claims, denial) ?? (ofAClaim ? PreviousTarget(state, denial, byNamedSide: false) : null);
        return target is null ? null
            : previous && state.ActOfResult.TryGetValue(target.Id, out var act) ? act
            : target.Id;
    }

    // "Azerbaijan's allegations were groundless" rejects what Azerbaijan said last, even when that was itself a
    // denial ("Azerbaijan had not lost a single aircraft"). Without a named side, a denial is of another side's
    // claim, or of someone's who has no side, never of the denier's own side. The searches are loops, latest
    // claim first: as LINQ over the article's claims they allocated their closures on every denial.
    private Claim? PreviousTarget(State state, Claim denial, bool byNamedSide)
    {
        var claims = state.Claims;
        if (byNamedSide && NamedOtherSide(denial) is { } named)
        {
            for (var i = claims.Count - 1; i >= 0; i--)
            {
                if (claims[i].Claimant != denial.Claimant && claims[i].Claimant.Side == named && IsAbout(denial, claims[i]))
                {
                    return claims[i];
                }
            }
        }

        // "The information was absolutely false", said by one side, is about what the other side claimed. "Rejected the
        // accusation" is first about the latest claim that accused the denier's side of an act, whoever made it (a
        // watchdog too); "refuted the claim" names no accusation, and stays with the latest claim.
        if (denial.Claimant.Side is { } deniers)
        {
            if (Accusation.IsMatch(denial.Text))
            {
                for (var i = claims.Count - 1; i >= 0; i--)
                {
                    if (IsDeniable(denial, claims[i]) && claims[i].Event?.Agent == deniers && claims[i].Claimant.Side != deniers)
                    {
                        return claims[i];
                    }
                }
            }

            for (var i = claims.Count - 1; i >= 0; i--)
            {
                if (IsDeniable(denial, claims[i]) && claims[i].Claimant.Side is { } side && side != deniers)
                {
                    return claims[i];
                }
            }
        }

        for (var i = claims.Count - 1; i >= 0; i--)
        {
            var claim = claims[i];
            if (IsDeniable(denial, claim) && claim.Claimant != state.Publisher && (claim.Claimant.Side is null || claim.Claimant.Side != denial.Claimant.Side))
            {
                return claim;
            }
        }

        return null;
    }

    // "had not shelled Stepanakert" denies the latest claim of that act, at that place if it names one, and by that
    // side if both name one: Azerbaijan denying that its forces shelled is not of a claim that Armenia's did.
    private static Claim? SameEventTarget(List<Claim> claims, Claim denial)
    {
        if (denial.Event is not { } d)
        {
            return null;
        }

        for (var i = claims.Count - 1; i >= 0; i--)
        {
            if (IsDeniable(denial, claims[i]) && claims[i].Event is { } e && e.Type == d.Type && (d.Place is null || e.Place == d.Place)
                && (d.Agent is null || e.Agent is null || d.Agent == e.Agent))
            {
                return claims[i];
            }
        }

        return null;
    }

    // A claim a denial can be of: someone else's, affirming, and about what the denial names.
    private static bool IsDeniable(Claim denial, Claim claim) =>
        claim.Claimant != denial.Claimant && claim.Polarity == Polarity.Affirms && IsAbout(denial, claim);

    // A denial that names what it denies ("had not fired at Ganja", "no Armenian aircraft was shot down")
    // denies a claim of that event, place or things, not merely the last thing the other side said; one that
    // names nothing ("denied this") may deny any.
    private static bool IsAbout(Claim denial, Claim claim)
    {
        if (denial.Event is null && denial.Quantities.IsEmpty)
        {
            return true;
        }

        return (denial.Event is { } d && claim.Event is { } e && (d.Type == e.Type || (d.Place is not null && d.Place == e.Place)))
            || CountsTheSameItem(denial.Quantities, claim.Quantities);
    }

    private static bool CountsTheSameItem(ImmutableArray<Quantity> denied, ImmutableArray<Quantity> claimed)
    {
        foreach (var q in denied)
        {
            foreach (var o in claimed)
            {
                if (o.Item == q.Item)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The side whose claim a denial names ("Azerbaijan's claim"), when it is not the denier's own.
    private Side? NamedOtherSide(Claim denial)
    {
        var mentions = _gazetteer.Sides(denial.Text);
        for (var i = 0; i < mentions.Count; i++)
        {
            var side = Side.Create(mentions[i].Name);
            if (side != denial.Claimant.Side)
            {
                return side;
            }
        }

        return null;
    }

    private void Remember(State state, Statement statement, List<Speaker> claimants, string text, List<Claim> made, List<TimeMention> times)
    {
        if (statement.Kind == ClaimantKind.Named && claimants.Count == 1)
        {
            state.LastSpeaker = claimants[0].Claimant;
        }

        if ((Declaration.IsMatch(text) || statement.Cue is "issued a statement" or "signed a decree") && statement.Kind is ClaimantKind.Named or ClaimantKind.LastSpeaker or ClaimantKind.Publisher)
        {
            state.DocumentAuthor = statement.Kind == ClaimantKind.Publisher ? null : claimants[0].Claimant;
        }

        state.LastEventWasAMeeting = made.Count > 0 && made[^1].Event is { } e && _gazetteer.IsMeeting(e.Type);
        if (statement.Kind == ClaimantKind.MutualAccusation && made.Count >= 2)
        {
            state.Links.Add(ClaimLink.Contradicts(made[0].Id, made[1].Id, "Both sides accuse each other: each says the other did it.", "mutual-accusation"));
        }

        if (LatestDay(text, times) is { Time.Date: { } latest } mention)
        {
            state.Time = state.Time with { Current = latest };
            state.CurrentTime = TimeReference.OfDay(latest).WithInferred(mention.Time.Inferred);
        }
    }

    // The last day the sentence names; "since September 27" opens a period, it does not move the story to that day.
    private static TimeMention? LatestDay(string text, List<TimeMention> times)
    {
        for (var i = times.Count - 1; i >= 0; i--)
        {
            if (times[i].Time.Precision >= TimePrecision.Day && !OpensAPeriod(text, times[i]))
            {
                return times[i];
            }
        }

        return null;
    }

    // "since September 27": a day that opens a period, not the day of an event.
    private static bool OpensAPeriod(string sentence, TimeMention time) => Since.IsMatch(sentence.AsSpan(0, time.Start));

    private string Reporter(string phrase) =>
        _gazetteer.Outlets(phrase).Select(o => o.Name).FirstOrDefault() ?? LeadingThe.Replace(NameText.Clean(phrase), string.Empty);

    private DateTimeZone? LocalZone(string sentence, string? documentPlace)
    {
        var place = _gazetteer.Places(sentence).Select(p => p.Name).FirstOrDefault(p => _gazetteer.Zone(p) is not null);
        var side = _gazetteer.FirstSide(sentence);
        return (place ?? side ?? documentPlace) is { } name ? _gazetteer.Zone(name) : null;
    }

    private static LocalDate? Dateline(Header? header, int? inferredYear, Article article, List<LoadDiagnostic> warnings)
    {
        if (header is null)
        {
            warnings.Add(new LoadDiagnostic(article.Source, 1, DiagnosticSeverity.Warning, "No dateline found (expected 'Publisher, Place, Month Day'); the publisher and publication date are unknown, so relative dates are not resolved."));
            return null;
        }

        if (header.Month is null)
        {
            warnings.Add(new LoadDiagnostic(article.Source, header.Line, DiagnosticSeverity.Warning, $"The dateline names the publisher ({header.Publisher}) but no date, so the publication date is unknown and relative dates are not resolved."));
            return null;
        }

        var year = header.Year ?? inferredYear;
        if (year is null)
        {
            warnings.Add(new LoadDiagnostic(article.Source, header.Line, DiagnosticSeverity.Warning, "The dateline has no year and no loaded document gives one, so its dates are unknown; load it with articles that name a year, or give the year to assume (SeedLoaderOptions.AssumedYear, naka-claims --year)."));
            return null;
        }

        if (header is not { Month: { } m, Day: { } day })
        {
            return null;
        }

        if (year is < 1 or > 9999 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year.Value, m))
        {
            warnings.Add(new LoadDiagnostic(article.Source, header.Line, DiagnosticSeverity.Warning, $"The dateline's date ({CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)} {day}, {year}) does not exist, so the publication date is unknown and relative dates are not resolved."));
            return null;
        }

        return new LocalDate(year.Value, m, day);
    }

    private static TimeReference Day(LocalDate date, bool yearInferred) =>
        yearInferred ? TimeReference.OfDay(date).WithInferred(InferredParts.Year) : TimeReference.OfDay(date);

    private sealed class State(Article article, Actor publisher, TimeContext time, string? place, TimeReference? published)
    {
        public Article Article { get; } = article;

        public TimeReference? Published { get; } = published;

        public Actor Publisher { get; } = publisher;

        public string? Place { get; } = place;

        public TimeContext Time { get; set; } = time;

        public TimeReference? CurrentTime { get; set; } = time.Current is { } d ? Day(d, time.YearInferred) : null;

        public Actor? LastSpeaker { get; set; }

        public Actor? DocumentAuthor { get; set; }

        // Whether the last statement told of a call or talks, whose parties "the two sides" then are.
        public bool LastEventWasAMeeting { get; set; }

        // Sized for a report of a dozen claims, the common case, so that the list is seldom grown.
        public List<Claim> Claims { get; } = new(16);

        public List<ClaimLink> Links { get; } = [];

        // The act each participle of its result belongs to ("shelled Ganja, killing 9": the killing's is the shelling).
        public Dictionary<ClaimId, ClaimId> ActOfResult => _actOfResult ??= [];

        private Dictionary<ClaimId, ClaimId>? _actOfResult;

        [ThreadStatic]
        private static Scratch? t_scratch;

        private readonly Scratch _scratch = t_scratch ??= new Scratch();

        // The times of the sentence being read, the claims, clauses, reporting chain and claimants of the
        // statement being read: lists that each stage clears before it fills them, kept by the thread, since
        // lists made for every article, and grown in it, were a few percent of what a load allocated.
        public List<TimeMention> Times => _scratch.Times;

        public List<Claim> Made => _scratch.Made;

        public List<ClausePiece> Pieces => _scratch.Pieces;

        public List<string> Chain => _scratch.Chain;

        public List<Speaker> Speakers => _scratch.Speakers;

        public List<Sentence> Sentences => _scratch.Sentences;

        // The reporters of the last claims made, shared by the next claims that have the same.
        public IReadOnlyList<string>? LastVia { get; set; }

        private Attribution? _lastAttribution;

        // The clauses of one statement are claims with one attribution: they share one instance, where each
        // made and validated its own, and each of them outlived the load as an object the collector traced.
        public Attribution AttributionOf(Actor claimant, IReadOnlyList<string> via, string? cue, AttributionMode mode)
        {
            if (_lastAttribution is { } last && last.Mode == mode && ReferenceEquals(LastAttributionVia, via) && last.Claimant == claimant && string.Equals(last.Cue, cue, StringComparison.Ordinal))
            {
                return last;
            }

            (_lastAttribution, LastAttributionVia) = (Attribution.Create(claimant, via, cue, mode), via);
            return _lastAttribution;
        }

        private IReadOnlyList<string>? LastAttributionVia { get; set; }
    }

    private sealed class Scratch
    {
        public List<TimeMention> Times { get; } = [];

        public List<Claim> Made { get; } = [];

        public List<ClausePiece> Pieces { get; } = [];

        public List<string> Chain { get; } = [];

        public List<Speaker> Speakers { get; } = [];

        public List<Sentence> Sentences { get; } = [];
    }

    private bool NamesTheSidesJointly(string? phrase)
    {
        // Two names need an "and" between them: most phrases are turned away by that before the gazetteer is searched.
        var sides = phrase is null || !phrase.Contains(" and ", StringComparison.Ordinal) ? [] : _gazetteer.Sides(phrase);
        if (sides.Count < 2)
        {
            return false;
        }

        foreach (var side in _gazetteer.ConflictSides)
        {
            if (!NamedAmong(sides, side.Name))
            {
                return false;
            }
        }

        var at = 0;
        for (var i = 0; i < sides.Count; i++)
        {
            if (!OnlyJoins(phrase.AsSpan(at, sides[i].Start - at)))
            {
                return false;
            }

            at = sides[i].End;
        }

        return OnlyJoins(phrase.AsSpan(at));
    }

    private static bool NamedAmong(IReadOnlyList<Mention> mentions, string name)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Name == name)
            {
                return true;
            }
        }

        return false;
    }

    // The words that join the names of the sides into one phrase: "both", "the", "and", "sides".
    private static bool OnlyJoins(ReadOnlySpan<char> text)
    {
        foreach (var range in text.SplitAny(" ,"))
        {
            if (text[range] is var word && !word.IsEmpty && !JoiningWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    // A claimant of a statement, the side it accuses when that is not read from the clause, and the reporters
    // between it and the publisher.
    private readonly record struct Speaker(Actor Claimant, Side? Agent, IReadOnlyList<string> Via);
}
