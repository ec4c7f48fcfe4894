using NakaClaims.Time;

namespace NakaClaims.SeedLoader.Tests;

// Article dev46: three leaders who "signed a joint statement …, announcing" a ceasefire, peacekeepers who "will be
// deployed", a capture that the other side denied, and a protest that local media reported.
public class DevelopmentArticleRoundThirtyFourTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev46_joint_statements_and_peacekeepers.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void LeadersWhoSignedAJointStatement_AnnounceTheCeasefireJointly()
    {
        var ceasefire = Single("a complete ceasefire in Nagorno-Karabakh");

        Assert.Equal(("Putin, Aliyev and Pashinyan", "signed a joint statement"), (ceasefire.Claimant.DisplayName, ceasefire.Attribution.Cue));
        Assert.Equal("2020-11-10T00:00 Europe/Moscow [inferred: year]", ceasefire.Event?.On?.ToString());
    }

    [Fact]
    public void DeploymentThatWillBe_HasNoDayYet() =>
        Assert.Equal((EventType.Create("troops-deployed"), (TimeReference?)null), (Single("peacekeepers will be deployed").Event?.Type, Single("peacekeepers will be deployed").Event?.On));

    [Fact]
    public void CaptureThatArmeniaDenied_IsDisputed() =>
        Assert.Equal(Single("had captured Shusha").Id, Single("which Armenia denied").Target);

    [Fact]
    public void ProtestThatLocalMediaReported_IsThePublishersHedgedNarration()
    {
        var protest = Single("Protesters stormed the government building");

        Assert.Equal((AttributionMode.HedgedNarration, "Protesters stormed the government building in Yerevan after the announcement"), (protest.Attribution.Mode, protest.Text));
    }
}
