namespace NakaClaims.Analysis;

// Splits a group of claims into clusters that can overlap in time: members ordered by the start of their
// period, cut wherever a gap separates them. Untimed claims form one cluster per document. Each cluster is
// handed out ascending by claim index, with a copy of its claims' facts side by side: the comparisons that
// follow scan a cluster many times, and scanning a small contiguous copy is far cheaper than reaching into
// the whole run's facts. Clusters of one claim, which have nothing to compare, are left out; the buffers
// are reused from group to group.
internal sealed class TimeClusters(ClaimFacts facts)
{
    private readonly List<(int Start, int Length)> _ranges = [];
    private int[] _items = new int[64];
    private long[] _starts = new long[64];
    private ClaimFact[] _facts = new ClaimFact[64];

    public int Count => _ranges.Count;

    public ReadOnlySpan<int> this[int cluster] => _items.AsSpan(_ranges[cluster].Start, _ranges[cluster].Length);

    public ReadOnlySpan<ClaimFact> FactsOf(int cluster) => _facts.AsSpan(_ranges[cluster].Start, _ranges[cluster].Length);

    public void Split(ReadOnlySpan<int> members)
    {
        _ranges.Clear();
        if (_items.Length < members.Length)
        {
            _items = new int[members.Length];
            _starts = new long[members.Length];
            _facts = new ClaimFact[members.Length];
        }

        var timed = SplitTimed(members);
        SplitUntimed(members, timed);
    }

    private int SplitTimed(ReadOnlySpan<int> members)
    {
        var count = 0;
        foreach (var i in members)
        {
            if (facts[i].IsTimed)
            {
                _items[count] = i;
                _starts[count] = facts[i].Start;
                count++;
            }
        }

        _starts.AsSpan(0, count).Sort(_items.AsSpan(0, count));
        var (first, end) = (0, long.MinValue);
        for (var k = 0; k < count; k++)
        {
            ref readonly var fact = ref facts[_items[k]];
            if (k > first && fact.Start >= end)
            {
                Close(first, k);
                first = k;
            }

            end = k == first ? fact.End : Math.Max(end, fact.End);
        }

        Close(first, count);
        return count;
    }

    // Members ascend by index, and canonical order puts each document's claims together.
    private void SplitUntimed(ReadOnlySpan<int> members, int next)
    {
        var first = next;
        foreach (var i in members)
        {
            if (facts[i].IsTimed)
            {
                continue;
            }

            if (next > first && !facts[_items[next - 1]].SameDocument(facts[i]))
            {
                Close(first, next);
                first = next;
            }

            _items[next++] = i;
        }

        Close(first, next);
    }

    private void Close(int first, int end)
    {
        if (end - first > 1)
        {
            _items.AsSpan(first, end - first).Sort();
            for (var k = first; k < end; k++)
            {
                _facts[k] = facts[_items[k]];
            }

            _ranges.Add((first, end - first));
        }
    }
}
