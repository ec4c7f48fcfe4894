namespace NakaClaims.SeedLoader.Tests;

// Article dev65: counts as ranges ("between 200 and 300"), shares ("nearly half of the region's 150,000
// residents"), words ("two Armenian T-72 tanks", "hundreds of houses") and bounds ("more than 2,000").
public class DevelopmentArticleRoundFiftyThreeTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev65_ranges_shares_and_word_counts.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void RangeOfSoldiers_IsItsEnds()
    {
        var q = Assert.Single(Single("between 200 and 300").Quantities);

        Assert.Equal((200L, 300L, "Azerbaijan"), (q.Min, q.Max, q.Owner?.Name));
    }

    [Fact]
    public void ShareOfResidents_IsAboutThatShare()
    {
        var q = Assert.Single(Single("nearly half of the region's").Quantities);

        Assert.Equal((75_000L, true), (q.Count, q.Approximate));
    }

    [Fact]
    public void WordCountsAndPlurals_AreCounted() =>
        Assert.Equal(
            ["2|tank", "22|drone", "at least 5|civilian", "at least 200|house"],
            Single("two Armenian T-72 tanks").Quantities.Concat(Single("at least five civilians").Quantities).Select(q => $"{q.FormatValue()}|{q.Item}"));
}
