using NakaClaims.Time;

namespace NakaClaims;

/// <summary>The event a claim is about: its type, when it happened and where.</summary>
/// <remarks>
/// Example: type <c>state-of-war</c>, on <c>2020-09-28T00:00 Asia/Baku</c>, in "Azerbaijan", agent "Azerbaijan".
/// Equality compares every component. Instances are immutable and thread-safe.
/// </remarks>
public sealed record ClaimEvent
{
    private ClaimEvent(EventType type, TimeReference? on, string? place, Side? agent)
    {
        Type = type;
        On = on;
        Place = place;
        Agent = agent;
    }

    /// <summary>Gets the kind of event.</summary>
    /// <value>A valid event type.</value>
    public EventType Type { get; }

    /// <summary>Gets when the event happened, as precisely as known.</summary>
    /// <value>The time, or <see langword="null"/> when unknown.</value>
    public TimeReference? On { get; }

    /// <summary>Gets where the event happened ("Naka region", "Baku").</summary>
    /// <value>The place, or <see langword="null"/>.</value>
    public string? Place { get; }

    /// <summary>Gets the side that carried out the event ("Armenia" declared martial law).</summary>
    /// <value>The side, or <see langword="null"/> when not stated or not a side.</value>
    public Side? Agent { get; }

    /// <summary>Creates an event.</summary>
    /// <param name="type">The kind of event.</param>
    /// <param name="on">When it happened, or <see langword="null"/>.</param>
    /// <param name="place">Where it happened, or <see langword="null"/>.</param>
    /// <param name="agent">The side that carried it out, or <see langword="null"/>.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">The type, time or side is the default value, or the place is blank, padded or too long.</exception>
    public static ClaimEvent Create(EventType type, TimeReference? on = null, string? place = null, Side? agent = null)
    {
        var problem = (type.IsDefault ? Messages.DefaultEventType : null)
            ?? (on is { IsDefault: true } ? Messages.DefaultTime("on") : null)
            ?? (place is null ? null : Messages.CheckName(place, Actor.MaxTextLength, nameof(place)))
            ?? (agent is { IsDefault: true } ? Messages.DefaultSide : null);
        return problem is null ? new ClaimEvent(type, on, place, agent) : throw new ArgumentException(problem, nameof(type));
    }

    /// <summary>Describes the event: "shot down, 2020-09-27, Naka region".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Join(", ", new[] { Type.DisplayName, On?.ToString(), Place }.Where(p => p is not null));
}
