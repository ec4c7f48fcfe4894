namespace NakaClaims.SeedLoader.Tests;

// Article dev63: the fall of Shusha told by both sides ("had liberated the city", "the city was not captured",
// "Shusha had been lost"), the joint statement of three leaders, and a running total after a circumstance.
public class DevelopmentArticleRoundFiftyOneTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev63_places_lost_and_joint_statements.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void PlaceLost_IsItsCaptureByTheOtherSide()
    {
        var e = Single("Shusha had been lost").Event!;

        Assert.Equal(("captured", "Shusha", "Azerbaijan"), (e.Type.Key, e.Place, e.Agent?.Name));
    }

    [Fact]
    public void CityNotCaptured_DeniesTheLiberation()
    {
        var denial = Single("the city was not captured");

        Assert.Equal((Polarity.Denies, Single("had liberated the city of Shusha").Id), (denial.Polarity, denial.Target));
    }

    [Fact]
    public void JointStatementOfThreeLeaders_IsTheirsJointly() =>
        Assert.Equal("Putin, Aliyev and Pashinyan", Single("a complete ceasefire").Claimant.Organization);

    [Fact]
    public void RunningTotalAfterACircumstance_HasNoDay() =>
        Assert.Null(Single("1,177 Armenian soldiers").Event!.On);
}
