namespace NakaClaims.Analysis;

// Splits a group of claims into clusters that can overlap in time: members ordered by the start of their
// period, cut wherever a gap separates them. Untimed claims form one cluster per document. The buffers are
// reused from group to group; each cluster is handed out ascending by claim index, and clusters of one
// claim, which have nothing to compare, are left out.
internal sealed class TimeClusters(ClaimFacts facts)
{
    private readonly List<(int Start, int Length)> _ranges = [];
    private int[] _items = new int[64];
    private long[] _starts = new long[64];

    public int Count => _ranges.Count;

    public ReadOnlySpan<int> this[int cluster] => _items.AsSpan(_ranges[cluster].Start, _ranges[cluster].Length);

    public void Split(ReadOnlySpan<int> members)
    {
        _ranges.Clear();
        if (_items.Length < members.Length)
        {
            _items = new int[members.Length];
            _starts = new long[members.Length];
        }

        var timed = SplitTimed(members);
        SplitUntimed(members, timed);
    }

    private int SplitTimed(ReadOnlySpan<int> members)
    {
        var count = 0;
        foreach (var i in members)
        {
            if (facts.IsTimed(i))
            {
                _items[count] = i;
                _starts[count] = facts.Start(i);
                count++;
            }
        }

        _starts.AsSpan(0, count).Sort(_items.AsSpan(0, count));
        var (first, end) = (0, long.MinValue);
        for (var k = 0; k < count; k++)
        {
            var i = _items[k];
            if (k > first && facts.Start(i) >= end)
            {
                Close(first, k);
                first = k;
            }

            end = k == first ? facts.End(i) : Math.Max(end, facts.End(i));
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
            if (facts.IsTimed(i))
            {
                continue;
            }

            if (next > first && !facts.SameDocument(_items[next - 1], i))
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
            _ranges.Add((first, end - first));
        }
    }
}
