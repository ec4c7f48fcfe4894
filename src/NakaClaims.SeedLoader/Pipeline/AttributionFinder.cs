using System.Buffers;
using System.Text.RegularExpressions;
using NakaClaims.SeedLoader.Gazetteers;

namespace NakaClaims.SeedLoader.Pipeline;

// Stage 4: attribution. Peels reporting prefixes off a sentence ("According to the Armenian News Agency, …",
// "X quoted Y as saying …", "It is reported that …"), then looks for a speech, denial or call cue; what is
// left is the publisher's narration. Each pattern is one small rule; their order is the only precedence.
internal static partial class AttributionFinder
{
    private const string Claimant = @"(?<claimant>[^""“”:;]{2,160}?)";
    // Adverbs and auxiliaries between the claimant and the cue: "has repeatedly denied", "also said".
    private const string Adverbs = @"(?:\s+(?:also|further|once\s+again|again|firmly|strongly|immediately|publicly|later|then|repeatedly|has|have|had))*";
    private static readonly string[] AdverbWords = ["also", "further", "once", "again", "firmly", "strongly", "immediately", "publicly", "later", "then", "repeatedly", "has", "have", "had"];
    // When or where it was said: "on the 20th", "in an interview", "at a press conference", "during a visit",
    // "after the talks", "early on the 10th", "last week".
    private const string When = @"(?<when>\s+(?:(?:early|late)\s+)?(?:on|in|at|during|after|before)\s+(?:the\s+)?[^,""“”:]{1,60}?|\s+(?:last|this|earlier\s+this)\s+(?:week|month|weekend)|\s+yesterday)?";

    [GeneratedRegex(@"^(?:Comprehensive\s+(?:foreign\s+)?(?:media\s+)?(?:news|reports?)\s*[:：]|Data\s+map\s*:|In\s+addition,|At\s+the\s+same\s+time,|Meanwhile,|However,|In\s+response(?:\s+to\s+[^,]{1,60})?,|Earlier,|Later,|Moreover,|Furthermore,|Besides,|Nevertheless,|Subsequently,|In\s+(?:a\s+separate|another)\s+development,|Separately,|In\s+the\s+meantime,|On\s+the\s+other\s+hand,|When\s+talking\s+about\s+[^,]{1,80},|Currently,|At\s+present,|At\s+the\s+moment,|Within\s+(?:hours|minutes|days|an\s+hour|a\s+day)(?:\s+of\s+[^,]{1,60})?,|(?:Hours|Minutes|Days|Moments)\s+later,|Shortly\s+afterwards?,|Soon\s+afterwards?,|It\s+is\s+worth\s+(?:noting|mentioning)\s+that|It\s+should\s+be\s+(?:noted|pointed\s+out)\s+that|Notably,)\s*", Rx.Options)]
    private static partial Regex Skip { get; }

    // After a lead-in ("In addition, according to …") the phrase starts in lower case. "A report by X" makes
    // X the reporter whether or not the gazetteer knows it as an outlet, and so does "As reported by X".
    [GeneratedRegex(@"^(?:(?:[Aa]ccording\s+to|[Ii]n\s+accordance\s+with)\s+(?:(?<report>a\s+report\s+(?:from|by)\s+|reports\s+(?:from|by)\s+)|(?:the\s+)?(?:latest\s+)?(?:data|figures|statistics|information|news|statement|bulletin|announcement)\s+(?:(?:released|published|provided|issued)\s+by|from)\s+)?|(?<report>[Aa]s\s+reported\s+by\s+))(?<source>[^,]{2,100}?)(?<when>\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th))?,\s*", Rx.Options)]
    private static partial Regex AccordingTo { get; }

    [GeneratedRegex(@"^(?:(?:a|an|the)\s+)?(?<outlet>[^,""“”]{2,60}?)(?:\s+(?:report|reports|article|dispatch))?\s+(?<cue>citing|quoting)\s+(?<claimant>[^,""“”]{2,100})$", Rx.Options)]
    private static partial Regex CitingInSource { get; }

    [GeneratedRegex(@"^(?<when>(?:[Oo]n|As\s+of|Earlier\s+on|Later\s+on|At\s+\d{1,2}(?::\d{2})?(?:\s*[ap]\.m\.)?(?:\s+(?:local|Baku|Yerevan|Moscow|Beijing|Ankara)\s+time)?\s+on)\s+(?:the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?\d{1,2}(?:st|nd|rd|th)|the\s+same\s+day|(?:" + MonthNames.Alternation + @")\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)(?:\s+local\s+time)?)\s*,\s*", Rx.Options)]
    private static partial Regex TimeLead { get; }

    // "In a statement released on the 4th, the ministry said …", "Speaking at a press conference in Baku, Aliyev
    // said …", "Asked about the situation, Peskov said …", "Since the outbreak of the conflict, the army has
    // announced …", "In this round of conflict, the Armenian side has reported …": how, where or over what
    // time it was said, before the speaker; "Less than an hour after the ceasefire took effect, …" too.
    [GeneratedRegex(@"^(?:(?:In|At|During)\s+(?:a|an|its|his|her|their|the)\s+(?=(?:\w+\s+){0,2}(?:statement|interview|address|speech|briefing|conference|report|post|message|press\s+release|meeting|session)\b)|(?:In|During)\s+(?=(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:conflict|fighting|war|clashes|hostilities)\s*,)|Speaking\s+(?:at|to|in|on|during|with|after)\s+|(?:(?:(?:Less|More)\s+than\s+|Just\s+|Only\s+)?(?:An?|an?|One|one|Two|two|Three|three|\d+)\s+(?:hours?|minutes?|days?)\s+|(?:Just|Only|Shortly|Soon|Hours|Minutes|Days)\s+)?(?:After|Before|after|before)\s+|Since\s+|(?:Asked|Commenting|Responding|Referring)\s+(?:about|on|to)\s+|When\s+asked\s+(?:about\s+)?)[^,""“”]{1,100}?,\s*", Rx.Options)]
    private static partial Regex CircumstanceLead { get; }

    [GeneratedRegex(@"\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b", Rx.Options)]
    private static partial Regex LeadDay { get; }

    [GeneratedRegex(@"^(?:It\s+is\s+(?:reported|learned|understood)|It\s+was\s+reported|Reportedly)(?:\s+that|,)\s*", Rx.Options)]
    private static partial Regex Hedge { get; }

    [GeneratedRegex(@"^(?<reporter>[^,""“”]{2,80}?)\s+quoted\s+" + Claimant + @"\s+as\s+saying(?<when>\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th))?(?:\s+that)?[,:]?\s*", Rx.Options)]
    private static partial Regex Quoted { get; }

    // "The Armenian Defense Ministry was quoted by Interfax as saying that …".
    [GeneratedRegex(@"^" + Claimant + @"\s+was\s+quoted\s+by\s+(?<reporter>[^,""“”]{2,80}?)\s+as\s+saying(?:\s+that)?[,:]?\s*", Rx.Options)]
    private static partial Regex QuotedBy { get; }

