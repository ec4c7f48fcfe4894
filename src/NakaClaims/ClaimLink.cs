namespace NakaClaims;

/// <summary>
/// A typed relation between two claims: one contradicts or corroborates the other, with a reason people can
/// read and the basis the relation rests on (for example the quantity key that disagrees).
/// </summary>
/// <remarks>
/// <see cref="From"/> and <see cref="To"/> differ. For a denial, <see cref="From"/> is the denying claim.
/// Equality compares every component. Instances are immutable and thread-safe.
/// </remarks>
public sealed record ClaimLink
{
    /// <summary>The greatest number of characters of <see cref="Reason"/> and <see cref="Basis"/>.</summary>
    public const int MaxReasonLength = 1_000;

    private ClaimLink(LinkType type, ClaimId from, ClaimId to, string reason, string? basis)
    {
        Type = type;
        From = from;
        To = to;
        Reason = reason;
        Basis = basis;
    }

    /// <summary>Gets the kind of relation.</summary>
    /// <value>The link type.</value>
    public LinkType Type { get; }

    /// <summary>Gets the claim the link starts from.</summary>
    /// <value>A valid id.</value>
    public ClaimId From { get; }

    /// <summary>Gets the claim the link points to.</summary>
    /// <value>A valid id other than <see cref="From"/>.</value>
    public ClaimId To { get; }

    /// <summary>Gets why the claims are linked, for people.</summary>
    /// <value>A non-blank sentence.</value>
    public string Reason { get; }

    /// <summary>Gets the machine-readable basis of the link ("quantity:shot-down/helicopter/Azerbaijan", "denial").</summary>
    /// <value>The basis, or <see langword="null"/>.</value>
    public string? Basis { get; }

    /// <summary>Creates a link.</summary>
    /// <param name="type">The kind of relation.</param>
    /// <param name="from">The claim the link starts from.</param>
    /// <param name="to">The claim the link points to.</param>
    /// <param name="reason">Why the claims are linked.</param>
    /// <param name="basis">The machine-readable basis, or <see langword="null"/>.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is the default, the ids are equal, or a text is blank, padded or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    public static ClaimLink Create(LinkType type, ClaimId from, ClaimId to, string reason, string? basis = null)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, Messages.UndefinedEnum(nameof(LinkType)));
        }

        var problem = (from.IsDefault || to.IsDefault ? Messages.DefaultClaimId : null)
            ?? (from == to ? Messages.SelfLink(from) : null)
            ?? Messages.CheckName(reason, MaxReasonLength, nameof(reason))
            ?? (basis is null ? null : Messages.CheckName(basis, MaxReasonLength, nameof(basis)));
        return problem is null ? new ClaimLink(type, from, to, reason, basis) : throw new ArgumentException(problem, nameof(from));
    }

    /// <summary>Creates a link stating that <paramref name="from"/> contradicts <paramref name="to"/>.</summary>
    /// <inheritdoc cref="Create" path="/param[@name='from' or @name='to' or @name='reason' or @name='basis']" />
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException">An id is the default, the ids are equal, or a text is blank, padded or too long.</exception>
    public static ClaimLink Contradicts(ClaimId from, ClaimId to, string reason, string? basis = null) =>
        Create(LinkType.Contradicts, from, to, reason, basis);

    /// <summary>Creates a link stating that <paramref name="from"/> corroborates <paramref name="to"/>.</summary>
    /// <inheritdoc cref="Create" path="/param[@name='from' or @name='to' or @name='reason' or @name='basis']" />
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException">An id is the default, the ids are equal, or a text is blank, padded or too long.</exception>
    public static ClaimLink Corroborates(ClaimId from, ClaimId to, string reason, string? basis = null) =>
        Create(LinkType.Corroborates, from, to, reason, basis);

    // For the comparison engine, whose ids and reasons are valid by construction: checking millions of
    // them again would dominate linking time.
    internal static ClaimLink Trusted(LinkType type, ClaimId from, ClaimId to, string reason, string? basis) =>
        new(type, from, to, reason, basis);

    /// <summary>Tells whether this link joins the same two claims with the same type as <paramref name="other"/>, in either direction.</summary>
    /// <param name="other">The other link.</param>
    /// <returns><see langword="true"/> when both links join the same pair with the same type.</returns>
    public bool JoinsSamePairAs(ClaimLink other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Type == other.Type
            && ((From == other.From && To == other.To) || (From == other.To && To == other.From));
    }

    /// <summary>Describes the link: "a contradicts b: reason".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{From} {(Type == LinkType.Contradicts ? "contradicts" : "corroborates")} {To}: {Reason}";
}
