using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace NakaClaims;

/// <summary>
/// Who asserts a claim and through whom it reached the reader: the claimant, the reporting chain (nearest
/// reporter first, the publisher last), the cue that attributes it and the mode of attribution.
/// </summary>
/// <remarks>
/// Example: Stepanyan ← Armenian News Agency ← China News Service, cue "according to … stated",
/// mode <see cref="AttributionMode.AccordingTo"/>. Equality compares every component, the chain in order.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed record Attribution
{
    /// <summary>The greatest number of reporters in a chain.</summary>
    public const int MaxChainLength = 16;

    private Attribution(Actor claimant, ImmutableArray<string> via, string? cue, AttributionMode mode)
    {
        Claimant = claimant;
        Via = via;
        Cue = cue;
        Mode = mode;
    }

    /// <summary>Gets who asserts the claim.</summary>
    /// <value>The claimant.</value>
    public Actor Claimant { get; }

    /// <summary>Gets the reporting chain, nearest reporter first and the publisher last.</summary>
    /// <value>Reporter names; empty when the claimant speaks to the reader directly.</value>
    public ImmutableArray<string> Via { get; }

    /// <summary>Gets the words that attribute the claim ("said", "quoted … as saying", "according to").</summary>
    /// <value>The cue, or <see langword="null"/> for plain narration.</value>
    public string? Cue { get; }

    /// <summary>Gets how the claim is attributed.</summary>
    /// <value>The mode.</value>
    public AttributionMode Mode { get; }

    /// <summary>Creates an attribution.</summary>
    /// <param name="claimant">Who asserts the claim.</param>
    /// <param name="via">The reporting chain, nearest first; <see langword="null"/> for none.</param>
    /// <param name="cue">The attributing words, or <see langword="null"/>.</param>
    /// <param name="mode">How the claim is attributed.</param>
    /// <returns>The attribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claimant"/> is null.</exception>
    /// <exception cref="ArgumentException">A reporter name or the cue is blank, padded or too long, or the chain is too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public static Attribution Create(Actor claimant, IEnumerable<string>? via = null, string? cue = null, AttributionMode mode = AttributionMode.IndirectSpeech)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, Messages.UndefinedEnum(nameof(AttributionMode)));
        }

        var chain = via?.ToImmutableArray() ?? [];
        if (chain.Length > MaxChainLength)
        {
            throw new ArgumentException(Messages.ChainTooLong(chain.Length, MaxChainLength), nameof(via));
        }

        foreach (var reporter in chain)
        {
            var problem = reporter is null ? Messages.NullReporter : Messages.CheckName(reporter, Actor.MaxTextLength, "reporter");
            if (problem is not null)
            {
                throw new ArgumentException(problem, nameof(via));
            }
        }

        var cueProblem = cue is null ? null : Messages.CheckName(cue, Actor.MaxTextLength, nameof(cue));
        return cueProblem is null ? new Attribution(claimant, chain, cue, mode) : throw new ArgumentException(cueProblem, nameof(cue));
    }

    /// <summary>Creates the attribution of a publisher's own narration.</summary>
    /// <param name="publisher">The publisher, as an actor.</param>
    /// <param name="hedged">Whether the narration is hedged ("It is reported that …").</param>
    /// <param name="cue">The hedging words, or <see langword="null"/>.</param>
    /// <returns>The attribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publisher"/> is null.</exception>
    public static Attribution Narration(Actor publisher, bool hedged = false, string? cue = null) =>
        Create(publisher, null, cue, hedged ? AttributionMode.HedgedNarration : AttributionMode.Narration);

    /// <summary>Returns a copy with another reporter appended at the far end of the chain (for example the publisher).</summary>
    /// <param name="reporter">The reporter's name.</param>
    /// <returns>The new attribution.</returns>
    /// <exception cref="ArgumentException">The name is blank, padded or too long, or the chain would be too long.</exception>
    [Pure]
    public Attribution ThroughAlso(string reporter)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        return Create(Claimant, Via.Add(reporter), Cue, Mode);
    }

    /// <summary>Describes the chain for people: "Stepanyan ← Armenian News Agency ← China News Service".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Join(" ← ", Via.Prepend(Claimant.DisplayName));

    /// <inheritdoc />
    public bool Equals(Attribution? other) =>
        other is not null && Claimant == other.Claimant && Via.SequenceEqual(other.Via, StringComparer.Ordinal)
        && string.Equals(Cue, other.Cue, StringComparison.Ordinal) && Mode == other.Mode;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Claimant, Via.Length, Cue, Mode);
}
