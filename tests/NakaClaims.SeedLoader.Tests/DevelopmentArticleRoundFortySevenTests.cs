namespace NakaClaims.SeedLoader.Tests;

// Article dev59: "According to the Armenian side, …, while the Azerbaijani side said that …" (two accounts, each its
// own), bodies exchanged through the Red Cross, ceasefire violations counted.
public class DevelopmentArticleRoundFortySevenTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev59_exchanged_bodies_and_two_accounts.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void TwoAccountsJoinedByWhile_AreEachSidesOwn()
    {
        Assert.Equal(("Armenia", "the two sides had exchanged 30 bodies"), (Single("had exchanged 30 bodies").Claimant.DisplayName, Single("had exchanged 30 bodies").Text));
        Assert.Equal("Azerbaijan", Single("25 bodies had been handed over").Claimant.DisplayName);
    }

    [Theory]
    [InlineData("exchanged the bodies of the dead", "prisoner-exchange")]
    [InlineData("12 ceasefire violations", "ceasefire-violation")]
    public void EventsOfTheTruce_AreRead(string text, string type) =>
        Assert.Equal(EventType.Create(type), Single(text).Event?.Type);
}
