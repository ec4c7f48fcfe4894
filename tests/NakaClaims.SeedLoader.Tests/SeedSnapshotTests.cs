using NakaClaims.Serialization;
using Snapshooter;
using Snapshooter.Xunit;

namespace NakaClaims.SeedLoader.Tests;

// Pins each seed's extracted claims; the snapshot files under __snapshots__ are meant to be read beside the articles.
public class SeedSnapshotTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void LoadFiles_EachSeedWithTheOthers_MatchesSnapshot(string seed)
    {
        var result = new SeedLoader().LoadFolder(Paths.Seeds);
        var id = Path.GetFileNameWithoutExtension(Paths.Seed(seed));
        var claims = result.ClaimSet.ClaimsInDocument(id);
        var links = result.ClaimSet.Links.Where(l => claims.Any(c => c.Id == l.From || c.Id == l.To));
        var single = ClaimSet.Create([result.ClaimSet.GetDocument(id)], claims).WithLinks(links.Where(l => claims.Any(c => c.Id == l.From) && claims.Any(c => c.Id == l.To)));
        Snapshot.Match(SnapshotJson.Tree(ClaimSetJson.ToJson(single)), SnapshotNameExtension.Create(seed));
    }

    [Fact]
    public void LoadFolder_Seeds_IsDeterministic() =>
        Assert.Equal(ClaimSetJson.ToUtf8Bytes(new SeedLoader().LoadFolder(Paths.Seeds).ClaimSet), ClaimSetJson.ToUtf8Bytes(new SeedLoader().LoadFolder(Paths.Seeds).ClaimSet));
}

public class ParallelLoadingTests
{
    [Fact]
    public void LoadFolder_AnyParallelism_SameBytes()
    {
        var folder = Directory.CreateTempSubdirectory("naka-par-");
        foreach (var (file, i) in Directory.EnumerateFiles(Paths.Seeds).Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "dev0*.txt")).Select((f, i) => (f, i)))
        {
            for (var copy = 0; copy < 8; copy++)
            {
                File.Copy(file, Path.Combine(folder.FullName, $"{i:00}_{copy}_{Path.GetFileName(file)}"));
            }
        }

        byte[] Load(int parallelism)
        {
            var result = new SeedLoader(new SeedLoaderOptions { MaxDegreeOfParallelism = parallelism, AssumedYear = 2020 }).LoadFolder(folder.FullName);
            return ClaimSetJson.ToUtf8Bytes(result.ClaimSet);
        }

        Assert.Equal(Load(1), Load(4));
    }

    [Fact]
    public void Progress_IsReportedForEveryArticle()
    {
        var reports = new System.Collections.Concurrent.ConcurrentBag<int>();
        new SeedLoader(new SeedLoaderOptions { Progress = new SynchronousProgress(reports.Add) }).LoadFolder(Paths.Seeds);
        Assert.Equal([1, 2, 3], reports.Order());
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
