namespace NakaClaims.Analysis;

// Each claim's facts (see ClaimFact), computed once per linking run into one flat array. Comparing numbers
// held together instead of following each claim's object graph is what keeps a million-claim run fast.
internal sealed class ClaimFacts
{
    private readonly ClaimFact[] _facts;

    public ClaimFacts(Claim[] claims)
    {
        _facts = new ClaimFact[claims.Length];
        var documents = new Numbering<string>(StringComparer.Ordinal);
        var claimants = new Numbering<Actor>(EqualityComparer<Actor>.Default, byReference: true);
        var places = new Numbering<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < claims.Length; i++)
        {
            var claim = claims[i];
            var place = claim.Event?.Place is { } p ? places.Of(p) : (int?)null;
            _facts[i] = new ClaimFact(claim, documents.Of(claim.DocumentId), claimants.Of(claim.Claimant), place);
        }
    }

    public ref readonly ClaimFact this[int claim] => ref _facts[claim];

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
