namespace NakaClaims;

/// <summary>
/// A range of UTF-16 code units in a document's text: where the evidence for a claim stands.
/// </summary>
/// <remarks>
/// Equality is by <see cref="Start"/> and <see cref="Length"/>. The default value is the empty span at 0.
/// This type is immutable and thread-safe.
/// </remarks>
public readonly struct TextSpan : IEquatable<TextSpan>, IComparable<TextSpan>
{
    private TextSpan(int start, int length)
    {
        Start = start;
        Length = length;
    }

    /// <summary>Gets the index of the first UTF-16 code unit of the span.</summary>
    /// <value>Zero or more; 0 for the default value.</value>
    public int Start { get; }

    /// <summary>Gets the number of UTF-16 code units in the span.</summary>
    /// <value>Zero or more; 0 for the default value.</value>
    public int Length { get; }

    /// <summary>Gets the index just past the last code unit of the span.</summary>
    /// <value><see cref="Start"/> plus <see cref="Length"/>.</value>
    public int End => Start + Length;

    /// <summary>Creates a span from its start and length.</summary>
    /// <param name="start">The index of the first code unit; zero or more.</param>
    /// <param name="length">The number of code units; zero or more.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative, or their sum overflows.</exception>
    public static TextSpan Create(int start, int length)
    {
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, Messages.NegativeSpanStart);
        }

        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, Messages.NegativeSpanLength);
        }

        if ((long)start + length > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, Messages.SpanOverflow);
        }

        return new TextSpan(start, length);
    }

    /// <summary>Creates the span from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    /// <param name="start">The index of the first code unit.</param>
    /// <param name="end">The index just past the last code unit; not less than <paramref name="start"/>.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are negative or reversed.</exception>
    public static TextSpan FromBounds(int start, int end) => Create(start, end - start);

    /// <summary>Tells whether this span lies entirely inside a text of the given length.</summary>
    /// <param name="textLength">The length of the text in UTF-16 code units.</param>
    /// <returns><see langword="true"/> when <see cref="End"/> is at most <paramref name="textLength"/>.</returns>
    public bool FitsIn(int textLength) => End <= textLength;

    /// <summary>Tells whether this span contains the whole of <paramref name="other"/>.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> starts and ends inside this span.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Gets the characters of <paramref name="text"/> that this span covers.</summary>
    /// <param name="text">The document text the span points into.</param>
    /// <returns>The covered characters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit in <paramref name="text"/>.</exception>
    public ReadOnlySpan<char> Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!FitsIn(text.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(text), Messages.SpanOutsideText(this, text.Length));
        }

        return text.AsSpan(Start, Length);
    }

    /// <inheritdoc />
    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <summary>Orders spans by start, then by length.</summary>
    /// <param name="other">The span to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(TextSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <summary>Formats the span as <c>[start..end)</c>.</summary>
    /// <returns>The formatted span.</returns>
    public override string ToString() => $"[{Start}..{End})";

    /// <summary>Compares two spans for equality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when both have the same start and length.</returns>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>Compares two spans for inequality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when they differ in start or length.</returns>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;
}
