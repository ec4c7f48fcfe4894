namespace NakaClaims.SeedLoader.Tests;

// Article dev15: a ministry as the "according to" source, times of day, totals and plural counts.
public class DevelopmentArticleRoundFiveTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev15_ministry_source_and_plurals.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void AccordingToAMinistry_IsTheClaimant_NotAReporter()
    {
        var claim = Single("large-scale offensive");
        Assert.Equal(("Ministry of Defense of Armenia", AttributionMode.AccordingTo), (claim.Claimant.Organization, claim.Attribution.Mode));
        Assert.Equal(["China News Service"], claim.Attribution.Via.ToArray());
        Assert.Equal("2020-10-04 [inferred: year]", claim.Event!.On.ToString());
    }

    [Fact]
    public void ATotalOf_IsAnExactCount_WithItsOwner() =>
        Assert.Equal("1200 soldiers (Azerbaijan)", Single("a total of 1,200").Quantities.Single().ToString());

    [Fact]
    public void EarlyOnTheFifth_DatesTheShelling() =>
        Assert.Equal(("2020-10-05 [inferred: year]", "Ganja"), (Single("shelled the city of Ganja").Event!.On.ToString(), Single("shelled the city of Ganja").Event!.Place));

    [Fact]
    public void DozensOf_IsAtLeastTwentyFour() =>
        Assert.Equal("at least 24", Single("dozens of houses").Quantities.Single().FormatValue());

    [Fact]
    public void AidePossessive_ResolvesTheKnownActor() =>
        Assert.Equal("Hajiyev", Single("dozens of houses").Claimant.Name);

    [Fact]
    public void HostingTalks_IsNegotiations_ByTheThirdCountry()
    {
        var claim = Single("host talks");
        Assert.Equal(("Ministry of Foreign Affairs of Georgia", EventType.Create("negotiations")), (claim.Claimant.Organization, claim.Event!.Type));
        Assert.Null(claim.Claimant.Side);
    }
}
