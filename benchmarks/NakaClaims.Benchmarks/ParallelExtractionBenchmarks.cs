using System.Text;
using BenchmarkDotNet.Attributes;
using NakaClaims.SeedLoader;
using NakaClaims.Serialization;

namespace NakaClaims.Benchmarks;

/// <summary>A folder of 5,000 generated articles, sequential and on all cores; setup checks both give the same bytes.</summary>
[MemoryDiagnoser]
public class ParallelExtractionBenchmarks
{
    private string _folder = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("naka-par-").FullName;
        var generator = new CorpusGenerator(7);
        for (var i = 0; i < 5000; i++)
        {
            File.WriteAllText(Path.Combine(_folder, $"{i:00000}.txt"), generator.Article(), new UTF8Encoding(false));
        }

        if (!ClaimSetJson.ToUtf8Bytes(Run(1)).AsSpan().SequenceEqual(ClaimSetJson.ToUtf8Bytes(Run(Environment.ProcessorCount))))
        {
            throw new InvalidOperationException("Parallel extraction differs from the sequential run.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public ClaimSet Sequential() => Run(1);

    [Benchmark]
    public ClaimSet AllCores() => Run(Environment.ProcessorCount);

    private ClaimSet Run(int parallelism) =>
        new SeedLoader.SeedLoader(new SeedLoaderOptions { MaxDegreeOfParallelism = parallelism, AssumedYear = 2020 }).LoadFolder(_folder).ClaimSet;
}
