namespace NakaClaims.Analysis;

// Union-find over dense indexes, to group linked claims into disputes and corroborations in near-linear time.
internal sealed class DisjointSet
{
    private readonly int[] _parent;

    public DisjointSet(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }

        return i;
    }

    public void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb)
        {
            // The smaller index wins so that a group's root is its first claim in canonical order.
            _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
