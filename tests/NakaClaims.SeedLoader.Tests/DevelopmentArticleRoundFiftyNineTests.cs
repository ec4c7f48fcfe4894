namespace NakaClaims.SeedLoader.Tests;

// Article dev71: reporting verbs of the translation beyond "said" ("disclosed", "indicated", "expressed that",
// "alleged", "asserted", "vowed", "explained"), each the speaker's claim, not the publisher's narration.
public class DevelopmentArticleRoundFiftyNineTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev71_reporting_verbs.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Theory]
    [InlineData("more than 1,000 Armenian volunteers", "Pashinyan", "disclosed")]
    [InlineData("would not stop its military operations", "Aliyev", "indicated")]
    [InlineData("Russia was ready to mediate", "Lavrov", "expressed")]
    [InlineData("had fired at Ganja", "Hajiyev", "asserted")]
    [InlineData("would restore its territorial integrity", "Aliyev", "vowed")]
    [InlineData("had accepted the humanitarian ceasefire", "Pashinyan", "explained")]
    public void ReportingVerb_MakesTheSpeakerTheClaimant(string text, string speaker, string cue)
    {
        var claim = Single(text);

        Assert.Equal((speaker, cue), (claim.Claimant.Name, claim.Attribution.Cue));
    }

    [Fact]
    public void AllegationOfAShootingDown_IsTheMinistrysWithItsCount()
    {
        var claim = Single("Turkish F-16 fighters had shot down");

        Assert.Equal(("Ministry of Defense of Armenia", "alleged", 1L), (claim.Claimant.Organization, claim.Attribution.Cue, Assert.Single(claim.Quantities).Count));
    }
}
