namespace NakaClaims.Analysis;

// Counting sort, shared by the linker's groupings: items spread into buckets by number, each bucket keeping
// the items' order, all in one array; bucket b is into[offsets[b]..offsets[b + 1]].
internal static class Buckets
{
    // The items are given, or are their own indexes when none are.
    public static void Fill(ReadOnlySpan<int> bucketOf, int buckets, Span<int> offsets, Span<int> into, ReadOnlySpan<int> items = default)
    {
        offsets[..(buckets + 1)].Clear();
        foreach (var bucket in bucketOf)
        {
            offsets[bucket + 1]++;
        }

        for (var b = 0; b < buckets; b++)
        {
            offsets[b + 1] += offsets[b];
        }

        Span<int> next = buckets <= 256 ? stackalloc int[buckets] : new int[buckets];
        offsets[..buckets].CopyTo(next);
        for (var i = 0; i < bucketOf.Length; i++)
        {
            into[next[bucketOf[i]]++] = items.IsEmpty ? i : items[i];
        }
    }
}
