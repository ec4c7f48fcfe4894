using System.Diagnostics.CodeAnalysis;

namespace NakaClaims;

/// <summary>
/// A party to a conflict that a claimant speaks for, or that owns a counted item ("Armenia", "Azerbaijan").
/// Sides are data: the library knows nothing of any particular conflict.
/// </summary>
/// <remarks>
/// Equality and ordering are ordinal on <see cref="Name"/>. The default value has an empty name and is not a
/// valid side (<see cref="IsDefault"/>). This type is immutable and thread-safe.
/// </remarks>
public readonly struct Side : IEquatable<Side>, IComparable<Side>
{
    /// <summary>The greatest number of characters a side's name may have.</summary>
    public const int MaxLength = 100;

    private readonly string? _name;

    private Side(string name) => _name = name;

    /// <summary>Gets the name of the side.</summary>
    /// <value>The name; the empty string for the default value.</value>
    public string Name => _name ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default, invalid side.</summary>
    /// <value><see langword="true"/> only for <c>default(Side)</c>.</value>
    public bool IsDefault => _name is null;

    /// <summary>Creates a side from its name.</summary>
    /// <param name="name">The name: not blank, no surrounding white space, at most <see cref="MaxLength"/> characters.</param>
    /// <returns>The side.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, padded or too long.</exception>
    public static Side Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var problem = Messages.CheckName(name, MaxLength);
        return problem is null ? new Side(name) : throw new ArgumentException(problem, nameof(name));
    }

    /// <summary>Tries to create a side from its name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="side">The side, when the name is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> is a valid side name.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? name, out Side side)
    {
        side = name is not null && Messages.CheckName(name, MaxLength) is null ? new Side(name) : default;
        return !side.IsDefault;
    }

    /// <inheritdoc />
    public bool Equals(Side other) => string.Equals(_name, other._name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Side other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _name is null ? 0 : StringComparer.Ordinal.GetHashCode(_name);

    /// <summary>Orders sides ordinally by name.</summary>
    /// <param name="other">The side to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(Side other) => string.CompareOrdinal(_name, other._name);

    /// <summary>Returns the name of the side.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    /// <summary>Compares two sides for equality.</summary>
    /// <param name="left">The first side.</param>
    /// <param name="right">The second side.</param>
    /// <returns><see langword="true"/> when the names are ordinally equal.</returns>
    public static bool operator ==(Side left, Side right) => left.Equals(right);

    /// <summary>Compares two sides for inequality.</summary>
    /// <param name="left">The first side.</param>
    /// <param name="right">The second side.</param>
    /// <returns><see langword="true"/> when the names differ.</returns>
    public static bool operator !=(Side left, Side right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first side.</param>
    /// <param name="right">The second side.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <(Side left, Side right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first side.</param>
    /// <param name="right">The second side.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >(Side left, Side right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first side.</param>
    /// <param name="right">The second side.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <=(Side left, Side right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first side.</param>
    /// <param name="right">The second side.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >=(Side left, Side right) => left.CompareTo(right) >= 0;
}
