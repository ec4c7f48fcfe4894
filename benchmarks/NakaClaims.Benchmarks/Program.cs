using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// "--quick" runs every benchmark with a short job (one launch, one warm-up, three iterations).
var quick = args.Contains("--quick");
var config = quick
    ? DefaultConfig.Instance.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("Quick"))
    : DefaultConfig.Instance;
BenchmarkSwitcher.FromAssembly(typeof(NakaClaims.Benchmarks.CorpusGenerator).Assembly).Run([.. args.Where(a => a != "--quick")], config);