    // "TASS reported, citing the Armenian Defense Ministry, that …", "Sputnik Armenia reported, quoting the ministry,
    // that …" and, after "According to TASS, ", "citing …, "; at the start, "Citing sources in the ministry, Armenian
    // media reported that …".
    [GeneratedRegex(@"^(?<reporter>[^,""“”]{2,80}?)\s+(?:reported|said),\s+(?<cue>citing|quoting)\s+" + Claimant + @",\s+(?:that\s+)?", Rx.Options)]
    private static partial Regex ReportedCiting { get; }

    [GeneratedRegex(@"^(?<cue>[Cc]iting|[Qq]uoting)\s+" + Claimant + @",\s*", Rx.Options)]
    private static partial Regex Citing { get; }

    // "Sputnik reported that the ceasefire had been violated, citing the Armenian Defense Ministry.": the source
    // is named after what the outlet reported.
    [GeneratedRegex(@",\s+(?<cue>citing|quoting)\s+(?<claimant>[^,""“”]{2,100}?)\s*[.!]?$", Rx.Options)]
    private static partial Regex TrailingCiting { get; }

    // "A reporter from Xinhua News Agency learned from the Azerbaijani Ministry of Defense that …", "This reporter
    // learned from … on the 11th that …": the source told a reporter; an outlet named with the reporter joins
    // the chain, an unnamed one is the publisher's own.
    [GeneratedRegex(@"^(?:(?:A|The|This|Our)\s+)?(?:(?<reporter>[^,""“”]{2,60}?)\s+)?(?:reporters?|correspondents?|journalists?)(?:\s+(?:from|of|with)\s+(?<outlet>[^,""“”]{2,60}?))?\s+(?:learned|was\s+told|were\s+told)\s+(?:from|by)\s+" + Claimant + @"(?<when>\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th))?\s+that\s+", Rx.Options)]
    private static partial Regex LearnedFrom { get; }

    // "Xinhua News Agency reporters in Stepanakert heard several explosions", "A CCTV correspondent saw that …": what
    // an outlet's own reporters saw or heard is the outlet's account as a witness.
    [GeneratedRegex(@"^(?:(?:A|An|The)\s+)?(?<outlet>[^,""“”]{2,60}?)\s+(?:reporters?|correspondents?|journalists?)(?:\s+(?<where>(?:in|at|on|near)\s+[^,""“”]{2,40}?))?\s+(?<cue>saw|heard|witnessed|observed|found)(?:\s+that)?\s+", Rx.Options)]
    private static partial Regex Witnessed { get; }

    // "Both sides accused each other of …", "Armenia and Azerbaijan blamed each other for …" (a pair counts
    // only when it names both sides of the conflict), "the two sides again accused each other of …".
    [GeneratedRegex(@"^(?<claimant>(?:Both|The\s+two)\s+(?:sides|parties|countries)(?:\s+of\s+[^,]{2,40}?)?|(?<pair>[^,""“”]{2,60}?\s+and\s+[^,""“”]{2,60}?))" + Adverbs + @"\s+(?:each\s+)?(?<cue>accused\s+each\s+other\s+of|blamed\s+each\s+other\s+for|accused\s+the\s+other(?:\s+side)?\s+of|blamed\s+the\s+other(?:\s+side)?\s+for)\s+", Rx.IgnoreCaseOptions)]
    private static partial Regex Mutual { get; }

    // "Armenian Ministry of Defense: Azerbaijan violated the ceasefire": a headline names its speaker before a colon.
    [GeneratedRegex(@"^(?<claimant>(?:[Tt]he\s+)?[A-Z][\p{L}’'.-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\p{L}’'.-]*){0,6})\s*[:：]\s*(?=\S)", Rx.Options)]
    private static partial Regex Headline { get; }

    // "called it (the report, …) false": up to two words between, fewest first, written as an alternation:
    // .NET 10's compiled form of the lazy loop "(?:\s+\w+){0,2}?" after the adverb loop throws
    // IndexOutOfRangeException on "X has called the foreign ministers …" (the interpreter does not). Each
    // word must be whole, so both forms try the same matches in the same order.
    private static readonly ClaimantPattern Denial = new(
        DenialTail,
        AdverbWords,
        ["denied", "rejected", "refuted", "dismissed", "called", "described"]);

    [GeneratedRegex(@"\G" + Adverbs + @"\s+(?<cue>denied|rejected|refuted|dismissed|called\s+(?:it|this|that|these|those|the)(?:|\s+\w+|\s+\w+\s+\w+)\s+(?:as\s+)?" + Verdicts.Falsity + @"|described\s+(?:it|this|that|these|those|the)(?:|\s+\w+|\s+\w+\s+\w+)\s+as\s+" + Verdicts.Falsity + @")(?<rest>.*)$", Rx.Options)]
    private static partial Regex DenialTail { get; }

    private static readonly ClaimantPattern Speech = new(
        SpeechTail,
        AdverbWords,
        ["said", "wrote", "posted", "tweeted", "issued", "delivered", "made", "gave", "addressed", "released", "published", "signed", "says", "stated", "states", "announced", "announces", "emphasized", "emphasised", "stressed", "stresses", "noted", "notes", "added", "adds", "pointed", "declared", "confirmed", "confirms", "claimed", "claims", "reported", "reports", "warned", "warns", "revealed", "insisted", "insists", "responded", "replied", "retorted", "countered", "told", "admitted", "acknowledged", "read", "disclosed", "indicated", "expressed", "alleged", "asserted", "vowed", "pledged", "promised", "explained", "mentioned", "argued", "maintained", "reiterated", "affirmed", "underlined", "underscored", "highlighted"]);

