using System.Diagnostics.CodeAnalysis;

namespace NakaClaims;

/// <summary>
/// The stable identifier of a <see cref="Claim"/>: the same input always gives the same id.
/// </summary>
/// <remarks>
/// An id is 1 to 256 characters from letters, digits and <c>_ - . : @ # /</c>. Equality and ordering are
/// ordinal. The default value is not a valid id (<see cref="IsDefault"/> is <see langword="true"/>); it
/// exists only because every struct has one. This type is immutable and thread-safe.
/// </remarks>
public readonly struct ClaimId : IEquatable<ClaimId>, IComparable<ClaimId>
{
    /// <summary>The greatest number of characters an id may have.</summary>
    public const int MaxLength = 256;

    private readonly string? _value;

    private ClaimId(string value) => _value = value;

    /// <summary>Gets the text of the id.</summary>
    /// <value>The id; the empty string for the default value.</value>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default, invalid id.</summary>
    /// <value><see langword="true"/> only for <c>default(ClaimId)</c>.</value>
    public bool IsDefault => _value is null;

    /// <summary>Creates an id from its text.</summary>
    /// <param name="value">The text of the id.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or has a character that is not allowed.</exception>
    public static ClaimId Create(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problem = Check(value);
        return problem is null ? new ClaimId(value) : throw new ArgumentException(problem, nameof(value));
    }

    /// <summary>Tries to create an id from its text.</summary>
    /// <param name="value">The text of the id.</param>
    /// <param name="id">The id, when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a valid id.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out ClaimId id)
    {
        id = value is not null && Check(value) is null ? new ClaimId(value) : default;
        return !id.IsDefault;
    }

    /// <summary>
    /// Creates the conventional id of a claim found in a document: <c>{documentId}@{start}</c>, with
    /// <c>.{ordinal}</c> appended when more than one claim stands on the same span.
    /// </summary>
    /// <param name="documentId">The id of the document the claim was found in.</param>
    /// <param name="span">The claim's evidence span.</param>
    /// <param name="ordinal">0 for the first claim at this span, 1 for the second, and so on.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The id would be invalid (for example the document id has spaces).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is negative.</exception>
    public static ClaimId ForSpan(string documentId, TextSpan span, int ordinal = 0)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        var text = ordinal == 0 ? $"{documentId}@{span.Start}" : $"{documentId}@{span.Start}.{ordinal}";
        return Create(text);
    }

    /// <inheritdoc />
    public bool Equals(ClaimId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClaimId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders ids ordinally by their text.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ClaimId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Returns the text of the id.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two ids for equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when the texts are ordinally equal.</returns>
    public static bool operator ==(ClaimId left, ClaimId right) => left.Equals(right);

    /// <summary>Compares two ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when the texts differ.</returns>
    public static bool operator !=(ClaimId left, ClaimId right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <(ClaimId left, ClaimId right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >(ClaimId left, ClaimId right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <=(ClaimId left, ClaimId right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >=(ClaimId left, ClaimId right) => left.CompareTo(right) >= 0;

    internal static string? Check(string value)
    {
        if (value.Length == 0 || value.Length > MaxLength)
        {
            return Messages.ClaimIdLength(value.Length);
        }

        var bad = value.AsSpan().IndexOfAnyExcept(Allowed);
        return bad < 0 ? null : Messages.ClaimIdCharacter(value, value[bad]);
    }

    // Vectorized, because every claim id is checked when claims are built or read.
    private static readonly System.Buffers.SearchValues<char> Allowed =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:@#/");
}
