using System.Diagnostics.CodeAnalysis;

namespace NakaClaims;

/// <summary>
/// The kind of event a claim is about, as a lower-case kebab-case key ("shot-down", "martial-law").
/// The vocabulary is data: the loader or the user defines it; the core only compares keys.
/// </summary>
/// <remarks>
/// Equality and ordering are ordinal on <see cref="Key"/>. The default value is not valid
/// (<see cref="IsDefault"/>). This type is immutable and thread-safe.
/// </remarks>
public readonly struct EventType : IEquatable<EventType>, IComparable<EventType>
{
    /// <summary>The greatest number of characters a key may have.</summary>
    public const int MaxLength = 64;

    private readonly string? _key;

    private EventType(string key) => _key = key;

    /// <summary>Gets the key of the event type.</summary>
    /// <value>A kebab-case key such as <c>shot-down</c>; the empty string for the default value.</value>
    public string Key => _key ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default, invalid event type.</summary>
    /// <value><see langword="true"/> only for <c>default(EventType)</c>.</value>
    public bool IsDefault => _key is null;

    /// <summary>Gets the key with its hyphens as spaces, for people to read ("shot down").</summary>
    /// <value>The readable form of <see cref="Key"/>.</value>
    public string DisplayName => Key.Replace('-', ' ');

    /// <summary>Creates an event type from its key.</summary>
    /// <param name="key">Lower-case ASCII letters and digits in words joined by single hyphens, starting with a letter.</param>
    /// <returns>The event type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not a kebab-case key.</exception>
    public static EventType Create(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return IsKebabCase(key) ? new EventType(key) : throw new ArgumentException(Messages.EventTypeKey(key), nameof(key));
    }

    /// <summary>Tries to create an event type from its key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="eventType">The event type, when the key is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="key"/> is a valid key.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? key, out EventType eventType)
    {
        eventType = key is not null && IsKebabCase(key) ? new EventType(key) : default;
        return !eventType.IsDefault;
    }

    /// <inheritdoc />
    public bool Equals(EventType other) => string.Equals(_key, other._key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EventType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _key is null ? 0 : StringComparer.Ordinal.GetHashCode(_key);

    /// <summary>Orders event types ordinally by key.</summary>
    /// <param name="other">The event type to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(EventType other) => string.CompareOrdinal(_key, other._key);

    /// <summary>Returns the key.</summary>
    /// <returns><see cref="Key"/>.</returns>
    public override string ToString() => Key;

    /// <summary>Compares two event types for equality.</summary>
    /// <param name="left">The first event type.</param>
    /// <param name="right">The second event type.</param>
    /// <returns><see langword="true"/> when the keys are equal.</returns>
    public static bool operator ==(EventType left, EventType right) => left.Equals(right);

    /// <summary>Compares two event types for inequality.</summary>
    /// <param name="left">The first event type.</param>
    /// <param name="right">The second event type.</param>
    /// <returns><see langword="true"/> when the keys differ.</returns>
    public static bool operator !=(EventType left, EventType right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first event type.</param>
    /// <param name="right">The second event type.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <(EventType left, EventType right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first event type.</param>
    /// <param name="right">The second event type.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >(EventType left, EventType right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first event type.</param>
    /// <param name="right">The second event type.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <=(EventType left, EventType right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first event type.</param>
    /// <param name="right">The second event type.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >=(EventType left, EventType right) => left.CompareTo(right) >= 0;

    private static bool IsKebabCase(string key)
    {
        if (key.Length == 0 || key.Length > MaxLength || !char.IsAsciiLetterLower(key[0]) || key[^1] == '-')
        {
            return false;
        }

        for (var i = 1; i < key.Length; i++)
        {
            var c = key[i];
            var ok = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && key[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
