namespace NakaClaims.SeedLoader.Tests;

// Article dev39: lists of named equipment (T-72 tanks, a Grad launcher, a Su-25 attack aircraft, TB2 drones), a
// statement called "fiction" with a smaller count of one's own, a total brought up to date, and residents
// who told reporters.
public class DevelopmentArticleRoundTwentySevenTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev39_equipment_fiction_and_residents.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void ListOfNamedEquipment_CountsEachItem_OfTheSideNamedAfterIt() =>
        Assert.Equal(["3 tank Armenia", "1 rocket launcher Armenia", "1 air defense missile system Armenia", "5 military vehicle Armenia"],
            Single("three T-72 tanks").Quantities.Select(q => $"{q.FormatValue()} {q.Item} {q.Owner}"));

    [Fact]
    public void AttackAircraftWithAnArticle_IsCountedAsOne() =>
        Assert.Contains(Single("Su-25 attack aircraft").Quantities, q => q.Item == "aircraft" && q.Owner?.Name == "Azerbaijan" && q.FormatValue() == "1");

    [Fact]
    public void StatementCalledFiction_ContradictsTheDestroyedTanks()
    {
        var fiction = Single("was \"fiction\"");
        Assert.Equal(Polarity.Denies, fiction.Polarity);
        Assert.Contains(Set.Links, l => l.Type == LinkType.Contradicts && l.From == fiction.Id && l.To == Single("three T-72 tanks").Id);
    }

    [Fact]
    public void ResidentsWhoToldReporters_AreNoClaimant() =>
        Assert.Equal(("China News Service", "according to local residents"), (Single("taken refuge").Claimant.DisplayName, Single("taken refuge").Attribution.Cue));
}
