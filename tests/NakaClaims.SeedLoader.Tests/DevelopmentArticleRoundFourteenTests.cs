namespace NakaClaims.SeedLoader.Tests;

// Article dev24: a foreign ministry's press conference (a reporter's question asserts nothing), losses
// beside deaths in one sentence, and figures said to "have nothing to do with reality".
public class DevelopmentArticleRoundFourteenTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev24_press_conference_and_losses.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void ReportersQuestion_IsNoClaim() =>
        Assert.DoesNotContain(Set.Claims, c => c.Text.Contains("Syrian militants had been sent", StringComparison.Ordinal) || c.Text.Contains("comment", StringComparison.Ordinal));

    [Fact]
    public void LossesAndDeaths_AreTwoEvents()
    {
        Assert.Equal("losses", Single("130 tanks").Event!.Type.Key);
        Assert.Equal("killed", Single("2,300 Azerbaijani soldiers").Event!.Type.Key);
        Assert.DoesNotContain("tanks", Single("2,300 Azerbaijani soldiers").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FiguresWithNothingToDoWithReality_AreDenied() =>
        Assert.Equal(Polarity.Denies, Single("nothing to do with reality").Polarity);
}
