using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using NakaClaims.Time;

namespace NakaClaims;

/// <summary>
/// One sourced claim: what was asserted, where in which document the evidence stands, who asserted it
/// through whom, when, about which event, with which quantities, and whether it affirms or denies.
/// </summary>
/// <remarks>
/// Create one with <see cref="Create(ClaimId, string, string, TextSpan, Attribution)"/> and add the optional parts with the <c>With…</c> methods, each of
/// which returns a new instance. Equality compares every component (quantities in order). Instances are
/// immutable and thread-safe.
/// </remarks>
public sealed record Claim
{
    /// <summary>The greatest number of characters of <see cref="Text"/>.</summary>
    public const int MaxTextLength = 10_000;

    private Claim(ClaimId id, string documentId, string text, TextSpan span, Attribution attribution)
    {
        Id = id;
        DocumentId = documentId;
        Text = text;
        Span = span;
        Attribution = attribution;
    }

    /// <summary>Gets the stable id of the claim.</summary>
    /// <value>A valid id, unique within a <see cref="ClaimSet"/>.</value>
    public ClaimId Id { get; }

    /// <summary>Gets the id of the document the claim was found in.</summary>
    /// <value>A document id.</value>
    public string DocumentId { get; }

    /// <summary>Gets what was asserted, as plain text.</summary>
    /// <value>The asserted text.</value>
    public string Text { get; }

    /// <summary>Gets where in the document's text the evidence stands (UTF-16 offsets).</summary>
    /// <value>The evidence span.</value>
    public TextSpan Span { get; }

    /// <summary>Gets who asserted the claim and through whom.</summary>
    /// <value>The attribution.</value>
    public Attribution Attribution { get; }

    /// <summary>Gets the claimant (a shortcut for <c>Attribution.Claimant</c>).</summary>
    /// <value>The claimant.</value>
    public Actor Claimant => Attribution.Claimant;

    /// <summary>Gets when the claim was asserted.</summary>
    /// <value>The time, or <see langword="null"/> when unknown.</value>
    public TimeReference? AssertedOn { get; private init; }

    /// <summary>Gets the event the claim is about.</summary>
    /// <value>The event, or <see langword="null"/> when the claim is not about a typed event.</value>
    public ClaimEvent? Event { get; private init; }

    /// <summary>Gets the quantities the claim states.</summary>
    /// <value>The quantities; empty by default.</value>
    public ImmutableArray<Quantity> Quantities { get; private init; } = [];

    /// <summary>Gets whether the claim affirms or denies its proposition.</summary>
    /// <value><see cref="Polarity.Affirms"/> by default.</value>
    public Polarity Polarity { get; private init; }

    /// <summary>Gets the claim this one denies, when it is a denial of a known claim.</summary>
    /// <value>The target's id, or <see langword="null"/>.</value>
    public ClaimId? Target { get; private init; }

    /// <summary>Creates a claim that affirms, with no time, event or quantities.</summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="documentId">The id of the document it was found in.</param>
    /// <param name="text">What was asserted.</param>
    /// <param name="span">Where in the document the evidence stands.</param>
    /// <param name="attribution">Who asserted it, through whom.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The id is the default, the document id is invalid, or the text is blank or too long.</exception>
    public static Claim Create(ClaimId id, string documentId, string text, TextSpan span, Attribution attribution)
    {
        Check(id, documentId, text, attribution);
        return new Claim(id, documentId, text, span, attribution);
    }

    private static void Check(ClaimId id, string documentId, string text, Attribution attribution)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(attribution);
        if (id.IsDefault)
        {
            throw new ArgumentException(Messages.DefaultClaimId, nameof(id));
        }

