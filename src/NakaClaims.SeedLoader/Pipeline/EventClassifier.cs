using System.Text.RegularExpressions;
using NakaClaims.SeedLoader.Gazetteers;

namespace NakaClaims.SeedLoader.Pipeline;

// Stage 8a: events. The first event type of the gazetteer's list whose trigger occurs in a clause; the
// gazetteer's order is the precedence ("called for an immediate ceasefire" before "ceasefire").
internal sealed partial class EventClassifier(Gazetteer gazetteer)
{
    [GeneratedRegex(@"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", Rx.Options)]
    private static partial Regex Passive { get; }

    // "were firing missiles at Ganja" is the active voice: the subject is firing.
    [GeneratedRegex(@"^\w+ing\b", Rx.Options)]
    private static partial Regex Progressive { get; }

    [GeneratedRegex(@"\G\S+(?:\s+\S+)?\s+by\s+(?:the\s+)?(?<by>[^,.;]{1,60})", Rx.Options)]
    private static partial Regex By { get; }

    [GeneratedRegex(@"\G[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?\s+(?:was|were|been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)(?:\s+(?:out|off|up|down))?\s+by\s+(?:the\s+)?(?<by>[^,.;]{1,60})", Rx.Options)]
    private static partial Regex PassiveTriggerBy { get; }

    // "denied violating the ceasefire", "denied firing at Ganja": the denier denies its own side's act.
    [GeneratedRegex(@"^(?:\w+ly\s+)?(?:denied|rejected|refuted)\s+(?:\w+ly\s+)?(?:ever\s+)?(?:having\s+)?$", Rx.Options)]
    private static partial Regex DeniedDoing { get; }

    // "its forces had launched a counterattack", said by a ministry: the speaker's own side did it.
    [GeneratedRegex(@"^(?:[\w-]+\s+){0,2}?(?:its|our|their)\s+(?:own\s+)?(?:forces|army|troops|units|military|soldiers|aircraft|drones|artillery)\b", Rx.IgnoreCaseOptions)]
    private static partial Regex OwnForces { get; }

    // "Shusha had been lost", "lost control of Hadrut", "had lost the town of Lachin": a place just before
    // "(had been) lost", or just after "lost (control of) (the town of)".
    [GeneratedRegex(@"[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)?(?=\s+(?:had|has|have|was|were)\s+(?:been\s+)?$)", Rx.Options)]
    private static partial Regex NameBeforeLost { get; }

    [GeneratedRegex(@"^lost\s+(?:(?:full\s+|complete\s+)?control\s+(?:of|over)\s+)?(?:the\s+(?:city|town|village|district|region|settlement)\s+of\s+)?", Rx.Options)]
    private static partial Regex LostBeforePlace { get; }

    private const int LongestPlace = 40;

    private readonly EventType? _losses = gazetteer.EventTypeOf("losses");
    private readonly EventType? _captured = gazetteer.EventTypeOf("captured");

    // A side that lost a place lost it to the other side: "Shusha had been lost", said by Armenia, is the capture
    // that Azerbaijan claims, and the two can corroborate each other.
    public (EventType Type, int Position)? Classify(ReadOnlySpan<char> clause)
    {
        var found = gazetteer.Event(clause);
        return found is { } f && f.Type == _losses && _captured is { } captured && LosesAPlace(clause, f.Position) ? (captured, f.Position) : found;
    }

    // The side a loser lost a place to: the other side of the conflict.
    private Side? Capturer(Side? loser)
    {
        var sides = gazetteer.ConflictSides;
        return loser is { } l && sides.Count == 2 && sides.Contains(l) ? sides[0] == l ? sides[1] : sides[0] : null;
    }

    private bool LosesAPlace(ReadOnlySpan<char> clause, int triggerAt)
    {
        var lost = clause[triggerAt..].IndexOf("lost", StringComparison.Ordinal);
        if (lost < 0)
        {
            return false;
        }

        var at = triggerAt + lost;
        foreach (var name in NameBeforeLost.EnumerateMatches(clause[..at]))
        {
            var before = clause.Slice(name.Index, name.Length).ToString();
            if (gazetteer.FirstPlace(before) is { Start: 0 } place && place.Length == before.Length)
            {
                return true;
            }
        }

        foreach (var verb in LostBeforePlace.EnumerateMatches(clause[at..]))
        {
            var after = clause[(at + verb.Length)..];
            return gazetteer.FirstPlace(after[..Math.Min(after.Length, LongestPlace)].ToString()) is { Start: 0 };
        }

        return false;
    }

    // An event with an agent ("captured", "martial law") is carried out by the side named before its
    // trigger; a declaration with no side named is the act of the claimant's side, and so is the act a
    // denier denies doing. Otherwise a denial names no agent of its own: it is of someone else's claim.
    public Side? Agent(EventType type, string clause, int triggerAt, Actor claimant, bool denial)
    {
        if (!gazetteer.IsAgentEvent(type))
        {
            return null;
        }

        if (type == _captured && LosesAPlace(clause, triggerAt))
        {
            return Capturer(gazetteer.FirstSide(clause.AsSpan(0, triggerAt)) is { } loser ? Side.Create(loser) : claimant.Side);
        }

        if (denial)
        {
            return DeniedDoing.IsMatch(clause.AsSpan(0, triggerAt)) ? claimant.Side : AgentNamed(type, clause, triggerAt, claimant, declares: false);
        }

        return AgentNamed(type, clause, triggerAt, claimant, declares: true);
    }

    // A denier declares nothing it denies, but "denied reports that its forces had used cluster munitions" is
    // still of the denier's own forces.
    private Side? AgentNamed(EventType type, string clause, int triggerAt, Actor claimant, bool declares)
    {
        // "Ganja, the second largest city in Azerbaijan, was attacked by missiles": in the passive, what comes
        // before the verb suffered the act; the agent, if named, follows "by".
        if (Passive.IsMatch(clause.AsSpan(0, triggerAt)) && !Progressive.IsMatch(clause.AsSpan(triggerAt)))
        {
            var by = By.Match(clause, triggerAt);
            var doer = by.Success ? gazetteer.FirstSide(by.Groups["by"].ValueSpan) : null;
            return doer is null ? null : Side.Create(doer);
        }

        // "the ceasefire had been violated by Azerbaijan": a trigger in the passive names its agent after "by".
        if (PassiveTriggerBy.Match(clause, triggerAt) is { Success: true } passive)
        {
            return gazetteer.FirstSide(passive.Groups["by"].ValueSpan) is { } doer ? Side.Create(doer) : null;
        }

        var named = gazetteer.FirstSide(clause.AsSpan(0, triggerAt));
        return named is not null ? Side.Create(named)
            : (declares && gazetteer.IsDeclaration(type)) || OwnForces.IsMatch(clause.AsSpan(0, triggerAt)) ? claimant.Side
            : null;
    }
}