    [GeneratedRegex(@"\G" + Adverbs + @"\s+(?<cue>said\s+in\s+a\s+statement|said\s+in\s+an\s+interview(?:\s+with\s+(?<outlet>[A-Z][^,]{1,40}?)(?=\s+that\b|,))?|said\s+on\s+social\s+media|(?:wrote|posted)\s+on\s+(?:social\s+media|Twitter|Facebook)|posted|tweeted|(?:released|published|posted)\s+(?:a\s+video|videos|footage|photos|images)|(?:issued|released|published)\s+a\s+(?:joint\s+)?(?:statement|notice|message|press\s+release|communiqu[eé]|bulletin|report)|(?:issued|delivered|made|gave)\s+an?\s+(?:televised\s+|video\s+|national\s+|televised\s+national\s+)?(?:speech|address)(?:\s+to\s+the\s+(?:nation|people(?:\s+of\s+the\s+country)?|country))?|addressed\s+the\s+nation|signed\s+a\s+decree|signed\s+a\s+joint\s+(?:statement|declaration)|read\s+out\s+(?:a|the)\s+(?:joint\s+)?statement|admitted|acknowledged|said|says|stated|states|announced|disclosed|indicated|expressed(?=\s+that\b)|alleged|asserted|vowed|pledged|promised|explained|mentioned|argued|maintained|reiterated|affirmed|underlined|underscored|highlighted|announces|emphasized|emphasised|stressed|stresses|noted|notes|added|adds|pointed\s+out|declared|confirmed|confirms|claimed|claims|reported|reports|warned|warns|revealed|insisted|insists|(?:responded|replied|retorted|countered)(?=\s+that\b|\s*:)|told\s+(?:reporters|journalists|the\s+media|(?:the|this|a)\s+(?:reporter|correspondent|journalist)|an?\s+(?:press|news)\s+conference|an?\s+(?:press\s+|news\s+)?briefing|(?:the\s+)?(?<outlet>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})|(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:(?:TV|television|radio|news)\s+)?(?:channel|station|newspaper|agency|magazine|website|broadcaster|outlet)\s+(?<channel>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})|(?<channel>(?:[A-Z][\w-]*\s+)?media))|wrote)" + When + @"(?:\s+on\s+(?:social\s+media|Twitter|Facebook))?(?<sep>,?\s+(?:announcing|declaring|saying|stating|noting|adding|claiming|showing)(?:\s+that)?[,:]?\s*|\s*:\s*|,\s+(?=[""“])|\s+that\s+|,?\s+(?=(?:calling|urging)\s+(?:on|for)\b)|,?\s+(?=(?:condemning|denouncing|accusing)\s)|,\s+)", Rx.Options)]
    private static partial Regex SpeechTail { get; }

    // "He said the decision was …", "The office said 13 civilians were killed": a complement without "that",
    // only right after a plain speech verb.
    private static readonly ClaimantPattern BareSpeech = new(
        BareSpeechTail,
        AdverbWords,
        ["said", "says", "stated", "added", "noted", "stressed", "emphasized", "believes", "insisted", "confirmed", "told", "warned", "reiterated"]);

    [GeneratedRegex(@"\G" + Adverbs + @"\s+(?<cue>said|says|stated|added|noted|stressed|emphasized|believes|insisted|confirmed|warned|reiterated|told\s+reporters)\s+(?!(?:on|in|at|during|after|before|when|while|that|to|with|for|of|by|about|the\s+\d)\b)(?!(?:it|this|them|so)\s*[.!]?\s*$)(?=[A-Za-z0-9""“])", Rx.Options)]
    private static partial Regex BareSpeechTail { get; }

    // "Azerbaijan's Defense Ministry claimed to have destroyed 3 S-300 systems": the claimant did what it claims.
    // "The ministry released the names of 45 more soldiers killed": what follows is what it made known.
    private static readonly ClaimantPattern ClaimedToHave = new(
        ClaimedToHaveTail,
        AdverbWords,
        ["claimed", "claims", "released", "published"]);

    [GeneratedRegex(@"\G" + Adverbs + @"\s+(?:(?<cue>claimed|claims)\s+to\s+have|(?<cue>(?:released|published)\s+the\s+names\s+of))\s+", Rx.Options)]
    private static partial Regex ClaimedToHaveTail { get; }

    private static readonly ClaimantPattern Call = new(
        CallTail,
        AdverbWords,
        ["called", "calls", "urged", "appealed", "apologized", "apologised", "condemned", "expressed", "accused", "accuses"]);

    [GeneratedRegex(@"\G" + Adverbs + @"\s+(?<cue>called\s+on|called\s+for|calls\s+on|calls\s+for|urged|appealed\s+to|apologized|apologised|condemned|expressed|accused|accuses)\b", Rx.Options)]
    private static partial Regex CallTail { get; }

    // "…, the Russian Foreign Ministry noted." puts the claimant after what it said, and may say when: "…, Russian
    // President Putin said on the 22nd." A claimant in lower case can only be one of a few words that refer back
    // ("…, the ministry said.", "…, the statement said.", "…, the media reported.", "…, local media reported.") or
    // sources no one names ("…, local residents told reporters."), which UnnamedSources then makes hedged narration.
    // The verbs that may follow what was said, with its speaker before them: "…, the ministry pointed out.",
    // "“…,” Aliyev warned." One list for both, so that a quotation is never left to the last speaker for want of
    // a verb the trailing form knows.
    private const string TrailingCues = @"said|noted|added|stressed|emphasized|emphasised|stated|announced|reported|claimed|confirmed|declared|wrote|warned|insisted|pointed\s+out|disclosed|indicated|asserted|explained|revealed|reiterated|told\s+(?:reporters|journalists)";

    private const string BackReference = @"(?:local|state|official)\s+media|local\s+(?:residents|officials|sources)|(?:informed|military|diplomatic|unnamed)\s+sources|(?:eye)?witnesses|the\s+(?:local\s+)?(?:media|notice|statement|communiqu[eé]|press\s+release|bulletin|decree|ministry|spokes(?:man|woman|person))|the\s+(?:city|region|country|ministry|army)[’']s\s+(?:mayor|governor|head|spokes(?:man|woman|person)|commander|leader)";
    [GeneratedRegex(@"^(?<content>[^""“”]{8,}?),\s+(?<claimant>(?:the\s+|The\s+)?[A-Z][^,""“”]{1,80}?|" + BackReference + @")\s+(?<cue>" + TrailingCues + @")" + When + @"\s*[.!]?$", Rx.Options)]
    private static partial Regex Trailing { get; }

    // "“We will not give up an inch of our land,” Aliyev said.": a quotation, then who said it; "…, adding that …"
    // after the speaker is what the speaker said next.
    [GeneratedRegex(@"^[""“](?<content>[^""“”]{8,}?)[,.!?]?[""”],?\s+(?:(?<claimant>(?:the\s+|The\s+)?[A-Z][^,""“”]{1,80}?)\s+(?<cue>" + TrailingCues + @")|(?<cue>said|added|noted)\s+(?<claimant>(?:the\s+)?[A-Z][^,""“”]{1,80}?))(?<when>\s+(?:on|in|at|during)\s+(?:the\s+)?[^,""“”:]{1,60}?)?(?:,\s+(?:adding|noting|stressing)\s+that\s+(?<added>.+?))?\s*[.!]?$", Rx.Options)]
    private static partial Regex QuoteThenSpeaker { get; }

    // "…, according to local officials." names the source after what it said.
    [GeneratedRegex(@"^(?<content>[^""“”]{8,}?),\s+according\s+to\s+(?<source>[^,""“”]{2,80}?)\s*[.!]?$", Rx.Options)]
    private static partial Regex TrailingAccordingTo { get; }

