namespace NakaClaims.SeedLoader.Tests;

// Articles written for development, in the seeds' style, covering constructions the seeds do not.
public class DevelopmentArticleTests
{
    // The development articles, like many real ones, never name a year: the loader is told which to assume.
    private static ClaimSet Load(string name) => new SeedLoader(new SeedLoaderOptions { AssumedYear = 2020 }).LoadFiles([Paths.Article(name)]).ClaimSet;

    [Fact]
    public void Denial_ThatSomethingHappened_TargetsTheClaimAboutIt()
    {
        var set = Load("dev01_denial.txt");
        var captured = set.Claims.Single(c => c.Event?.Type == EventType.Create("captured") && c.Polarity == Polarity.Affirms);
        var denial = set.Claims.Single(c => c.Polarity == Polarity.Denies && c.Text.Contains("Jabrayil", StringComparison.Ordinal));
        Assert.Equal(captured.Id, denial.Target);
        Assert.Equal("Aliyev", captured.Claimant.Name);
        Assert.Equal(["Azerbaijan News Agency", "Xinhua News Agency"], captured.Attribution.Via.ToArray());
        Assert.Contains(set.Links, l => l.From == denial.Id && l.To == captured.Id && l.Type == LinkType.Contradicts);
    }

    [Fact]
    public void Rejection_OfThisStatement_TargetsThePreviousClaim()
    {
        var set = Load("dev01_denial.txt");
        var killed = set.Claims.Single(c => c.Event?.Type == EventType.Create("killed"));
        var rejection = set.Claims.Last();
        Assert.Equal((Polarity.Denies, (ClaimId?)killed.Id), (rejection.Polarity, rejection.Target));
        Assert.Equal("at least 51", killed.Quantities.Single().FormatValue());
        Assert.Equal(Side.Create("Azerbaijan"), killed.Quantities.Single().Owner);
    }

    [Fact]
    public void ApproximateAndExactCounts_FromOpposingSides_Dispute()
    {
        var set = Load("dev02_casualties.txt");
        var dispute = set.Disputes().Single(d => d.Basis == "quantity:destroyed/tank/Azerbaijan");
        Assert.Equal(["about 20", "3"], dispute.Positions.Select(p => p.Value));
        Assert.Equal(["Ministry of Defense of Armenia", "Ministry of National Defense (Azerbaijan)"], dispute.Positions.Select(p => p.Source));
    }

    [Fact]
    public void HedgedNarration_AndAtLeast_AreRead()
    {
        var set = Load("dev02_casualties.txt");
        var hedged = set.Claims.First(c => c.Attribution.Mode == AttributionMode.HedgedNarration);
        Assert.Equal("China News Service", hedged.Claimant.DisplayName);
        Assert.Contains(set.Claims, c => c.Quantities.Any(q => q is { Min: 12, Item: "civilian" }));
    }

    [Fact]
    public void LocalTime_TakesTheZoneOfTheSentencesPlace()
    {
        var set = Load("dev03_ceasefire.txt");
        var ceasefire = set.ClaimsBy("Lavrov").Single();
        Assert.Equal("2020-10-10T12:00 Asia/Yerevan [inferred: year]", ceasefire.Event!.On.ToString());
    }

    [Fact]
    public void AfghanSide_IsAzerbaijan_AndCallingAReportFalse_IsADenial()
    {
        var set = Load("dev03_ceasefire.txt");
        var denial = set.Claims.Last();
        Assert.Equal((Polarity.Denies, (Side?)Side.Create("Azerbaijan")), (denial.Polarity, denial.Claimant.Side));
    }
}
