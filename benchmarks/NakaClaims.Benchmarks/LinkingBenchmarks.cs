using BenchmarkDotNet.Attributes;
using NakaClaims.Analysis;

namespace NakaClaims.Benchmarks;

/// <summary>
/// The comparison engine on 10k, 100k and 1M generated claims, on a realistic archive, on the same mix in a
/// fixed year and on a dense stress case (see <see cref="ClaimSetGenerator"/>); growth from 100k to 1M should stay near-linear.
/// </summary>
[MemoryDiagnoser]
public class LinkingBenchmarks
{
    private Claim[] _claims = [];

    [Params(10_000, 100_000, 1_000_000)]
    public int Claims { get; set; }

    [Params("realistic", "one-year", "dense")]
    public string Corpus { get; set; } = "realistic";

    [GlobalSetup]
    public void Setup() => _claims = Corpus switch
    {
        "dense" => ClaimSetGenerator.Dense(Claims).Claims,
        "one-year" => ClaimSetGenerator.OneYear(Claims).Claims,
        _ => ClaimSetGenerator.Realistic(Claims).Claims,
    };

    [Benchmark]
    public int Link() => ClaimLinker.Default.Link(_claims).Length;
}
