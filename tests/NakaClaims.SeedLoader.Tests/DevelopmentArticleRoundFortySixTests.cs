namespace NakaClaims.SeedLoader.Tests;

// Article dev58: "According to a report on the website of Russia Today on the 11th, X posted on Facebook that …", a
// ministry that "issued a statement … condemning" an attack, a tweet, and "The ministry said …" after an official.
public class DevelopmentArticleRoundFortySixTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev58_condemning_statements_and_the_ministry.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void StatementCondemningAnAttack_IsTheMinistrys_AndTheAttackTheOtherSides()
    {
        var condemnation = Single("condemning the Armenian missile attack");

        Assert.Equal(("Ministry of Foreign Affairs of Azerbaijan", "Armenia"), (condemnation.Claimant.Organization, condemnation.Event?.Agent?.Name));
    }

    [Fact]
    public void TheMinistry_IsTheLatestMinistryThatSpoke_NotTheOfficialAfterIt() =>
        Assert.Equal("Ministry of Foreign Affairs of Azerbaijan", Single("had violated the humanitarian ceasefire").Claimant.Organization);

    [Fact]
    public void ReportOnAWebsite_PassesOnThePost() =>
        Assert.Equal(["Russia Today", "Reference News Network"], [.. Single("resumed shelling of Stepanakert").Attribution.Via]);
}
