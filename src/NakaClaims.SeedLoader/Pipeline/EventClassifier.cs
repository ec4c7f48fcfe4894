using NakaClaims.SeedLoader.Gazetteers;

namespace NakaClaims.SeedLoader.Pipeline;

// Stage 8a: events. The first event type of the gazetteer's list whose trigger occurs in a clause; the
// gazetteer's order is the precedence ("called for an immediate ceasefire" before "ceasefire").
internal sealed class EventClassifier(Gazetteer gazetteer)
{
    public (EventType Type, int Position)? Classify(ReadOnlySpan<char> clause) => gazetteer.Event(clause);

    // An event with an agent ("captured", "martial law") is carried out by the side named before its
    // trigger; a declaration with no side named is the act of the claimant's side.
    public Side? Agent(EventType type, string clause, int triggerAt, Actor? claimant)
    {
        if (!gazetteer.IsAgentEvent(type))
        {
            return null;
        }

        var named = gazetteer.Sides(clause[..triggerAt]).Select(s => s.Name).FirstOrDefault();
        return named is not null ? Side.Create(named) : gazetteer.IsDeclaration(type) ? claimant?.Side : null;
    }
}
