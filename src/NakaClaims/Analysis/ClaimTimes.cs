namespace NakaClaims.Analysis;

// Each claim's event period as integer ticks, computed once per linking run. Overlap follows
// TimeReference.Overlaps: instants when both are zoned, local values otherwise; a claim without a time
// overlaps only untimed claims of its own document.
internal sealed class ClaimTimes
{
    private const long Untimed = long.MinValue;

    private readonly long[] _localStart;
    private readonly long[] _localEnd;
    private readonly long[] _instantStart;
    private readonly long[] _instantEnd;
    private readonly Claim[] _claims;

    public ClaimTimes(Claim[] claims)
    {
        _claims = claims;
        _localStart = new long[claims.Length];
        _localEnd = new long[claims.Length];
        _instantStart = new long[claims.Length];
        _instantEnd = new long[claims.Length];
        for (var i = 0; i < claims.Length; i++)
        {
            (_localStart[i], _localEnd[i], _instantStart[i], _instantEnd[i]) =
                claims[i].Event?.On is { } on ? on.Ticks() : (Untimed, Untimed, Untimed, Untimed);
        }
    }

    public bool IsTimed(int i) => _localStart[i] != Untimed;

    public long Start(int i) => _localStart[i];

    public long End(int i) => _localEnd[i];

    public bool Overlap(int a, int b)
    {
        if (!IsTimed(a) || !IsTimed(b))
        {
            return !IsTimed(a) && !IsTimed(b) && _claims[a].DocumentId == _claims[b].DocumentId;
        }

        return _instantStart[a] != Untimed && _instantStart[b] != Untimed
            ? _instantStart[a] < _instantEnd[b] && _instantStart[b] < _instantEnd[a]
            : _localStart[a] < _localEnd[b] && _localStart[b] < _localEnd[a];
    }

    // Indexes ordered by the start of their period, then split wherever a gap separates them, so that only
    // claims that can overlap are compared. Untimed claims form one group per document.
    public IEnumerable<List<int>> Clusters(List<int> members)
    {
        var timed = members.Where(IsTimed).ToArray();
        var starts = timed.Select(i => _localStart[i]).ToArray();
        Array.Sort(starts, timed);
        var cluster = new List<int>();
        var end = long.MinValue;
        foreach (var i in timed)
        {
            if (cluster.Count > 0 && _localStart[i] >= end)
            {
                cluster.Sort();
                yield return cluster;
                cluster = [];
            }

            end = Math.Max(cluster.Count == 0 ? long.MinValue : end, _localEnd[i]);
            cluster.Add(i);
        }

        if (cluster.Count > 0)
        {
            cluster.Sort();
            yield return cluster;
        }

        foreach (var sameDocument in members.Where(i => !IsTimed(i)).GroupBy(i => _claims[i].DocumentId, StringComparer.Ordinal))
        {
            yield return [.. sameDocument];
        }
    }
}
