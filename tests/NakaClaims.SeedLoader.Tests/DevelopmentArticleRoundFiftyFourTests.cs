namespace NakaClaims.SeedLoader.Tests;

// Article dev66: a speech to the nation as a speech cue, an office's head who denies "the report on social media",
// an outlet named with scare quotes and "report" ("the Armenian "News" network report"), a long appositive, and
// a leading evening ("On the evening of the 20th local time, …").
public class DevelopmentArticleRoundFiftyFourTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev66_speeches_and_outlet_reports.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void SpeechToThePeople_IsThePresidentsClaim_OnTheDayOfTheSpeech()
    {
        var claim = Single("had liberated the city of Zangilan");

        Assert.Equal(("Aliyev", 20), (claim.Claimant.Name, claim.AssertedOn!.Value.Date!.Value.Day));
    }

    [Fact]
    public void ReportDeniedByTheOtherSide_IsTheLiberation() =>
        Assert.Equal(Single("had liberated the city of Zangilan").Id, Single("denied the report on social media").Target);

    [Fact]
    public void OutletsReport_IsTheOutletsNarration() =>
        Assert.Equal("Armenian News network", Single("shelled the town of Martuni").Claimant.Organization);

    [Fact]
    public void LongAppositive_KeepsTheSpeaker() =>
        Assert.Equal(("Hajiyev", "Azerbaijan"), (Single("fired missiles at the city of Barda").Claimant.Name, Single("fired missiles at the city of Barda").Claimant.Side?.Name));
}
