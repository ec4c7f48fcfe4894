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