    // "He added", "It also said" and "The ministry added" after the ministry spoke: the last named speaker again.
    [GeneratedRegex(@"^(?:He|She|They|It|[Tt]he\s+(?:[Mm]inistry|[Ss]pokes(?:man|woman|person)|[Pp]resident|[Pp]rime\s+[Mm]inister|[Aa]gency|[Oo]ffice))$", Rx.Options)]
    private static partial Regex Pronoun { get; }

    // "the claim", "Azerbaijan's claim", "the Armenian side's latest remarks": what someone said, denied.
    [GeneratedRegex(@"^\s*(?:(?:the|this|that|these|those|such)\s+)?(?:[\w-]+(?:['’]s)?\s+){0,3}?(?:statement|claim|report|allegation|news|information|accusation|remark|comment|figure|data|version|assertion|charge)s?\b", Rx.Options)]
    private static partial Regex DeniedObject { get; }

    // "denied it", "rejected this", "denied the accusation", or a verb with nothing after it: what was said before
    // is denied. "Denied sending mercenaries", "denied any involvement", "denied the attack on Ganja" name what they
    // deny, so each denies a claim of that act or none, not whatever was said last.
    [GeneratedRegex(@"^\s*(?:[.!,;:""”’']|$|(?:it|this|that|these|those|them|so)\b(?!\s+(?:[a-z]+ed|had|has|was|were)\b))", Rx.Options)]
    private static partial Regex DeniedBackReference { get; }

    private static bool DeniesWhatWasSaid(ReadOnlySpan<char> after) => DeniedBackReference.IsMatch(after) || DeniedObject.IsMatch(after);

    [GeneratedRegex(@"^(?:Both|The\s+two)\s+(?:sides|parties|countries)\b", Rx.IgnoreCaseOptions)]
    private static partial Regex BothSidesPhrase { get; }

    [GeneratedRegex(@"^(?:the\s+)?(?:decree|statement|agreement|martial\s+law|declaration|order|resolution|data|announcement|joint\s+statement|notice|press\s+release|communiqu[eé]|bulletin)$", Rx.IgnoreCaseOptions)]
    private static partial Regex DocumentWord { get; }

    [GeneratedRegex(@"(?:News|news|Agency|agency|Network|Television|TV|Service|newspaper|Newspaper|Times|Post|Daily|Radio)\b", Rx.Options)]
    private static partial Regex OutletWord { get; }

    // A phrase that ends in a body or an office speaks for someone even when the gazetteer does not know it:
    // "The Nagorno-Karabakh Defense Army", "Nagorno-Karabakh's human rights ombudsman".
    [GeneratedRegex(@"\b(?:army|forces|ministry|office|service|council|committee|government|parliament|authorities|ombudsman|spokes(?:man|woman|person)|officials?|commanders?|ministers?|presidents?|leaders?|envoys?|aides?|advisers?|advisors?|representatives?|prosecutor|mayor|governor|experts?|analysts?|observers?|doctors?|head|chief|director|secretary|chairman|deputy|lawmakers?|diplomats?|organi[sz]ation|group|commission|union|institute|cent(?:er|re))$", Rx.IgnoreCaseOptions)]
    private static partial Regex SpeakerNoun { get; }

    // A speaker the gazetteer does not know, named only by capitalized words: "Human Rights Watch", "Artsrun
    // Hovhannisyan", "The OSCE Minsk Group".
    [GeneratedRegex(@"^(?:[Tt]he\s+)?[A-Z][\p{L}’'.-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\p{L}’'.-]*){0,5}$", Rx.Options)]
    private static partial Regex ProperName { get; }

    [GeneratedRegex(@"^(?:Not|Neither|Nobody|No\s+one|None|If|When|After|Although|Though|While|Since|Before|Because|As|Within)\b|\s(?:have|has|had|will|would|been|was|were)$", Rx.Options)]
    private static partial Regex NotAClaimant { get; }

    [GeneratedRegex(@"^(?<object>\s*(?:the|this|that|these|those|such)(?:\s+\w+(?:\s+\w+)?)?)(?:\s*,\s*(?:saying|adding|stating|claiming|insisting)|\s+and\s+(?:said|added|stated|claimed|insisted))\s+(?:that\s+)?(?<content>.+)$", Rx.Options)]
    private static partial Regex DeniedThenCounter { get; }

    // "denied that Shusha had fallen, saying that fighting was continuing": what follows "saying" is a counterclaim.
    [GeneratedRegex(@"(?:,\s*(?:saying|adding|stating|claiming|insisting)|,?\s+and\s+(?:said|added|stated|claimed|insisted))\s+(?:that\s+)?(?<content>.+)$", Rx.Options)]
    private static partial Regex CounterAfterDenied { get; }

    // "refuted reports that X, calling the reports "groundless"", "denied that X, describing it as a lie": the verdict
    // is the denial's own, neither what is denied nor a counterclaim.
    [GeneratedRegex(@",\s*(?:calling|describing|terming|labell?ing|branding)\s+(?:it|this|that|them|these|those|(?:the|such)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:as\s+)?" + Verdicts.Falsity + @"[^,]*$", Rx.Options)]
    private static partial Regex VerdictAfterDenied { get; }

    // "dismissed allegations that X as "baseless"": after what is denied, the verdict ends the sentence. Without
    // the "that", "described the report as a lie" is the verdict and what is denied at once.
    [GeneratedRegex(@"\s+as\s+" + Verdicts.Falsity + @"[""”]?\s*[.!]?\s*$", Rx.Options)]
    private static partial Regex AsAVerdict { get; }

    // "denied that X": a "that" before any comma; in "denied targeting the cathedral, saying that X" and in "denied
    // violating the ceasefire and said that X" the "that" is the counterclaim's.
    [GeneratedRegex(@"^[^""“”,]{0,60}?(?<!\b(?:said|added|stated|claimed|insisted|saying|adding|stating|claiming|insisting)\s+)\bthat\s+(?<content>.+)$", Rx.Options)]
    private static partial Regex DeniedThat { get; }

    // The verbs that the claimant patterns (Denial, Speech, BareSpeech, ClaimedToHave, Call) need. A claimant cannot
    // contain a quotation mark, colon or semicolon, so the verb comes before the first of them; a text with
    // none of these verbs there is not tried against those patterns at all, which spares most sentences
    // the patterns' many lazy attempts. Trailing needs its verb at the very end, Quoted the word "quoted".
    private static readonly SearchValues<string> ClaimantVerbs = SearchValues.Create(
        [.. Denial.Cues.Concat(Speech.Cues).Concat(BareSpeech.Cues).Concat(ClaimedToHave.Cues).Concat(Call.Cues).Distinct()], StringComparison.Ordinal);

    private static readonly SearchValues<string> TrailingVerbs = SearchValues.Create(
        ["said", "noted", "added", "stressed", "emphasized", "emphasised", "stated", "announced", "reported", "claimed", "confirmed", "declared", "wrote", "warned", "insisted", "pointed", "disclosed", "indicated", "asserted", "explained", "revealed", "reiterated", "told"], StringComparison.Ordinal);

