using System.Collections.Immutable;

namespace NakaClaims.Analysis;

// Gathers links between claims known by their index in canonical order. Each link is packed into one long
// (type, lower index, higher index) so that ordering and removing repeats is a single integer sort; the
// first link added for a pair and type wins. Reasons are stored once and referred to by number.
internal sealed class LinkCollector(Claim[] claims)
{
    private readonly List<(string Reason, string? Basis)> _texts = [];
    private readonly Dictionary<(string, string?), int> _textIds = [];
    private long[] _keys = new long[1024];
    private int[] _payloads = new int[1024];
    private int _count;

    // Registers a reason once, so that each link only carries its number.
    public int Text(string reason, string? basis)
    {
        if (!_textIds.TryGetValue((reason, basis), out var text))
        {
            text = _texts.Count;
            _texts.Add((reason, basis));
            _textIds[(reason, basis)] = text;
        }

        return text;
    }

    public void Add(LinkType type, int from, int to, string reason, string? basis) => Add(type, from, to, Text(reason, basis));

    public void Add(LinkType type, int from, int to, int text)
    {
        if (from == to)
        {
            return;
        }

        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _payloads, _count * 2);
        }

        var (low, high) = from < to ? (from, to) : (to, from);
        _keys[_count] = ((long)type << 62) | ((long)low << 31) | (uint)high;

        // The payload keeps the text and the original direction (a denial points from the denier); the
        // sequence number in the upper bits makes the sort stable, so the first link of a pair wins.
        _payloads[_count] = (text << 1) | (from < to ? 0 : 1);
        _count++;
    }

    public ImmutableArray<ClaimLink> ToOrdered()
    {
        var order = new int[_count];
        for (var i = 0; i < _count; i++)
        {
            order[i] = i;
        }

        // Called once, when linking ends: the keys are sorted in place, as a copy would be one more large array.
        var keys = _keys;
        Array.Sort(keys, order, 0, _count);
        // Links join claims from all over the run: their ids are gathered in one sequential pass so that
        // each link reads a small array rather than two claim objects anywhere on the heap.
        var ids = new ClaimId[claims.Length];
        for (var i = 0; i < claims.Length; i++)
        {
            ids[i] = claims[i].Id;
        }

        var result = ImmutableArray.CreateBuilder<ClaimLink>(_count);
        for (var i = 0; i < _count; i++)
        {
            var start = i;
            var first = order[i];
            while (i + 1 < _count && keys[i + 1] == keys[start])
            {
                first = Math.Min(first, order[++i]);
            }

            var key = keys[start];
            var payload = _payloads[first];
            var (low, high) = ((int)((key >> 31) & int.MaxValue), (int)(key & int.MaxValue));
            var (from, to) = (payload & 1) == 0 ? (low, high) : (high, low);
            var (reason, basis) = _texts[payload >> 1];
            result.Add(ClaimLink.Trusted((LinkType)(key >> 62), ids[from], ids[to], reason, basis));
        }

        return result.ToImmutable();
    }
}
