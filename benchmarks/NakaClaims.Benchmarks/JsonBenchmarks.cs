using BenchmarkDotNet.Attributes;
using NakaClaims.Serialization;

namespace NakaClaims.Benchmarks;

/// <summary>Canonical write and read of 100k claims; divide the byte count printed in setup by the time for MB/s.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private ClaimSet _set = ClaimSet.Empty;
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup()
    {
        var (documents, claims) = ClaimSetGenerator.Realistic(100_000);
        _set = ClaimSet.Create(documents, claims);
        _json = ClaimSetJson.ToUtf8Bytes(_set);
        Console.WriteLine($"// JSON size: {_json.Length} bytes");
    }

    [Benchmark]
    public int Write() => ClaimSetJson.ToUtf8Bytes(_set).Length;

    [Benchmark]
    public int Read()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return ClaimSetJson.Read(stream).Claims.Length;
    }
}