    private static readonly SearchValues<char> NotInClaimant = SearchValues.Create("\"“”:;");

    // Trimmed off every cue; an array made once, where the params array of TrimEnd(',', ':') was made per call.
    private static readonly char[] CueEnds = [',', ':'];

    // Enough for every cue of a news archive; a text of ever new cues ("called the report…" with any words)
    // stops adding to them there.
    private const int MaxCuesSeen = 4096;

    [ThreadStatic]
    private static Dictionary<string, string>? t_cues;

    public static Statement Find(string sentence, Gazetteer gazetteer) => Find(sentence, 0, gazetteer);

    // The statement that starts at start, with a second speaker of the same sentence if there is one.
    internal static Statement Find(string sentence, int start, Gazetteer gazetteer) =>
        SecondSpeakers.AfterNarration(sentence, start, SecondSpeakers.WithSecondSpeaker(sentence, SecondSpeakers.WithTrailingDenial(sentence, FindStatement(sentence, start, gazetteer), gazetteer), gazetteer), gazetteer);

    private static Statement FindStatement(string sentence, int start, Gazetteer gazetteer)
    {
        var offset = start;
        var reporters = new List<string>();
        string? assertion = null;
        var mode = AttributionMode.Narration;
        string? cue = null;
        string? claimantFromSource = null;
        var documentAuthor = false;
        for (var changed = true; changed;)
        {
            changed = false;
            // As in FindCue, the patterns read the sentence from offset on, and nothing is copied.
            var rest = sentence.AsSpan(offset);
            var restLength = rest.Length;
            if (Skip.Match(sentence, offset, restLength) is { Success: true } skip)
            {
                offset += skip.Length;
                changed = true;
            }
            else if (Hedge.Match(sentence, offset, restLength) is { Success: true } hedge)
            {
                (offset, mode, cue, changed) = (offset + hedge.Length, AttributionMode.HedgedNarration, Words(hedge.ValueSpan), true);
            }
            else if (AccordingTo.Match(sentence, offset, restLength) is { Success: true } according && NameText.HasLetters(according.Groups["source"].ValueSpan, 2))
            {
                var source = OutletOfReport(according.Groups["source"].Value.Trim(), gazetteer);
                assertion = according.Groups["when"].Success ? according.Groups["when"].Value.Trim() : assertion;
                offset += according.Length;
                changed = true;
                if (CitingInSource.Match(source) is { Success: true } citing && IsReporter(citing.Groups["outlet"].Value, gazetteer))
                {
                    // "According to a Reuters report citing Azerbaijani officials, …": the outlet passes on what they said.
                    reporters.Insert(0, citing.Groups["outlet"].Value.Trim());
                    (claimantFromSource, mode, cue) = (citing.Groups["claimant"].Value, AttributionMode.IndirectSpeech, citing.Groups["cue"].Value.ToLowerInvariant());
                }
                else if (UnnamedSources.SourceCue(source) is { } reportsCue)
                {
                    (mode, cue) = (AttributionMode.HedgedNarration, reportsCue);
                }
                else if (according.Groups["report"].Success || IsOutlet(source, gazetteer))
                {
                    reporters.Insert(0, source);
                }
                else if (IsDocument(source))
                {
                    (documentAuthor, mode, cue) = (true, AttributionMode.AccordingTo, "according to " + NameText.Clean(source.ToLowerInvariant()));
                }
                else
                {
                    (claimantFromSource, mode, cue) = (source, AttributionMode.AccordingTo, "according to");
                }
            }
            else if (rest.Contains("quoted", StringComparison.Ordinal) && (QuotedBy.Match(sentence, offset, restLength) is { Success: true } quoted || (quoted = Quoted.Match(sentence, offset, restLength)).Success)
                && IsReporter(quoted.Groups["reporter"].Value, gazetteer))
            {
                reporters.Insert(0, quoted.Groups["reporter"].Value.Trim());
                var said = SaidWhen(quoted.Groups["when"], assertion);
                return Named(sentence, offset + quoted.Length, quoted.Groups["claimant"].Value, reporters, "quoted … as saying", AttributionMode.IndirectSpeech, said);
            }
            else if ((rest.Contains("learned", StringComparison.Ordinal) || rest.Contains(" told by ", StringComparison.Ordinal)) && LearnedFrom.Match(sentence, offset, restLength) is { Success: true } learned)
            {
                var outlet = learned.Groups["outlet"].Success ? learned.Groups["outlet"].Value.Trim() : learned.Groups["reporter"].Value.Trim();
                if (outlet.Length > 0 && IsReporter(outlet, gazetteer))
                {
                    reporters.Insert(0, outlet);
                }

                var told = SaidWhen(learned.Groups["when"], assertion);
                return Named(sentence, offset + learned.Length, learned.Groups["claimant"].Value, reporters, "told a reporter", AttributionMode.IndirectSpeech, told);
            }
            else if ((rest.Contains(" saw ", StringComparison.Ordinal) || rest.Contains(" heard ", StringComparison.Ordinal) || rest.Contains(" witnessed ", StringComparison.Ordinal)
                || rest.Contains(" observed ", StringComparison.Ordinal) || rest.Contains(" found ", StringComparison.Ordinal))
                && Witnessed.Match(sentence, offset, restLength) is { Success: true } witnessed && IsOutlet(witnessed.Groups["outlet"].Value, gazetteer))
            {
                // The witness's words begin where it was ("in Stepanakert heard several explosions"), else with what
                // it saw or heard: the place and the object stay with the claim.
                var where = witnessed.Groups["where"];
                return Named(sentence, where.Success ? where.Index : witnessed.Groups["cue"].Index, witnessed.Groups["outlet"].Value, reporters, witnessed.Groups["cue"].Value, AttributionMode.IndirectSpeech, assertion);
            }
            else if ((rest.Contains("citing", StringComparison.Ordinal) || rest.Contains("quoting", StringComparison.Ordinal))
                && ReportedCiting.Match(sentence, offset, restLength) is { Success: true } citing && IsReporter(citing.Groups["reporter"].Value, gazetteer))
            {
                reporters.Insert(0, citing.Groups["reporter"].Value.Trim());
                return Named(sentence, offset + citing.Length, citing.Groups["claimant"].Value, reporters, citing.Groups["cue"].Value, AttributionMode.IndirectSpeech, assertion);
            }
            else if (claimantFromSource is null && (reporters.Count > 0 || (rest.Length > 0 && char.IsUpper(rest[0]))) && Citing.Match(sentence, offset, restLength) is { Success: true } cited)
            {
                // "According to RIA Novosti, citing the Ministry of Defense, …": the outlet passes on what the ministry
                // said. "Citing sources in the ministry, Armenian media reported …": the media that follow do.
                (offset, claimantFromSource, mode, cue, changed) = (offset + cited.Length, cited.Groups["claimant"].Value, AttributionMode.IndirectSpeech, cited.Groups["cue"].Value.ToLowerInvariant(), true);
            }
        }

        // "On the 4th local time, the Armenian Ministry of Defense said that …", "In a statement released on the 4th,
        // the ministry said …": when a speaker follows a leading time or circumstance, the day in it is when it
        // was said. Before narration, or before content whose speaker comes last ("Earlier on the 16th, … , the
        // office said."), it stays part of what is said.
        if (claimantFromSource is null)
        {
            if (TimeLead.Match(sentence, offset, sentence.Length - offset) is { Success: true } lead
                && SpokenAfter(sentence, offset + lead.Length, reporters, assertion ?? lead.Groups["when"].Value, mode, cue, documentAuthor, gazetteer) is { } afterTime)
            {
                return afterTime;
            }

            if (CircumstanceLead.Match(sentence, offset, sentence.Length - offset) is { Success: true } circumstance
                && SpokenAfter(sentence, offset + circumstance.Length, reporters, assertion ?? DayIn(circumstance.Value), mode, cue, documentAuthor, gazetteer) is { } afterCircumstance)
            {
                return afterCircumstance;
            }
        }

        return FindCue(sentence, offset, reporters, assertion, mode, cue, claimantFromSource, documentAuthor, gazetteer);
    }

