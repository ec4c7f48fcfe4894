using System.Runtime.InteropServices;

namespace NakaClaims.Analysis;

// Claim indexes bucketed by key into one array, each bucket ascending and buckets in the order their keys
// first appeared: grouping a million claims costs one dictionary and a few arrays, not a list per key.
internal sealed class ClaimGroups<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _ids = [];
    private readonly List<int> _lastClaim = [];
    private int[] _groups = new int[1024];
    private int[] _claims = new int[1024];
    private int _count;
    private int[] _members = [];
    private int[] _offsets = [];

    public int Count => _ids.Count;

    // Adds claims in ascending order; a claim added twice under one key is kept once.
    public void Add(TKey key, int claim)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, key, out var exists);
        if (!exists)
        {
            id = _ids.Count - 1;
            _lastClaim.Add(-1);
        }
        else if (_lastClaim[id] == claim)
        {
            return;
        }

        _lastClaim[id] = claim;
        if (_count == _groups.Length)
        {
            Array.Resize(ref _groups, _count * 2);
            Array.Resize(ref _claims, _count * 2);
        }

        _groups[_count] = id;
        _claims[_count] = claim;
        _count++;
    }

    // Buckets the added claims; call once, after the last Add.
    public void Seal()
    {
        _offsets = new int[Count + 1];
        _members = new int[_count];
        Buckets.Fill(_groups.AsSpan(0, _count), Count, _offsets, _members, _claims.AsSpan(0, _count));
    }

    public Dictionary<TKey, int>.Enumerator GetEnumerator() => _ids.GetEnumerator();

    public ReadOnlySpan<int> Members(int group) => _members.AsSpan(_offsets[group], _offsets[group + 1] - _offsets[group]);
}
