namespace NakaClaims.SeedLoader.Tests;

// Article dev41: the translations' short names for both sides ("Asia and Azerbaijan", "the Ah side", "the Afghan
// Defense Ministry", "the Asian Defense Ministry"), a shelling denied with a counterclaim, and sides that "each
// accused the other".
public class DevelopmentArticleRoundTwentyNineTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev41_short_names_and_each_the_other.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void ShortNamesOfTheMinistries_AreTheMinistriesOfTheirSides()
    {
        Assert.Equal(("Ministry of Defense of Azerbaijan", "Azerbaijan"), (Single("shelled the Barda district").Claimant.Organization, Single("shelled the Barda district").Claimant.Side?.Name));
        Assert.Equal("Ministry of Defense of Armenia", Single("denied the accusation").Claimant.Organization);
    }

    [Fact]
    public void DeniedShelling_IsDisputedBetweenTheTwoMinistries()
    {
        var shelled = Single("shelled the Barda district");
        var denial = Single("denied the accusation");
        Assert.Equal(shelled.Id, denial.Target);
        Assert.Equal("Azerbaijan", Single("continued to attack along the entire front line").Event!.Agent?.Name);
    }

    [Fact]
    public void SidesThatEachAccusedTheOther_AccuseOneAnother() =>
        Assert.Equal(["Armenia", "Azerbaijan"], Set.Claims.Where(c => c.Text.Contains("breaking the agreement", StringComparison.Ordinal)).Select(c => c.Claimant.DisplayName).Order(StringComparer.Ordinal));
}
