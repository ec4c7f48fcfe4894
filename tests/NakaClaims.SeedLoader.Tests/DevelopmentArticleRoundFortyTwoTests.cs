namespace NakaClaims.SeedLoader.Tests;

// Article dev54: a dateline in British order ("Baku, 3 October"), figures with a scale word ("100 thousand",
// "1.2 thousand"), "the Aze army", a gloss in parentheses ("Nagorno-Karabakh (Naka) authorities"), "Armenia says".
public class DevelopmentArticleRoundFortyTwoTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev54_british_dates_scaled_figures_and_glosses.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void BritishDateline_GivesThePublisherAndTheDay()
    {
        var document = Assert.Single(Set.Documents);

        Assert.Equal(("The Paper", "2020-10-03 [inferred: year]"), (document.Publisher, document.Published?.ToString()));
    }

    [Theory]
    [InlineData("nearly 100 thousand residents", 100_000L)]
    [InlineData("1.2 thousand Armenian positions", 1_200L)]
    public void FigureWithAScaleWord_IsTheWholeNumber(string text, long count) =>
        Assert.Equal(count, Single(text).Quantities[0].Count);

    [Fact]
    public void ShortNameAndGloss_AreTheSidesTheyName()
    {
        Assert.Equal("Azerbaijan", Single("1.2 thousand Armenian positions").Claimant.Side?.Name);
        Assert.Equal("Nagorno-Karabakh authorities", Single("158 soldiers had been killed").Claimant.Organization);
    }
}
