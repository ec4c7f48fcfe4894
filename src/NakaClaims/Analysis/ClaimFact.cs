namespace NakaClaims.Analysis;

// What the linker compares of one claim, as numbers: the event period as ticks (local and, when zoned, as
// instants), numbers standing for its document, claimant and place (see ClaimFacts), its polarity, and the
// limits of its count when it states exactly one. Small enough that a claim's facts fill one cache line (64
// bytes: the polarity shares an int with the number of counts, as a separate bool would pad the struct to 72).
internal readonly struct ClaimFact
{
    // The place number of a claim that names no place.
    public const int Nowhere = -1;

    private const long Untimed = long.MinValue;

    private readonly long _localStart;
    private readonly long _localEnd;
    private readonly long _instantStart;
    private readonly long _instantEnd;
    private readonly int _document;
    private readonly int _claimant;
    private readonly int _place;
    private readonly int _countsAndDenial;

    public ClaimFact(Claim claim, int document, int claimant, int? place)
    {
        (_localStart, _localEnd, _instantStart, _instantEnd) = claim.Event?.On is { } on ? on.Ticks() : (Untimed, Untimed, Untimed, Untimed);
        (_document, _claimant, _place) = (document, claimant, place ?? Nowhere);
        var counts = claim.Quantities.Length;
        _countsAndDenial = (counts << 1) | (claim.Polarity == Polarity.Denies ? 1 : 0);
        (Lower, Upper) = counts == 1 ? (claim.Quantities[0].LowerLimit, claim.Quantities[0].UpperLimit) : (0, 0);
    }

    public bool IsTimed => _localStart != Untimed;

    public long Start => _localStart;

    public long End => _localEnd;

    public bool Denies => (_countsAndDenial & 1) != 0;

    public bool Counts => _countsAndDenial > 1;

    // Only one count, so Lower and Upper are its limits.
    public bool CountsOnce => _countsAndDenial >> 1 == 1;

    public long Lower { get; }

    public long Upper { get; }

    // The number of the claim's place, or Nowhere when it names none.
    public int Place => _place;

    public bool SameDocument(in ClaimFact other) => _document == other._document;

    // The same claimant: equal actors, not merely the same instance.
    public bool SameClaimant(in ClaimFact other) => _claimant == other._claimant;

    // Places compare without regard to case; a claim that names no place may be anywhere.
    public bool SamePlace(in ClaimFact other) => _place == other._place || _place == Nowhere || other._place == Nowhere;

    // As TimeReference.Overlaps: instants when both are zoned, local values otherwise. A claim without a time
    // overlaps only untimed claims of its own document.
    public bool Overlaps(in ClaimFact other)
    {
        if (!IsTimed || !other.IsTimed)
        {
            return !IsTimed && !other.IsTimed && SameDocument(other);
        }

        return _instantStart != Untimed && other._instantStart != Untimed
            ? _instantStart < other._instantEnd && other._instantStart < _instantEnd
            : _localStart < other._localEnd && other._localStart < _localEnd;
    }
}
