namespace NakaClaims.SeedLoader.Tests;

// Article dev22: a ministry that "responded that" figures were "pure fabrication", and "the two sides" of a
// telephone call, who are not the sides of the conflict.
public class DevelopmentArticleRoundTwelveTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev22_responses_and_talks.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void ResponseCallingFiguresAFabrication_DisputesThem()
    {
        var response = Single("pure fabrication");
        Assert.Equal(("Ministry of Defense of Azerbaijan", Polarity.Denies), (response.Claimant.Organization, response.Polarity));
        var claims = Set.Disputes().Select(d => d.Positions.SelectMany(p => p.Claims).ToList());
        Assert.Contains(claims, c => c.Contains(response) && c.Any(x => x.Text.Contains("30 tanks", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheTwoSidesOfACall_AreThePublishersAccount_NotTheConflictSides()
    {
        Assert.Equal("phone-call", Single("held telephone talks").Event!.Type.Key);
        var concern = Set.Claims.Where(c => c.Text.Contains("deep concern", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Overseas Network"], concern.Select(c => c.Claimant.DisplayName));
        Assert.DoesNotContain(Set.Corroborations(), c => c.Claims.Any(x => x.Text.Contains("deep concern", StringComparison.Ordinal)));
    }

    [Fact]
    public void BothSidesOfTheConflict_StillSpeakForEachSide() =>
        Assert.Equal(["Armenia", "Azerbaijan"], Set.Claims.Where(c => c.Text.Contains("entire front line", StringComparison.Ordinal)).Select(c => c.Claimant.DisplayName).Order());

    [Fact]
    public void WillDeployPeacekeepers_IsADeployment() =>
        Assert.Equal("troops-deployed", Single("will deploy peacekeepers").Event!.Type.Key);
}
