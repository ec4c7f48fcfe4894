namespace NakaClaims.Analysis;

// What the linker compares of each claim, computed once per linking run: the event period as ticks,
// numbers standing for the document, the claimant and the place, the polarity and whether the claim counts
// anything. Comparing numbers in one flat array, a claim's facts in one cache line, instead of following
// each claim's object graph is what keeps a million-claim run fast. Overlap follows TimeReference.Overlaps:
// instants when both are zoned, local values otherwise; a claim without a time overlaps only untimed claims
// of its own document.
internal sealed class ClaimFacts
{
    private const long Untimed = long.MinValue;
    private const int Nowhere = -1;

    private readonly Fact[] _facts;

    public ClaimFacts(Claim[] claims)
    {
        _facts = new Fact[claims.Length];
        var (documents, claimants, places) = (new Numbering<string>(StringComparer.Ordinal), new Numbering<Actor>(EqualityComparer<Actor>.Default, byReference: true), new Numbering<string>(StringComparer.OrdinalIgnoreCase));
        for (var i = 0; i < claims.Length; i++)
        {
            var claim = claims[i];
            ref var fact = ref _facts[i];
            (fact.LocalStart, fact.LocalEnd, fact.InstantStart, fact.InstantEnd) =
                claim.Event?.On is { } on ? on.Ticks() : (Untimed, Untimed, Untimed, Untimed);
            fact.Document = documents.Of(claim.DocumentId);
            fact.Claimant = claimants.Of(claim.Claimant);
            fact.Place = claim.Event?.Place is { } place ? places.Of(place) : Nowhere;
            fact.Denies = claim.Polarity == Polarity.Denies;
            fact.Counts = !claim.Quantities.IsEmpty;
        }
    }

    public bool IsTimed(int i) => _facts[i].LocalStart != Untimed;

    public long Start(int i) => _facts[i].LocalStart;

    public long End(int i) => _facts[i].LocalEnd;

    public bool Denies(int i) => _facts[i].Denies;

    public bool Counts(int i) => _facts[i].Counts;

    public bool SameDocument(int a, int b) => _facts[a].Document == _facts[b].Document;

    // The same claimant: equal actors, not merely the same instance.
    public bool SameClaimant(int a, int b) => _facts[a].Claimant == _facts[b].Claimant;

    // Places compare without regard to case; a claim that names no place may be anywhere.
    public bool SamePlace(int a, int b) =>
        _facts[a].Place == _facts[b].Place || _facts[a].Place == Nowhere || _facts[b].Place == Nowhere;

    public bool Overlap(int a, int b)
    {
        ref readonly var x = ref _facts[a];
        ref readonly var y = ref _facts[b];
        if (x.LocalStart == Untimed || y.LocalStart == Untimed)
        {
            return x.LocalStart == y.LocalStart && x.Document == y.Document;
        }

        return x.InstantStart != Untimed && y.InstantStart != Untimed
            ? x.InstantStart < y.InstantEnd && y.InstantStart < x.InstantEnd
            : x.LocalStart < y.LocalEnd && y.LocalStart < x.LocalEnd;
    }

    private struct Fact
    {
        public long LocalStart;
        public long LocalEnd;
        public long InstantStart;
        public long InstantEnd;
        public int Document;
        public int Claimant;
        public int Place;
        public bool Denies;
        public bool Counts;
    }

    // Numbers equal values. Neighbouring claims often share their document, claimant and place objects, so
    // the last value is checked by reference first; actors, whose equality compares every field, are also
    // looked up by reference before by value.
    private sealed class Numbering<T>(IEqualityComparer<T> comparer, bool byReference = false)
        where T : class
    {
        private readonly Dictionary<T, int> _byValue = new(comparer);
        private readonly Dictionary<T, int>? _byReference = byReference ? new(ReferenceEqualityComparer.Instance) : null;
        private T? _last;
        private int _lastNumber;

        public int Of(T value)
        {
            if (ReferenceEquals(value, _last))
            {
                return _lastNumber;
            }

            if (_byReference is null || !_byReference.TryGetValue(value, out var number))
            {
                if (!_byValue.TryGetValue(value, out number))
                {
                    number = _byValue.Count;
                    _byValue[value] = number;
                }

                _byReference?.Add(value, number);
            }

            (_last, _lastNumber) = (value, number);
            return number;
        }
    }
}