    // The statement after a lead, when a speaker opens it; null when the lead begins narration.
    private static Statement? SpokenAfter(string sentence, int start, List<string> reporters, string? when, AttributionMode mode, string? cue, bool documentAuthor, Gazetteer gazetteer)
    {
        var spoken = FindCue(sentence, start, [.. reporters], when, mode, cue, null, documentAuthor, gazetteer);
        return spoken.ClaimantPhrase is not null && spoken.ContentStart > start ? spoken : null;
    }

    // When it was said: the phrase after the verb ("said on the 4th"), unless that names no time ("said on its
    // website") and a time was named before the speaker ("At 10:30 a.m. on the 20th, the ministry said …").
    private static string? SaidWhen(Group phrase, string? assertion) =>
        phrase.Success && (assertion is null || NamesATime(phrase.ValueSpan)) ? phrase.Value.Trim() : assertion;

    private static bool NamesATime(ReadOnlySpan<char> phrase) =>
        phrase.ContainsAnyInRange('0', '9') || phrase.Contains("day", StringComparison.Ordinal) || phrase.Contains("week", StringComparison.Ordinal)
        || phrase.Contains("month", StringComparison.Ordinal) || phrase.Contains("night", StringComparison.Ordinal) || phrase.Contains("morning", StringComparison.Ordinal)
        || phrase.Contains("evening", StringComparison.Ordinal) || phrase.Contains("afternoon", StringComparison.Ordinal);

    private static string? DayIn(string lead) => LeadDay.Match(lead) is { Success: true } day ? day.Value : null;