        var problem = Document.CheckId(documentId);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(documentId));
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
        {
            throw new ArgumentException(Messages.ClaimText(text.Length, MaxTextLength), nameof(text));
        }
    }

    /// <summary>Creates a claim with every optional part at once (the same as <see cref="Create(ClaimId, string, string, TextSpan, Attribution)"/> followed by the <c>With…</c> methods).</summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="documentId">The id of the document it was found in.</param>
    /// <param name="text">What was asserted.</param>
    /// <param name="span">Where in the document the evidence stands.</param>
    /// <param name="attribution">Who asserted it, through whom.</param>
    /// <param name="assertedOn">When it was asserted, or <see langword="null"/>.</param>
    /// <param name="claimEvent">The event it is about, or <see langword="null"/>.</param>
    /// <param name="quantities">The quantities it states, or <see langword="null"/> for none.</param>
    /// <returns>The claim, which affirms.</returns>
    /// <exception cref="ArgumentNullException">A required reference argument is null.</exception>
    /// <exception cref="ArgumentException">A part is invalid, as for <see cref="Create(ClaimId, string, string, TextSpan, Attribution)"/> and the <c>With…</c> methods.</exception>
    public static Claim Create(ClaimId id, string documentId, string text, TextSpan span, Attribution attribution, Time.TimeReference? assertedOn, ClaimEvent? claimEvent, IEnumerable<Quantity>? quantities)
    {
        var list = quantities?.ToImmutableArray() ?? [];
        return Create(id, documentId, text, span, attribution, assertedOn, claimEvent, list);
    }

    // The full factory without the copy into an immutable array, for readers that already built one. One
    // object per claim: a claim built and then copied by `with` was a second, short-lived one per claim.
    internal static Claim Create(ClaimId id, string documentId, string text, TextSpan span, Attribution attribution, TimeReference? assertedOn, ClaimEvent? claimEvent, ImmutableArray<Quantity> quantities)
    {
        Check(id, documentId, text, attribution);
        if (assertedOn is { IsDefault: true })
        {
            throw new ArgumentException(Messages.DefaultTime("assertedOn"), nameof(assertedOn));
        }

        if (HasDefault(quantities))
        {
            throw new ArgumentException(Messages.DefaultQuantity, nameof(quantities));
        }

        return new Claim(id, documentId, text, span, attribution) { AssertedOn = assertedOn, Event = claimEvent, Quantities = quantities };
    }

    private static bool HasDefault(ImmutableArray<Quantity> quantities)
    {
        foreach (var q in quantities)
        {
            if (q.IsDefault)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns a copy asserted at the given time.</summary>
    /// <param name="assertedOn">When the claim was asserted, or <see langword="null"/>.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentException"><paramref name="assertedOn"/> is the default value.</exception>
    [Pure]
    public Claim WithAssertedOn(TimeReference? assertedOn) =>
        assertedOn is { IsDefault: true }
            ? throw new ArgumentException(Messages.DefaultTime("assertedOn"), nameof(assertedOn))
            : this with { AssertedOn = assertedOn };

    /// <summary>Returns a copy about the given event.</summary>
    /// <param name="claimEvent">The event, or <see langword="null"/>.</param>
    /// <returns>The new claim.</returns>
    [Pure]
    public Claim WithEvent(ClaimEvent? claimEvent) => this with { Event = claimEvent };

    /// <summary>Returns a copy stating the given quantities (replacing any earlier ones).</summary>
    /// <param name="quantities">The quantities.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantities"/> is null.</exception>
    /// <exception cref="ArgumentException">A quantity is the default value.</exception>
    [Pure]
    public Claim WithQuantities(IEnumerable<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        var list = quantities.ToImmutableArray();
        return list.Any(q => q.IsDefault)
            ? throw new ArgumentException(Messages.DefaultQuantity, nameof(quantities))
            : this with { Quantities = list };
    }

    /// <summary>Returns a copy that affirms (and has no target).</summary>
    /// <returns>The new claim.</returns>
    [Pure]
    public Claim AsAffirmation() => this with { Polarity = Polarity.Affirms, Target = null };

    /// <summary>Returns a copy that denies, optionally naming the claim it denies.</summary>
    /// <param name="target">The denied claim's id, or <see langword="null"/> when it is not in the data.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentException"><paramref name="target"/> is the default id or this claim's own id.</exception>
    [Pure]
    public Claim AsDenialOf(ClaimId? target)
    {
        if (target is { } t && (t.IsDefault || t == Id))
        {
            throw new ArgumentException(Messages.BadDenialTarget(Id, t), nameof(target));
        }

        return this with { Polarity = Polarity.Denies, Target = target };
    }

    /// <summary>Describes the claim for people: "Stepanyan ← Armenian News Agency: two helicopter…".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Attribution}{(Polarity == Polarity.Denies ? " denies" : string.Empty)}: {Text}";

    /// <inheritdoc />
    public bool Equals(Claim? other) =>
        other is not null && Id == other.Id && DocumentId == other.DocumentId && Text == other.Text && Span == other.Span
        && Attribution == other.Attribution && Nullable.Equals(AssertedOn, other.AssertedOn) && Event == other.Event
        && Quantities.SequenceEqual(other.Quantities) && Polarity == other.Polarity && Nullable.Equals(Target, other.Target);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, DocumentId, Span, Polarity);
}
