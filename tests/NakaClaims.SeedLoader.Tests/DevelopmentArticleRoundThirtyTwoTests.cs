namespace NakaClaims.SeedLoader.Tests;

// Article dev44: a ministry that "released a video showing" what it claims, a refusal of what is to come ("would
// not stop military operations"), a quotation after "wrote on Facebook:", and media quoting an official.
public class DevelopmentArticleRoundThirtyTwoTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev44_videos_refusals_and_colons.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void VideoShowingAnAct_IsTheClaimOfWhoReleasedIt()
    {
        var destruction = Single("the destruction of an Armenian S-300");

        Assert.Equal(("Ministry of Defense of Azerbaijan", EventType.Create("destroyed")), (destruction.Claimant.Organization, destruction.Event?.Type));
        Assert.Equal("released a video", destruction.Attribution.Cue);
    }

    [Fact]
    public void RefusalOfWhatIsToCome_AffirmsTheSpeakersIntent_AndNamesNoEvent()
    {
        var refusal = Single("would not stop military operations");

        Assert.Equal((Polarity.Affirms, (ClaimEvent?)null), (refusal.Polarity, refusal.Event));
    }

    [Fact]
    public void QuotationAfterAColon_IsTheWritersClaim() =>
        Assert.Equal(("Stepanyan", EventType.Create("shelled")), (Single("resumed shelling of Stepanakert").Claimant.Name, Single("resumed shelling of Stepanakert").Event?.Type));

    [Fact]
    public void MediaQuotingAnOfficial_PassTheOfficialsClaimOn() =>
        Assert.Equal(["Azerbaijani media", "China Central Television"], [.. Single("four ballistic missiles at Ganja").Attribution.Via]);
}
