namespace NakaClaims.SeedLoader.Tests;

// Article dev49: "According to the latest news released by" a ministry, a leader's spokeswoman, capitals that stand
// for their sides ("Yerevan accused Ankara …", "Moscow called on …").
public class DevelopmentArticleRoundThirtySevenTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev49_latest_news_offices_and_capitals.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void LatestNewsReleasedByAMinistry_IsTheMinistrysClaim() =>
        Assert.Equal("Ministry of Defense of Azerbaijan", Single("shelled the city of Barda").Claimant.Organization);

    [Fact]
    public void LeadersSpokeswoman_SpeaksForTheLeadersSide()
    {
        var denial = Single("the information was false");

        Assert.Equal(("Mane Gevorgyan", "Armenia", Polarity.Denies), (denial.Claimant.Name, denial.Claimant.Side?.Name, denial.Polarity));
        Assert.Equal(Single("shelled the city of Barda").Id, denial.Target);
    }

    [Theory]
    [InlineData("accused Ankara of sending", "Armenia")]
    [InlineData("called on both sides to respect", "Russia")]
    public void CapitalThatStandsForItsSide_IsThatSide(string text, string claimant) =>
        Assert.Equal(claimant, Single(text).Claimant.DisplayName);
}
