namespace NakaClaims.Analysis;

// The event type, the side that acted and which things are counted: claims that share it state the same
// proposition, if their times, places and numbers agree too. The common case of one counted item needs no
// string building; several items fall back to one joined string.
internal readonly record struct PropositionKey(EventType Type, Side? Agent, string? Item, Side? Owner, string? MoreItems)
{
    public static PropositionKey Of(Claim claim)
    {
        var e = claim.Event!;
        return claim.Quantities.Length switch
        {
            0 => new PropositionKey(e.Type, e.Agent, null, null, null),
            1 => new PropositionKey(e.Type, e.Agent, claim.Quantities[0].Item, claim.Quantities[0].Owner, null),
            _ => new PropositionKey(e.Type, e.Agent, null, null, string.Join(";", claim.Quantities.Select(q => $"{q.Item}/{q.Owner?.Name}").Order(StringComparer.Ordinal))),
        };
    }
}
