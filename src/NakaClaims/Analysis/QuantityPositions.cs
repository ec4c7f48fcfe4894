namespace NakaClaims.Analysis;

// The positions in one cluster of claims counting one key: claims grouped by the limits of the value they
// give, positions in the order they first appear, members (as places in the cluster) ascending. The
// buffers are reused from cluster to cluster.
internal sealed class QuantityPositions
{
    private const int SeveralPlaces = -2;

    private readonly List<(long Lower, long Upper, int First, int Place)> _positions = [];
    private Claim[] _claims = [];
    private int[] _cluster = new int[64];
    private QuantityKey _key;
    private int[] _positionOf = new int[64];
    private int[] _members = new int[64];
    private int[] _offsets = new int[64];

    public int Count => _positions.Count;

    public ReadOnlySpan<int> Members(int position) => _members.AsSpan(_offsets[position], _offsets[position + 1] - _offsets[position]);

    // Whether some member of one position and some member of the other can be at the same place. A
    // position's place is the one all its members name; one member without a place, or two places, make
    // it match anything. Positions at two different places cannot contradict each other.
    public bool MayShareAPlace(int a, int b) =>
        _positions[a].Place < 0 || _positions[b].Place < 0 || _positions[a].Place == _positions[b].Place;

    public bool Compatible(int a, int b) => Quantity.LimitsOverlap(_positions[a].Lower, _positions[a].Upper, _positions[b].Lower, _positions[b].Upper);

    // The quantity a position's first claim gives, for the reason of a link.
    public Quantity Value(int position) => QuantityFor(_claims[_cluster[_positions[position].First]], _key);

    public void Split(Claim[] claims, ReadOnlySpan<int> cluster, ReadOnlySpan<ClaimFact> facts, QuantityKey key)
    {
        (_claims, _key) = (claims, key);
        _positions.Clear();
        if (_members.Length < cluster.Length)
        {
            _members = new int[cluster.Length];
            _positionOf = new int[cluster.Length];
            _cluster = new int[cluster.Length];
        }

        cluster.CopyTo(_cluster);
        for (var k = 0; k < cluster.Length; k++)
        {
            var (lower, upper) = facts[k].CountsOnce ? (facts[k].Lower, facts[k].Upper) : Limits(QuantityFor(claims[cluster[k]], key));
            _positionOf[k] = PositionOf(lower, upper, k, facts[k].Place);
        }

        Bucket(cluster.Length);
    }

    private void Bucket(int length)
    {
        if (_offsets.Length < Count + 1)
        {
            _offsets = new int[Math.Max(Count + 1, _offsets.Length * 2)];
        }

        Buckets.Fill(_positionOf.AsSpan(0, length), Count, _offsets, _members);
    }

    private int PositionOf(long lower, long upper, int member, int place)
    {
        for (var p = 0; p < _positions.Count; p++)
        {
            var position = _positions[p];
            if (position.Lower == lower && position.Upper == upper)
            {
                if (position.Place != place && position.Place != SeveralPlaces)
                {
                    _positions[p] = position with { Place = SeveralPlaces };
                }

                return p;
            }
        }

        _positions.Add((lower, upper, member, place == ClaimFact.Nowhere ? SeveralPlaces : place));
        return _positions.Count - 1;
    }

    private static (long Lower, long Upper) Limits(Quantity q) => (q.LowerLimit, q.UpperLimit);

    // A claim that counts the same thing twice is compared by its first count.
    private static Quantity QuantityFor(Claim claim, QuantityKey key)
    {
        foreach (var q in claim.Quantities)
        {
            if (q.Item == key.Item && Nullable.Equals(q.Owner, key.Owner))
            {
                return q;
            }
        }

        return default;
    }
}