    private static Statement FindCue(string sentence, int offset, List<string> reporters, string? assertion, AttributionMode mode, string? cue, string? claimantFromSource, bool documentAuthor, Gazetteer gazetteer)
    {
        // Each pattern reads the sentence from offset as if that were the whole text (its ^ is at offset), and
        // gives the indexes of the whole sentence.
        var rest = sentence.AsSpan(offset);
        var restLength = rest.Length;
        if ((rest.Contains(" each other ", StringComparison.Ordinal) || rest.Contains(" the other ", StringComparison.Ordinal)) && Mutual.Match(sentence, offset, restLength) is { Success: true } mutual
            && (!mutual.Groups["pair"].Success || NamesBothSides(mutual.Groups["pair"].Value, gazetteer)))
        {
            return new Statement(offset + mutual.Length, sentence.Length - offset - mutual.Length, ClaimantKind.MutualAccusation, mutual.Groups["claimant"].Value, reporters, Words(mutual.Groups["cue"].ValueSpan), AttributionMode.IndirectSpeech, Polarity.Affirms, false, assertion);
        }

        if (rest.Length > 0 && char.IsUpper(rest[0]) && Headline.Match(sentence, offset, restLength) is { Success: true } headline && IsHeadlineSpeaker(headline.Groups["claimant"].Value, gazetteer))
        {
            var start = offset + headline.Length;
            return Named(sentence, start, headline.Groups["claimant"].Value, reporters, ":", SpeechMode(sentence, start), assertion);
        }

        var hasVerb = MayHaveClaimantVerb(rest);
        if (hasVerb && Denial.Match(sentence, offset) is { Success: true } denial && Plausible(denial.Claimant, gazetteer))
        {
            var after = denial.Group("rest");
            if (DeniedThenCounter.Match(after.Value) is { Success: true } counter)
            {
                var counterStart = after.Index + counter.Groups["content"].Index;
                var denying = Named(sentence, denial.Group("cue").Index, denial.Claimant, reporters, Words(denial.Group("cue").ValueSpan), AttributionMode.IndirectSpeech, assertion);
                return denying with
                {
                    ContentLength = after.Index + counter.Groups["object"].Index + counter.Groups["object"].Length - denial.Group("cue").Index,
                    Polarity = Polarity.Denies,
                    DeniesPrevious = true,
                    CounterStart = counterStart,
                    CounterLength = sentence.Length - counterStart,
                };
            }

            var that = DeniedThat.Match(after.Value);
            var start = that.Success ? after.Index + that.Groups["content"].Index : denial.Group("cue").Index;
            var statement = Named(sentence, start, denial.Claimant, reporters, Words(denial.Group("cue").ValueSpan), AttributionMode.IndirectSpeech, assertion)
                with
                {
                    Polarity = Polarity.Denies,
                    DeniesPrevious = !that.Success && DeniesWhatWasSaid(after.ValueSpan),
                    DeniesAClaim = that.Success && DeniedObject.IsMatch(after.ValueSpan[..that.Groups["content"].Index]),
                };
            if (CounterAfterDenied.Match(sentence, start) is { Success: true } tail)
            {
                var counterStart = tail.Groups["content"].Index;
                return statement with { ContentLength = tail.Index - start, CounterStart = counterStart, CounterLength = sentence.Length - counterStart };
            }

            return VerdictAfterDenied.Match(sentence, start, sentence.Length - start) is { Success: true } verdict ? statement with { ContentLength = verdict.Index - start }
                : that.Success && AsAVerdict.Match(sentence, start, sentence.Length - start) is { Success: true } asVerdict ? statement with { ContentLength = asVerdict.Index - start }
                : statement;
        }

        if (hasVerb && Speech.Match(sentence, offset) is { Success: true } speech && Plausible(speech.Claimant, gazetteer))
        {
            var start = speech.End;
            if (CitedThrough(sentence, start, speech.Claimant, reporters, claimantFromSource, cue, assertion, gazetteer) is { } cited)
            {
                return cited;
            }

            if (CitedAfter(sentence, start, speech.Claimant, reporters, SaidWhen(speech.Group("when"), assertion), gazetteer) is { } citedAfter)
            {
                return citedAfter;
            }

            // "said in an interview with Interfax", "told Interfax", "told Turkish TV channel Haber Turk": the
            // outlet passes the statement on. A name after "told" is an outlet only if it is known or looks like one.
            if (speech.Group("outlet").Success && IsOutlet(speech.Group("outlet").Value, gazetteer))
            {
                reporters.Insert(0, speech.Group("outlet").Value.Trim());
            }
            else if (speech.Group("channel").Success)
            {
                reporters.Insert(0, speech.Group("channel").Value.Trim());
            }

            // "An Azerbaijani military source told Interfax that …": what the outlet reports from an unnamed source.
            if (UnnamedSources.SpeakerCue(speech.Claimant) is { } reportsCue)
            {
                return new Statement(start, sentence.Length - start, ClaimantKind.Publisher, null, reporters, reportsCue, AttributionMode.HedgedNarration, Polarity.Affirms, false, assertion);
            }

            var when = SaidWhen(speech.Group("when"), assertion);
            return Named(sentence, start, speech.Claimant, reporters, Words(speech.Group("cue").ValueSpan), SpeechMode(sentence, start), when);
        }

        if (hasVerb && BareSpeech.Match(sentence, offset) is { Success: true } bare && Plausible(bare.Claimant, gazetteer))
        {
            var start = bare.End;
            if (CitedThrough(sentence, start, bare.Claimant, reporters, claimantFromSource, cue, assertion, gazetteer) is { } cited)
            {
                return cited;
            }

            return Named(sentence, start, bare.Claimant, reporters, Words(bare.Group("cue").ValueSpan), SpeechMode(sentence, start), assertion);
        }

        if (MayEndWithVerb(rest) && Trailing.Match(sentence, offset, restLength) is { Success: true } trailing && Plausible(trailing.Groups["claimant"].Value, gazetteer))
        {
            if (UnnamedSources.SpeakerCue(trailing.Groups["claimant"].Value) is { } reportsCue)
            {
                return new Statement(offset, trailing.Groups["content"].Length, ClaimantKind.Publisher, null, reporters, reportsCue, AttributionMode.HedgedNarration, Polarity.Affirms, false, assertion);
            }

            var when = SaidWhen(trailing.Groups["when"], assertion);
            var statement = Named(sentence, offset, trailing.Groups["claimant"].Value, reporters, Words(trailing.Groups["cue"].ValueSpan), AttributionMode.IndirectSpeech, when);
            return statement with { ContentLength = trailing.Groups["content"].Length };
        }

        if (hasVerb && ClaimedToHave.Match(sentence, offset) is { Success: true } claimed && Plausible(claimed.Claimant, gazetteer))
        {
            return Named(sentence, claimed.End, claimed.Claimant, reporters, Words(claimed.Group("cue").ValueSpan), AttributionMode.IndirectSpeech, assertion);
        }

        if (hasVerb && Call.Match(sentence, offset) is { Success: true } call && Plausible(call.Claimant, gazetteer))
        {
            return Named(sentence, call.Group("cue").Index, call.Claimant, reporters, Words(call.Group("cue").ValueSpan), AttributionMode.IndirectSpeech, assertion);
        }

        if (rest.Length > 0 && rest[0] is '"' or '“' && QuoteThenSpeaker.Match(sentence, offset, restLength) is { Success: true } quoted && Plausible(quoted.Groups["claimant"].Value, gazetteer))
        {
            var content = quoted.Groups["content"];
            var when = SaidWhen(quoted.Groups["when"], assertion);
            var statement = Named(sentence, content.Index, quoted.Groups["claimant"].Value, reporters, Words(quoted.Groups["cue"].ValueSpan), AttributionMode.DirectQuote, when);
            var added = quoted.Groups["added"];
            var next = added.Success
                ? Named(sentence, added.Index, quoted.Groups["claimant"].Value, [.. reporters], "added", AttributionMode.IndirectSpeech, when) with { ContentLength = added.Length }
                : null;
            return statement with { ContentLength = content.Length, Next = next };
        }

        if (rest.Contains("according to", StringComparison.Ordinal) && TrailingAccordingTo.Match(sentence, offset, restLength) is { Success: true } trailingSource)
        {
            return SourceAfter(sentence, offset, trailingSource, reporters, assertion, gazetteer);
        }

        if (claimantFromSource is not null)
        {
            return Named(sentence, offset, claimantFromSource, reporters, cue, AttributionMode.AccordingTo, assertion);
        }

        var kind = documentAuthor ? ClaimantKind.DocumentAuthor : ClaimantKind.Publisher;
        var quote = rest.Length > 0 && rest[0] is '"' or '“';
        if (quote && reporters.Count == 0 && !documentAuthor)
        {
            (kind, mode) = (ClaimantKind.LastSpeaker, AttributionMode.DirectQuote);
        }

        return new Statement(offset, sentence.Length - offset, kind, null, reporters, cue, mode, Polarity.Affirms, false, assertion);
    }

    // "according to the Armenian News network report", "according to TASS reports": the outlet whose report it is.
    private static string OutletOfReport(string source, Gazetteer gazetteer)
    {
        var stem = source.EndsWith(" reports", StringComparison.Ordinal) ? source[..^" reports".Length]
            : source.EndsWith(" report", StringComparison.Ordinal) ? source[..^" report".Length]
            : null;
        return stem is not null && IsOutlet(stem, gazetteer) ? stem.TrimEnd() : source;
    }

    // The source named after the content is read as it is before it ("According to …, "): reports, an outlet
    // (which then reports the publisher's narration) or whoever else is named.
    private static Statement SourceAfter(string sentence, int offset, Match trailing, List<string> reporters, string? assertion, Gazetteer gazetteer)
    {
        var source = trailing.Groups["source"].Value.Trim();
        var length = trailing.Groups["content"].Length;
        if (UnnamedSources.SourceCue(source) is { } reportsCue)
        {
            return new Statement(offset, length, ClaimantKind.Publisher, null, reporters, reportsCue, AttributionMode.HedgedNarration, Polarity.Affirms, false, assertion);
        }

        if (IsOutlet(source, gazetteer))
        {
            reporters.Insert(0, source);
            return new Statement(offset, length, ClaimantKind.Publisher, null, reporters, null, AttributionMode.Narration, Polarity.Affirms, false, assertion);
        }

        return Named(sentence, offset, source, reporters, "according to", AttributionMode.AccordingTo, assertion) with { ContentLength = length };
    }

    internal static bool MayHaveClaimantVerb(ReadOnlySpan<char> text)
    {
        var claimantEnd = text.IndexOfAny(NotInClaimant);
        return text[..(claimantEnd < 0 ? text.Length : claimantEnd)].ContainsAny(ClaimantVerbs);
    }

