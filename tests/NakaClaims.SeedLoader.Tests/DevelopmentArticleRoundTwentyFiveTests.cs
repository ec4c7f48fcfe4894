namespace NakaClaims.SeedLoader.Tests;

// Article dev36: headlines that name their speaker before a colon (one of them a verdict on the other side's
// statement, after which "the ministry" is that headline's speaker), a total since the conflict broke out,
// and a meeting.
public class DevelopmentArticleRoundTwentyFiveTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev36_headlines_totals_and_meetings.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void HeadlineSpeaker_ClaimsWhatFollowsTheColon_AndTheAgentIsTheSideItAccuses()
    {
        var violation = Single("violated the humanitarian ceasefire minutes after");
        Assert.Equal(("Ministry of Defense of Armenia", "Azerbaijan"), (violation.Claimant.Organization, violation.Event!.Agent?.Name));
        Assert.StartsWith("Azerbaijan violated", violation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadlineCallingAStatementUntrue_DeniesIt_AndTheMinistryThatFollowsIsTheSame()
    {
        var untrue = Single("statement is untrue");
        Assert.Equal((Polarity.Denies, "Ministry of Defense of Azerbaijan"), (untrue.Polarity, untrue.Claimant.Organization));
        Assert.Equal("Ministry of Defense of Azerbaijan", Single("villages of the Tartar district").Claimant.Organization);
    }

    [Fact]
    public void TotalSinceTheConflictBrokeOut_HasNoDay() =>
        Assert.Null(Single("a total of 1,009").Event!.On);

    [Fact]
    public void MeetingOfTheForeignMinisters_IsTalksOnItsDay()
    {
        var met = Single("had met the foreign ministers").Event!;
        Assert.Equal(("negotiations", new NodaTime.LocalDate(2020, 10, 25)), (met.Type.Key, met.On!.Value.Date));
    }
}
