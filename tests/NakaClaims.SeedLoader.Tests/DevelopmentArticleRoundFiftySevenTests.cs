namespace NakaClaims.SeedLoader.Tests;

// Article dev69: counts of one side's losses given by both sides, the loser's own in the first person ("it lost
// only 3 tanks"), each pair disputed with its values.
public class DevelopmentArticleRoundFiftySevenTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev69_counts_disputed_by_the_loser.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void LossesInTheFirstPerson_AreTheSpeakersOwn() =>
        Assert.Equal("Armenia", Assert.Single(Single("it lost only 3 tanks").Quantities).Owner?.Name);

    [Theory]
    [InlineData("more than 200 Azerbaijani soldiers", "12 Azerbaijani soldiers were killed")]
    [InlineData("had lost 22 tanks", "it lost only 3 tanks")]
    public void CountsOfTheSameLossesByBothSides_ContradictEachOther(string first, string second)
    {
        var (a, b) = (Single(first).Id, Single(second).Id);

        Assert.Contains(Set.Links, l => l.Type == LinkType.Contradicts && ((l.From == a && l.To == b) || (l.From == b && l.To == a)));
    }
}
