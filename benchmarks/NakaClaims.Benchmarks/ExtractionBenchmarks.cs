using System.Text;
using BenchmarkDotNet.Attributes;
using NakaClaims.SeedLoader;
using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.Benchmarks;

/// <summary>
/// The seed loader on 1 MB and 10 MB of generated articles, on one core, beside a baseline that only reads the
/// text and splits it into sentences: the ratio to the baseline is the figure we track.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private string _folder = string.Empty;
    private string[] _files = [];
    private SeedLoader.SeedLoader _loader = null!;

    [Params(1_000_000, 10_000_000)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("naka-bench-").FullName;
        _files = [.. new CorpusGenerator(42).Articles(Bytes).Select((text, i) =>
        {
            var path = Path.Combine(_folder, $"{i:000000}.txt");
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        })];
        _loader = new SeedLoader.SeedLoader(new SeedLoaderOptions { MaxDegreeOfParallelism = 1, Link = false, AssumedYear = 2020 });
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "read + sentences")]
    public int ReadAndSplit()
    {
        var count = 0;
        foreach (var file in _files)
        {
            count += SentenceSplitter.Split(File.ReadAllText(file), 0).Count;
        }

        return count;
    }

    [Benchmark(Description = "seed loader (1 core, no linking)")]
    public int Load() => _loader.LoadFiles(_files).ClaimSet.Claims.Length;
}
