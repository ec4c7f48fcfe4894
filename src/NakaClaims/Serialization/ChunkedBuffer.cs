using System.Buffers;

namespace NakaClaims.Serialization;

// Collects written bytes in pooled chunks, so that producing a large output allocates only the final
// array: a growing MemoryStream copies itself at every doubling and then once more into its result.
internal sealed class ChunkedBuffer : IBufferWriter<byte>, IDisposable
{
    private const int ChunkSize = 1 << 20;

    private readonly List<(byte[] Chunk, int Used)> _full = [];
    private byte[] _current = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private int _used;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _current.Length - _used);
        _used += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _current.AsMemory(_used);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _current.AsSpan(_used);
    }

    // Everything written, then the suffix, in one new array.
    public byte[] ToArray(ReadOnlySpan<byte> suffix)
    {
        var length = _used + suffix.Length;
        foreach (var (_, used) in _full)
        {
            length += used;
        }

        var result = GC.AllocateUninitializedArray<byte>(length);
        var at = 0;
        foreach (var (chunk, used) in _full)
        {
            chunk.AsSpan(0, used).CopyTo(result.AsSpan(at));
            at += used;
        }

        _current.AsSpan(0, _used).CopyTo(result.AsSpan(at));
        suffix.CopyTo(result.AsSpan(at + _used));
        return result;
    }

    public void Dispose()
    {
        foreach (var (chunk, _) in _full)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        _full.Clear();
        ArrayPool<byte>.Shared.Return(_current);
        _current = [];
        _used = 0;
    }

    private void Reserve(int sizeHint)
    {
        if (_current.Length - _used < Math.Max(sizeHint, 1))
        {
            _full.Add((_current, _used));
            _current = ArrayPool<byte>.Shared.Rent(Math.Max(sizeHint, ChunkSize));
            _used = 0;
        }
    }
}
