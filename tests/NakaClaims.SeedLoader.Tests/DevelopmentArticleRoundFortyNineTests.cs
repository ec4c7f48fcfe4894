namespace NakaClaims.SeedLoader.Tests;

// Article dev61: counts over a period ("since September 27, … has killed 43 civilians and injured 205 others",
// "from the 12th to the 14th", "between October 10 and 14"), which no single day holds, and a trailing denial
// with an adverb ("a claim Yerevan immediately rejected").
public class DevelopmentArticleRoundFortyNineTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev61_periods_and_prompt_denials.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void SecondVerbOfARunningTotal_CountsOverTheSamePeriod() =>
        Assert.All([Single("has killed 43 civilians"), Single("injured 205 others")], c => Assert.Null(c.Event!.On));

    [Theory]
    [InlineData("from the 12th to the 14th")]
    [InlineData("between October 10 and 14")]
    public void CountOverNamedDays_HasNoSingleDay(string text) =>
        Assert.Null(Single(text).Event!.On);

    [Fact]
    public void CountOnOneDay_KeepsItsDay() =>
        Assert.Equal(15, Single("had lost 3 tanks").Event!.On!.Value.Date!.Value.Day);

    [Fact]
    public void TrailingDenialWithAnAdverb_IsTheCapitalsSide()
    {
        var denial = Single("a claim Yerevan immediately rejected");

        Assert.Equal(("Armenia", Polarity.Denies, Single("had lost 3 tanks").Id), (denial.Claimant.Organization, denial.Polarity, denial.Target));
    }

    [Fact]
    public void RefutationWithACounterclaim_DeniesTheMissileStrike() =>
        Assert.Equal(Single("fired a \"Tochka-U\" ballistic missile").Id, Single("refuted this statement").Target);
}
