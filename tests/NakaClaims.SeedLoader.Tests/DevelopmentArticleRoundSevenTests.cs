namespace NakaClaims.SeedLoader.Tests;

// Article dev17: a dash after the dateline, a time before the speaker, "said the claim was false and that …",
// and "a total of 220".
public class DevelopmentArticleRoundSevenTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev17_leading_time_and_false.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void TimeBeforeTheSpeaker_IsWhenItWasSaid_AndTheSpeakerIsNamed()
    {
        var claim = Single("shelled Stepanakert with heavy artillery");
        Assert.Equal(("Ministry of Defense of Armenia", "2020-10-04 [inferred: year]"), (claim.Claimant.Organization, claim.AssertedOn?.ToString()));
        Assert.Equal("China News Service", Set.Documents.Single().Publisher);
    }

    [Fact]
    public void ClaimCalledFalse_IsDenied_ButTheComplementAfterItIsAffirmed()
    {
        var denial = Single("the claim was");
        var counterclaim = Single("fighting was still going on");
        Assert.Equal((Polarity.Denies, Polarity.Affirms), (denial.Polarity, counterclaim.Polarity));
        Assert.Equal(Single("taken control of the city of Jabrayil").Id, denial.Target);
    }

    [Fact]
    public void ATotalOf_CountsTheFigure_NotTheArticle() =>
        Assert.Equal("220 servicemen", Single("a total of 220").Quantities.Single().ToString());
}
