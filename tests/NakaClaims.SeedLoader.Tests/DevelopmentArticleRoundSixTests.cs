namespace NakaClaims.SeedLoader.Tests;

// Article dev16: a ministry's notice and what "the notice" then says, denials that call a claim "a complete
// lie", missiles fired at a city, and what the media of a country reported.
public class DevelopmentArticleRoundSixTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev16_notice_and_media.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void IssuedANoticeSaying_IsTheMinistrysClaim()
    {
        var claim = Single("shelled the city of Tartar");
        Assert.Equal(("Ministry of Defense of Azerbaijan", "issued a notice"), (claim.Claimant.Organization, claim.Attribution.Cue));
        Assert.Equal(["Xinhua News Agency"], claim.Attribution.Via.ToArray());
    }

    [Fact]
    public void TheNoticeSaid_IsTheMinistrysClaimToo() =>
        Assert.Equal("Ministry of Defense of Azerbaijan", Single("destroyed 4 tanks").Claimant.Organization);

    [Fact]
    public void CalledTheAccusationALie_DeniesTheAccusersClaim()
    {
        var denial = Single("a complete lie");
        Assert.Equal((Polarity.Denies, "Ministry of Defense of Armenia"), (denial.Polarity, denial.Claimant.Organization));
        Assert.Equal(Single("Scud").Id, denial.Target);
    }

    [Fact]
    public void FiredMissilesAtACity_IsShellingThere()
    {
        var claim = Single("Scud");
        Assert.Equal((EventType.Create("shelled"), "Ganja"), (claim.Event!.Type, claim.Event.Place));
        Assert.Equal("Hajiyev", claim.Claimant.Name);
    }

    [Fact]
    public void MediaOfACountryReported_IsHedgedNarration_NotThatCountrysClaim()
    {
        var claim = Single("shells landed in Iranian villages");
        Assert.Equal(("Xinhua News Agency", AttributionMode.HedgedNarration, "according to Iranian media reports"), (claim.Claimant.DisplayName, claim.Attribution.Mode, claim.Attribution.Cue));
    }
}
