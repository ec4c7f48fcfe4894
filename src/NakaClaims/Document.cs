using NakaClaims.Time;

namespace NakaClaims;

/// <summary>A source document: an article, with its publisher, dateline place and publication date.</summary>
/// <remarks>
/// The text itself is not kept: claims point into it by <see cref="TextSpan"/>, and <see cref="Length"/> is
/// what spans are checked against. Equality compares every component. Instances are immutable and thread-safe.
/// </remarks>
public sealed record Document
{
    /// <summary>The greatest number of characters of a document id.</summary>
    public const int MaxIdLength = 200;

    private Document(string id, int length, string? publisher, string? place, TimeReference? published)
    {
        Id = id;
        Length = length;
        Publisher = publisher;
        Place = place;
        Published = published;
    }

    /// <summary>Gets the document's id (for a loaded file, its name without extension).</summary>
    /// <value>1 to <see cref="MaxIdLength"/> characters from letters, digits and <c>_ - . :</c>.</value>
    public string Id { get; }

    /// <summary>Gets the length of the document's text in UTF-16 code units.</summary>
    /// <value>Zero or more.</value>
    public int Length { get; }

    /// <summary>Gets the publisher ("China News Service").</summary>
    /// <value>The publisher, or <see langword="null"/> when unknown.</value>
    public string? Publisher { get; }

    /// <summary>Gets the dateline place ("Nur-Sultan").</summary>
    /// <value>The place, or <see langword="null"/>.</value>
    public string? Place { get; }

    /// <summary>Gets the publication date, as precisely as known.</summary>
    /// <value>The date, or <see langword="null"/>.</value>
    public TimeReference? Published { get; }

    /// <summary>Creates a document.</summary>
    /// <param name="id">The document's id.</param>
    /// <param name="length">The length of its text in UTF-16 code units.</param>
    /// <param name="publisher">The publisher, or <see langword="null"/>.</param>
    /// <param name="place">The dateline place, or <see langword="null"/>.</param>
    /// <param name="published">The publication date, or <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid, a text is blank, padded or too long, or the date is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public static Document Create(string id, int length, string? publisher = null, string? place = null, TimeReference? published = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Refuse(CheckId(id), nameof(id));
        Refuse(publisher is null ? null : Messages.CheckName(publisher, Actor.MaxTextLength, nameof(publisher)), nameof(publisher));
        Refuse(place is null ? null : Messages.CheckName(place, Actor.MaxTextLength, nameof(place)), nameof(place));
        Refuse(published is { IsDefault: true } ? Messages.DefaultTime(nameof(published)) : null, nameof(published));
        return new Document(id, length, publisher, place, published);
    }

    private static void Refuse(string? problem, string parameter)
    {
        if (problem is not null)
        {
            throw new ArgumentException(problem, parameter);
        }
    }

    /// <summary>Turns any text (a file name, say) into a valid document id by replacing other characters with '_'.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A valid id; <c>_</c> for an empty text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string ToId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return "_";
        }

        var chars = text.Length > MaxIdLength ? text[..MaxIdLength].ToCharArray() : text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = IsIdChar(chars[i]) ? chars[i] : '_';
        }

        return new string(chars);
    }

    /// <summary>Describes the document: "000 (China News Service, Nur-Sultan, 2020-09-28)".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var details = string.Join(", ", new[] { Publisher, Place, Published?.ToString() }.Where(d => d is not null));
        return details.Length == 0 ? Id : $"{Id} ({details})";
    }

    internal static string? CheckId(string id) =>
        id.Length is 0 or > MaxIdLength || id.AsSpan().ContainsAnyExcept(IdChars) ? Messages.DocumentId(id, MaxIdLength) : null;

    // Vectorized, because every claim's document id is checked when claims are built or read.
    private static readonly System.Buffers.SearchValues<char> IdChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:");

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ':';
}