    // Trailing ends "…, X said." with at most a phrase of when or where after the verb ("said on the 22nd",
    // up to 75 characters), then spaces and one full stop or exclamation mark.
    private static bool MayEndWithVerb(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd();
        end = end.Length > 0 && end[^1] is '.' or '!' ? end[..^1].TrimEnd() : end;
        return end[Math.Max(0, end.Length - 85)..].ContainsAny(TrailingVerbs);
    }

    // "Citing sources in the ministry, Armenian media reported that …": the cited source speaks, and the outlet or
    // the media that report it pass it on. Null when the speaker is not an outlet or nothing was cited.
    private static Statement? CitedThrough(string sentence, int start, string speaker, List<string> reporters, string? claimantFromSource, string? cue, string? assertion, Gazetteer gazetteer)
    {
        if (cue is not ("citing" or "quoting") || claimantFromSource is null || !IsReporter(speaker, gazetteer))
        {
            return null;
        }

        reporters.Insert(0, speaker.Trim());
        return Named(sentence, start, claimantFromSource, reporters, cue, AttributionMode.IndirectSpeech, assertion);
    }

    // "TASS reported that …, citing the ministry.": the outlet passes on what the source it cites said. Null when
    // the speaker is not an outlet or the statement cites no one at its end.
    private static Statement? CitedAfter(string sentence, int start, string speaker, List<string> reporters, string? when, Gazetteer gazetteer)
    {
        if (!sentence.AsSpan(start).Contains("ing ", StringComparison.Ordinal) || TrailingCiting.Match(sentence, start, sentence.Length - start) is not { Success: true } citing
            || !IsReporter(speaker, gazetteer) || !Plausible(citing.Groups["claimant"].Value, gazetteer))
        {
            return null;
        }

        reporters.Insert(0, speaker.Trim());
        return Named(sentence, start, citing.Groups["claimant"].Value, reporters, citing.Groups["cue"].Value, AttributionMode.IndirectSpeech, when) with { ContentLength = citing.Index - start };
    }

    private static Statement Named(string sentence, int start, string phrase, List<string> reporters, string? cue, AttributionMode mode, string? assertion)
    {
        phrase = phrase.Trim().TrimEnd(',').Trim();
        var kind = Pronoun.IsMatch(phrase) ? ClaimantKind.LastSpeaker
            : BothSidesPhrase.IsMatch(phrase) ? ClaimantKind.BothSides
            : IsDocument(phrase) ? ClaimantKind.DocumentAuthor
            : ClaimantKind.Named;
        return new Statement(start, sentence.Length - start, kind, phrase, reporters, cue, mode, Polarity.Affirms, false, assertion);
    }

    // What follows a speech verb is a direct quote when it opens with a quotation mark.
    private static AttributionMode SpeechMode(string sentence, int contentStart) =>
        contentStart < sentence.Length && sentence[contentStart] is '"' or '“' ? AttributionMode.DirectQuote : AttributionMode.IndirectSpeech;

    // A claimant is a short phrase that names someone: a pronoun, a known entity (an outlet too: "Reuters
    // reported that …") or a capitalized name.
    internal static bool Plausible(string phrase, Gazetteer gazetteer)
    {
        var p = phrase.Trim().TrimEnd(',');
        // "the two sides had exchanged 30 bodies, while the Azerbaijani side" holds a clause, and "According to a
        // report by TASS, the ministry" a source and a speaker: neither is one speaker.
        if (p.Length > 150 || p.Contains(" that ", StringComparison.Ordinal) || p.Contains(" which ", StringComparison.Ordinal) || p.Contains("ccording to ", StringComparison.Ordinal)
            || p.Contains(", while ", StringComparison.Ordinal) || p.Contains(", whereas ", StringComparison.Ordinal) || NotAClaimant.IsMatch(p))
        {
            return false;
        }

        return Pronoun.IsMatch(p) || IsDocument(p) || UnnamedSources.IsSpeaker(p) || gazetteer.NamesAnActor(p) || gazetteer.NamesARole(p) || gazetteer.Sides(p).Any()
            || gazetteer.NamesACountry(p) || gazetteer.NamesAnOrganization(p) || gazetteer.BothSides(p) is not null || IsOutlet(p, gazetteer)
            || p.Contains("Ministry", StringComparison.Ordinal) || p.Contains("side", StringComparison.Ordinal) || SpeakerNoun.IsMatch(p) || ProperName.IsMatch(p);
    }


    // Only a speaker the gazetteer knows or a body or office may head a headline: "Note:" and "Photo:" are capitalized too.
    private static bool IsHeadlineSpeaker(string phrase, Gazetteer gazetteer) =>
        gazetteer.NamesAnActor(phrase) || gazetteer.NamesAnOrganization(phrase) || IsOutlet(phrase, gazetteer) || SpeakerNoun.IsMatch(phrase)
        || phrase.Contains("Ministry", StringComparison.Ordinal);

    private static bool NamesBothSides(string phrase, Gazetteer gazetteer) =>
        gazetteer.BothSides(phrase) is not null || gazetteer.NamesSeveralSides(phrase);

    private static bool IsDocument(string source) =>
        DocumentWord.IsMatch(source);

    // "the ministry", "he": a phrase that refers back to the last named speaker.
    public static bool RefersBack(string phrase) => Pronoun.IsMatch(phrase);

    // Who can pass a statement on: an outlet, or the media of a country.
    private static bool IsReporter(string phrase, Gazetteer gazetteer) => IsOutlet(phrase, gazetteer) || UnnamedSources.IsMedia(phrase.Trim());

    private static bool IsOutlet(string phrase, Gazetteer gazetteer)
    {
        var p = phrase.Trim();
        return gazetteer.NamesAnOutlet(p) || OutletWord.IsMatch(p);
    }

    // A cue as one line of words, without the control characters a name may not hold (NameText). A cue is a
    // short verb phrase; one longer than a name may be ("called the report…" with a run of hundreds of
    // letters) is cut to its verb. Cues are few ("said", "denied", "told reporters"): each thread keeps the
    // ones it has seen, so that a statement's cue is neither copied out of its match nor cleaned again, and
    // the claims of a load share one string per cue.
    internal static string Words(ReadOnlySpan<char> text)
    {
        var seen = (t_cues ??= new Dictionary<string, string>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        if (seen.TryGetValue(text, out var known))
        {
            return known;
        }

        var words = NameText.Clean(text.Trim().TrimEnd(CueEnds).ToString());
        var verbEnd = words.IndexOf(' ', StringComparison.Ordinal);
        words = words.Length <= Actor.MaxTextLength ? words : words[..(verbEnd > 0 ? Math.Min(verbEnd, Actor.MaxTextLength) : Actor.MaxTextLength)];
        if (seen.Dictionary.Count < MaxCuesSeen)
        {
            seen[text] = words;
        }

        return words;
    }
}
