using BenchmarkDotNet.Attributes;
using NakaClaims.Analysis;

namespace NakaClaims.Benchmarks;

/// <summary>The comparison engine on 10k, 100k and 1M generated claims; growth from 100k to 1M should stay near-linear.</summary>
[MemoryDiagnoser]
public class LinkingBenchmarks
{
    private Claim[] _claims = [];

    [Params(10_000, 100_000, 1_000_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup() => _claims = ClaimSetGenerator.Create(Claims).Claims;

    [Benchmark]
    public int Link() => ClaimLinker.Default.Link(_claims).Length;
}
