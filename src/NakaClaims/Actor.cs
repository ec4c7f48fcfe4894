using System.Diagnostics.Contracts;

namespace NakaClaims;

/// <summary>
/// Someone who asserts or reports a claim: a person ("Stepanyan", spokesperson of the Ministry of Defense),
/// an organization ("Ministry of National Defense"), or a side speaking as a whole ("the Russian side").
/// </summary>
/// <remarks>
/// At least one of <see cref="Name"/> and <see cref="Organization"/> is set. Equality compares every
/// component (ordinal). Instances are immutable and thread-safe.
/// </remarks>
public sealed record Actor
{
    /// <summary>The greatest number of characters of any text component.</summary>
    public const int MaxTextLength = 200;

    private Actor(string? name, string? role, string? organization, Side? side)
    {
        Name = name;
        Role = role;
        Organization = organization;
        Side = side;
    }

    /// <summary>Gets the person's or body's name ("Stepanyan").</summary>
    /// <value>The name, or <see langword="null"/> when only the organization is known.</value>
    public string? Name { get; }

    /// <summary>Gets the actor's role ("spokesperson", "Prime Minister").</summary>
    /// <value>The role, or <see langword="null"/>.</value>
    public string? Role { get; }

    /// <summary>Gets the organization the actor belongs to or is ("Ministry of Defense of Armenia").</summary>
    /// <value>The organization, or <see langword="null"/>.</value>
    public string? Organization { get; }

    /// <summary>Gets the side of the conflict the actor speaks for.</summary>
    /// <value>The side, or <see langword="null"/> for third parties.</value>
    public Side? Side { get; }

    /// <summary>Gets the shortest name that identifies the actor: <see cref="Name"/>, else <see cref="Organization"/>.</summary>
    /// <value>A non-empty name.</value>
    public string DisplayName => Name ?? Organization!;

    /// <summary>Creates an actor.</summary>
    /// <param name="name">The name, or <see langword="null"/>.</param>
    /// <param name="role">The role, or <see langword="null"/>.</param>
    /// <param name="organization">The organization, or <see langword="null"/>.</param>
    /// <param name="side">The side the actor speaks for, or <see langword="null"/>.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException">
    /// Both <paramref name="name"/> and <paramref name="organization"/> are null, a text is blank, padded or
    /// too long, or <paramref name="side"/> is the default side.
    /// </exception>
    public static Actor Create(string? name, string? role = null, string? organization = null, Side? side = null)
    {
        var problem = (name is null && organization is null ? Messages.ActorWithoutName : null)
            ?? Optional(name, nameof(name)) ?? Optional(role, nameof(role)) ?? Optional(organization, nameof(organization))
            ?? (side is { IsDefault: true } ? Messages.DefaultSide : null);
        return problem is null ? new Actor(name, role, organization, side) : throw new ArgumentException(problem, nameof(name));
    }

    /// <summary>Creates an actor that is an organization ("Ministry of National Defense").</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="side">The side it speaks for, or <see langword="null"/>.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException">The organization is blank, padded or too long.</exception>
    public static Actor OfOrganization(string organization, Side? side = null)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return Create(null, null, organization, side);
    }

    /// <summary>Returns a copy that speaks for the given side.</summary>
    /// <param name="side">The side, or <see langword="null"/> for none.</param>
    /// <returns>The new actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="side"/> is the default side.</exception>
    [Pure]
    public Actor WithSide(Side? side) => Create(Name, Role, Organization, side);

    /// <summary>Describes the actor for people: "Stepanyan (spokesperson, Ministry of Defense) [Armenia]".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var details = string.Join(", ", new[] { Role, Name is null ? null : Organization }.Where(d => d is not null));
        var text = details.Length == 0 ? DisplayName : $"{DisplayName} ({details})";
        return Side is { } s ? $"{text} [{s}]" : text;
    }

    private static string? Optional(string? text, string what) =>
        text is null ? null : Messages.CheckName(text, MaxTextLength, what);
}
