namespace NakaClaims.SeedLoader.Tests;

// Article dev68: after the ceasefire's day, what is told as the present ("Currently, …", "At present, …") is of
// the day of publication; an exchange of the bodies of the dead is an exchange, not a killing.
public class DevelopmentArticleRoundFiftySixTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev68_the_present_after_the_ceasefire.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Theory]
    [InlineData("Russian peacekeepers have been deployed", "troops-deployed")]
    [InlineData("exchanging the bodies of soldiers", "prisoner-exchange")]
    public void EventToldAsThePresent_IsOfTheDayOfPublication(string text, string type)
    {
        var e = Single(text).Event!;

        Assert.Equal((type, 25), (e.Type.Key, e.On!.Value.Date!.Value.Day));
    }

    [Fact]
    public void PresentMarker_IsNotPartOfTheClaim() =>
        Assert.StartsWith("the two sides are exchanging", Single("exchanging the bodies").Text, StringComparison.Ordinal);

    [Fact]
    public void HandoverByADate_IsOfThatDate() =>
        Assert.Equal(15, Single("will hand over the Kalbajar region").Event!.On!.Value.Date!.Value.Day);
}
