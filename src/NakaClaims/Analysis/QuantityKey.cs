namespace NakaClaims.Analysis;

/// <summary>
/// What a stated quantity is a count of: the event type, the normalized item and the owner. Two claims that
/// give incompatible values for the same key, for overlapping times, contradict each other.
/// </summary>
/// <param name="EventType">The event the count is about ("shot-down").</param>
/// <param name="Item">The normalized item ("helicopter").</param>
/// <param name="Owner">The side the items belong to, or <see langword="null"/>.</param>
/// <remarks>Equality compares every component. Instances are immutable and thread-safe.</remarks>
public readonly record struct QuantityKey(EventType EventType, string Item, Side? Owner)
{
    /// <summary>Gets the basis text used in links: <c>quantity:shot-down/helicopter/Azerbaijan</c>.</summary>
    /// <value>The basis; the owner is <c>-</c> when unknown.</value>
    public string Basis => $"quantity:{EventType}/{Item}/{Owner?.Name ?? "-"}";

    /// <summary>Describes the key for people: "helicopter shot down, owner Azerbaijan".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        Owner is { } o ? $"{Item} {EventType.DisplayName}, owner {o}" : $"{Item} {EventType.DisplayName}";
}
