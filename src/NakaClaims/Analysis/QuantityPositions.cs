namespace NakaClaims.Analysis;

// The positions in one cluster of claims counting one key: claims grouped by the value they give, values in
// the order they first appear, members ascending. The buffers are reused from cluster to cluster.
internal sealed class QuantityPositions
{
    private readonly List<Quantity> _values = [];
    private int[] _positionOf = new int[64];
    private int[] _members = new int[64];
    private int[] _offsets = new int[64];

    public int Count => _values.Count;

    public Quantity Value(int position) => _values[position];

    public ReadOnlySpan<int> Members(int position) => _members.AsSpan(_offsets[position], _offsets[position + 1] - _offsets[position]);

    public void Split(Claim[] claims, ReadOnlySpan<int> cluster, QuantityKey key)
    {
        _values.Clear();
        if (_members.Length < cluster.Length)
        {
            _members = new int[cluster.Length];
            _positionOf = new int[cluster.Length];
        }

        for (var k = 0; k < cluster.Length; k++)
        {
            _positionOf[k] = PositionOf(QuantityFor(claims[cluster[k]], key));
        }

        if (_offsets.Length < Count + 1)
        {
            _offsets = new int[Math.Max(Count + 1, _offsets.Length * 2)];
        }

        Array.Clear(_offsets, 0, Count + 1);
        for (var k = 0; k < cluster.Length; k++)
        {
            _offsets[_positionOf[k] + 1]++;
        }

        for (var p = 0; p < Count; p++)
        {
            _offsets[p + 1] += _offsets[p];
        }

        Span<int> next = Count <= 256 ? stackalloc int[Count] : new int[Count];
        _offsets.AsSpan(0, Count).CopyTo(next);
        for (var k = 0; k < cluster.Length; k++)
        {
            _members[next[_positionOf[k]]++] = cluster[k];
        }
    }

    private int PositionOf(Quantity value)
    {
        for (var p = 0; p < _values.Count; p++)
        {
            if (_values[p].LowerLimit == value.LowerLimit && _values[p].UpperLimit == value.UpperLimit)
            {
                return p;
            }
        }

        _values.Add(value);
        return _values.Count - 1;
    }

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
