namespace NakaClaims.SeedLoader.Tests;

// Article dev30: "Asian" for Armenian and "Ah" for Azerbaijani, a verdict "far from the truth", three leaders
// speaking jointly, an assistant named after his president, and a total "since the conflict broke out".
public class DevelopmentArticleRoundTwentyTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev30_asian_ah_and_joint_speakers.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void AsianMinistryAndAhArmy_AreArmeniasMinistryAndAzerbaijansArmy()
    {
        var offensive = Single("the Ah army launched");
        Assert.Equal(("Ministry of Defense of Armenia", "Azerbaijan"), (offensive.Claimant.Organization, offensive.Event!.Agent!.Value.Name));
    }

    [Fact]
    public void FarFromTheTruth_DeniesTheOtherSidesFigures() =>
        Assert.Equal(Single("130 Azerbaijani soldiers").Id, Single("far from the truth").Target);

    [Fact]
    public void ListOfLeaders_SpeaksJointly_OfNoOneSide()
    {
        var call = Single("cessation of hostilities");
        Assert.Equal(("Putin, Macron and Trump", (Side?)null, "called-for-ceasefire"), (call.Claimant.DisplayName, call.Claimant.Side, call.Event!.Type.Key));
    }

    [Fact]
    public void AssistantNamedAfterHisPresident_IsTheAssistant() =>
        Assert.Equal("Hajiyev", Single("had shelled Tartar").Claimant.Name);

    [Fact]
    public void TotalSinceTheConflictBrokeOut_HasNoDay() =>
        Assert.Null(Single("158 soldiers").Event!.On);

    [Fact]
    public void CentralAsian_IsNoSideOfTheConflict() =>
        Assert.Null(Single("called for restraint").Claimant.Side);
}
