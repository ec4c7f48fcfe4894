namespace NakaClaims.SeedLoader.Tests;

// Article dev56: a ministry that "released the names of 45 more soldiers killed, bringing the total … to 772",
// casualties "according to the Azerbaijani side", an infiltration that was repelled, a trailing "the … side said".
public class DevelopmentArticleRoundFortyFourTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev56_names_of_the_dead_and_infiltrations.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void MinistryThatReleasedTheNamesOfTheDead_ClaimsTheDeathsAndTheToll()
    {
        Assert.Equal(("Ministry of Defense of Armenia", 45L), (Single("45 more soldiers killed").Claimant.Organization, Single("45 more soldiers killed").Quantities[0].Count));
        Assert.Equal(("Ministry of Defense of Armenia", 772L), (Single("total military death toll").Claimant.Organization, Single("total military death toll").Quantities[0].Count));
    }

    [Fact]
    public void AttemptedInfiltration_IsAnOffensiveByTheSideThatTried() =>
        Assert.Equal((EventType.Create("military-offensive"), "Azerbaijan", "Armenia"), (Single("tried to infiltrate").Event?.Type, Single("tried to infiltrate").Event?.Agent?.Name, Single("tried to infiltrate").Claimant.DisplayName));

    [Fact]
    public void TrailingSideThatSaid_IsTheClaimant() =>
        Assert.Equal("Azerbaijan", Single("detained 2 Armenian saboteurs").Claimant.DisplayName);
}
