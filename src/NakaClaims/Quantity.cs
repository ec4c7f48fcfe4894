using System.Diagnostics.Contracts;
using System.Globalization;

namespace NakaClaims;

/// <summary>
/// A counted thing a claim states: "two helicopter gunships of Azerbaijan", "more than 50 soldiers",
/// "about 20 villages". A count, optional bounds, the item normalized and as written, and its owner.
/// </summary>
/// <remarks>
/// <para>
/// Invariants: at least one of <see cref="Count"/>, <see cref="Min"/>, <see cref="Max"/> is set; every number
/// is zero or more; <see cref="Min"/> ≤ <see cref="Count"/> ≤ <see cref="Max"/> where set; an
/// <see cref="Approximate"/> quantity has a count. "More than 50" is stored as <c>Min = 51</c>.
/// </para>
/// <para>
/// Equality compares every component. The default value has no item and is not valid
/// (<see cref="IsDefault"/>). This type is immutable and thread-safe.
/// </para>
/// </remarks>
public readonly struct Quantity : IEquatable<Quantity>
{
    /// <summary>
    /// The relative tolerance given to an approximate count when checking compatibility: "about 20" is
    /// compatible with any value from 16 to 24.
    /// </summary>
    public const double ApproximateTolerance = 0.2;

    /// <summary>The greatest number of characters of <see cref="Item"/> and <see cref="ItemText"/>.</summary>
    public const int MaxItemLength = 100;

    private readonly string? _item;
    private readonly string? _itemText;

    private Quantity(long? count, long? min, long? max, bool approximate, string item, string itemText, Side? owner)
    {
        Count = count;
        Min = min;
        Max = max;
        Approximate = approximate;
        _item = item;
        _itemText = itemText;
        Owner = owner;
    }

    /// <summary>Gets the stated count, if the source gave one.</summary>
    /// <value>The count, or <see langword="null"/> when only bounds are known ("more than 50").</value>
    public long? Count { get; }

    /// <summary>Gets the least value the source allows.</summary>
    /// <value>The inclusive lower bound, or <see langword="null"/>.</value>
    public long? Min { get; }

    /// <summary>Gets the greatest value the source allows.</summary>
    /// <value>The inclusive upper bound, or <see langword="null"/>.</value>
    public long? Max { get; }

    /// <summary>Gets a value indicating whether the count is approximate ("about 20").</summary>
    /// <value><see langword="false"/> unless created with <see cref="About"/> or set explicitly.</value>
    public bool Approximate { get; }

    /// <summary>Gets the normalized item ("helicopter").</summary>
    /// <value>A lower-case singular noun phrase; the empty string for the default value.</value>
    public string Item => _item ?? string.Empty;

    /// <summary>Gets the item as the source wrote it ("helicopter gunships").</summary>
    /// <value>The written form; <see cref="Item"/> when none was given.</value>
    public string ItemText => _itemText ?? Item;

    /// <summary>Gets the side the items belong to, if known ("of Azerbaijan").</summary>
    /// <value>The owner, or <see langword="null"/>.</value>
    public Side? Owner { get; }

    /// <summary>Gets a value indicating whether this is the default, invalid quantity.</summary>
    /// <value><see langword="true"/> only for <c>default(Quantity)</c>.</value>
    public bool IsDefault => _item is null;

    /// <summary>Gets the least value compatible with this quantity (approximate counts widened by the tolerance).</summary>
    /// <value>The inclusive lower limit used by <see cref="IsCompatibleWith"/>.</value>
    public long LowerLimit => Approximate
        ? (long)Math.Floor(Count!.Value * (1 - ApproximateTolerance))
        : Min ?? Count ?? 0;

    /// <summary>Gets the greatest value compatible with this quantity (approximate counts widened by the tolerance).</summary>
    /// <value>The inclusive upper limit used by <see cref="IsCompatibleWith"/>; <see cref="long.MaxValue"/> when unbounded.</value>
    public long UpperLimit => Approximate
        ? (long)Math.Ceiling(Count!.Value * (1 + ApproximateTolerance))
        : Max ?? Count ?? long.MaxValue;

    /// <summary>Creates a quantity from all its components, checking the invariants.</summary>
    /// <param name="count">The stated count, or <see langword="null"/>.</param>
    /// <param name="min">The inclusive lower bound, or <see langword="null"/>.</param>
    /// <param name="max">The inclusive upper bound, or <see langword="null"/>.</param>
    /// <param name="approximate">Whether the count is approximate; requires <paramref name="count"/>.</param>
    /// <param name="item">The normalized item.</param>
    /// <param name="itemText">The item as written, or <see langword="null"/> for <paramref name="item"/>.</param>
    /// <param name="owner">The side the items belong to, or <see langword="null"/>.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentException">An invariant is broken; the message says which.</exception>
    public static Quantity Create(long? count, long? min, long? max, bool approximate, string item, string? itemText = null, Side? owner = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        var problem = CheckNumbers(count, min, max, approximate)
            ?? Messages.CheckName(item, MaxItemLength, "item")
            ?? (itemText is null ? null : Messages.CheckName(itemText, MaxItemLength, "itemText"))
            ?? (owner is { IsDefault: true } ? Messages.DefaultOwner : null);
        return problem is null
            ? new Quantity(count, min, max, approximate, item, itemText ?? item, owner)
            : throw new ArgumentException(problem, nameof(item));
    }

    /// <summary>Creates an exact count ("two helicopters").</summary>
    /// <param name="count">The count, zero or more.</param>
    /// <param name="item">The normalized item.</param>
    /// <param name="itemText">The item as written, or <see langword="null"/>.</param>
    /// <param name="owner">The owner side, or <see langword="null"/>.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentException">The count is negative or the item is blank.</exception>
    public static Quantity Exactly(long count, string item, string? itemText = null, Side? owner = null) =>
        Create(count, null, null, false, item, itemText, owner);

    /// <summary>Creates an approximate count ("about 20 villages").</summary>
    /// <inheritdoc cref="Exactly" />
    public static Quantity About(long count, string item, string? itemText = null, Side? owner = null) =>
        Create(count, null, null, true, item, itemText, owner);

    /// <summary>Creates a lower bound ("at least 51 soldiers"; "more than 50" is <c>AtLeast(51, …)</c>).</summary>
    /// <param name="min">The inclusive lower bound.</param>
    /// <param name="item">The normalized item.</param>
    /// <param name="itemText">The item as written, or <see langword="null"/>.</param>
    /// <param name="owner">The owner side, or <see langword="null"/>.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentException">The bound is negative or the item is blank.</exception>
    public static Quantity AtLeast(long min, string item, string? itemText = null, Side? owner = null) =>
        Create(null, min, null, false, item, itemText, owner);

    /// <summary>Creates an upper bound ("at most 10 tanks"; "fewer than 10" is <c>AtMost(9, …)</c>).</summary>
    /// <param name="max">The inclusive upper bound.</param>
    /// <param name="item">The normalized item.</param>
    /// <param name="itemText">The item as written, or <see langword="null"/>.</param>
    /// <param name="owner">The owner side, or <see langword="null"/>.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentException">The bound is negative or the item is blank.</exception>
    public static Quantity AtMost(long max, string item, string? itemText = null, Side? owner = null) =>
        Create(null, null, max, false, item, itemText, owner);

    /// <summary>Creates a range ("between 10 and 20 tanks").</summary>
    /// <param name="min">The inclusive lower bound.</param>
    /// <param name="max">The inclusive upper bound.</param>
    /// <param name="item">The normalized item.</param>
    /// <param name="itemText">The item as written, or <see langword="null"/>.</param>
    /// <param name="owner">The owner side, or <see langword="null"/>.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentException">The bounds are negative or reversed, or the item is blank.</exception>
    public static Quantity Between(long min, long max, string item, string? itemText = null, Side? owner = null) =>
        Create(null, min, max, false, item, itemText, owner);

    /// <summary>Returns a copy with the given owner.</summary>
    /// <param name="owner">The owner side, or <see langword="null"/> for none.</param>
    /// <returns>The new quantity.</returns>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is the default side.</exception>
    [Pure]
    public Quantity WithOwner(Side? owner) => Create(Count, Min, Max, Approximate, Item, ItemText, owner);

    /// <summary>
    /// Tells whether the two quantities can both be true: their ranges (approximate counts widened by
    /// <see cref="ApproximateTolerance"/>) overlap. "More than 50" is compatible with 60; 2 is not with 1.
    /// Items and owners are not compared: that is the caller's grouping.
    /// </summary>
    /// <param name="other">The other quantity.</param>
    /// <returns><see langword="true"/> when some value satisfies both.</returns>
    public bool IsCompatibleWith(Quantity other) => LimitsOverlap(LowerLimit, UpperLimit, other.LowerLimit, other.UpperLimit);

    // Whether two values, given by their limits, can be the same number; the linker compares limits it
    // has copied out of the quantities.
    internal static bool LimitsOverlap(long lower, long upper, long otherLower, long otherUpper) => lower <= otherUpper && otherLower <= upper;

    /// <summary>Formats the value alone: "2", "about 20", "at least 51", "at most 9", "10 to 20".</summary>
    /// <returns>The value as a person would say it.</returns>
    public string FormatValue()
    {
        var c = CultureInfo.InvariantCulture;
        return (Count, Min, Max, Approximate) switch
        {
            ({ } n, _, _, true) => string.Create(c, $"about {n}"),
            ({ } n, _, _, false) => n.ToString(c),
            (null, { } lo, { } hi, _) => string.Create(c, $"{lo} to {hi}"),
            (null, { } lo, null, _) => string.Create(c, $"at least {lo}"),
            (null, null, { } hi, _) => string.Create(c, $"at most {hi}"),
            _ => string.Empty,
        };
    }

    /// <summary>Formats the quantity: "2 helicopter gunships (Azerbaijan)".</summary>
    /// <returns>The value, the item as written and the owner in parentheses when known.</returns>
    public override string ToString() =>
        IsDefault ? string.Empty : Owner is { } o ? $"{FormatValue()} {ItemText} ({o})" : $"{FormatValue()} {ItemText}";

    /// <inheritdoc />
    public bool Equals(Quantity other) =>
        Count == other.Count && Min == other.Min && Max == other.Max && Approximate == other.Approximate
        && string.Equals(_item, other._item, StringComparison.Ordinal)
        && string.Equals(_itemText, other._itemText, StringComparison.Ordinal)
        && Nullable.Equals(Owner, other.Owner);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, Min, Max, Approximate, _item, _itemText, Owner);

    /// <summary>Compares two quantities for equality.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when every component is equal.</returns>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Compares two quantities for inequality.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when any component differs.</returns>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    private static string? CheckNumbers(long? count, long? min, long? max, bool approximate)
    {
        if (count is null && min is null && max is null)
        {
            return Messages.QuantityWithoutValue;
        }

        if (count < 0 || min < 0 || max < 0)
        {
            return Messages.NegativeQuantity(count, min, max);
        }

        if (min > max || count < min || count > max)
        {
            return Messages.InconsistentBounds(count, min, max);
        }

        return approximate && count is null ? Messages.ApproximateWithoutCount : null;
    }
}
