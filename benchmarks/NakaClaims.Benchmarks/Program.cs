using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// "--quick" runs every benchmark with a short job (one launch, one warm-up, three iterations).
// "--batch-gc" runs them with the garbage collector naka-claims runs with: not concurrent, as suits a batch
// tool. Without it they run with .NET's default, a concurrent one, which is what a library's user gets.
var quick = args.Contains("--quick");
var batchGc = args.Contains("--batch-gc");
var job = quick ? Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("Quick") : Job.Default;
job = batchGc ? job.WithGcConcurrent(false).WithId(quick ? "QuickBatchGc" : "BatchGc") : job;
var config = quick || batchGc ? DefaultConfig.Instance.AddJob(job) : DefaultConfig.Instance;
BenchmarkSwitcher.FromAssembly(typeof(NakaClaims.Benchmarks.CorpusGenerator).Assembly).Run([.. args.Where(a => a is not ("--quick" or "--batch-gc"))], config);
