namespace NakaClaims.SeedLoader.Tests;

// Article dev70: an outlet's reporters as witnesses ("Xinhua News Agency reporters in Stepanakert heard several
// explosions"), an accusation denied in the same sentence ("…, which Baku denied") and in a quotation ("“We are
// not targeting civilians,” Hajiyev told reporters").
public class DevelopmentArticleRoundFiftyEightTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev70_witnesses_and_quoted_denials.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void ReportersWhoHeardExplosions_AreTheirOutletsWitness()
    {
        var claim = Single("heard several explosions");

        Assert.Equal(("Xinhua News Agency", "shelled", "Stepanakert"), (claim.Claimant.Organization, claim.Event!.Type.Key, claim.Event.Place));
    }

    [Fact]
    public void NeutralWitness_CorroboratesThePublishersReportOfTheShelling() =>
        Assert.Contains(Set.Links, l => l.Type == LinkType.Corroborates
            && new[] { l.From, l.To }.Order().SequenceEqual(new[] { Single("heard several explosions").Id, Single("the shelling of Stepanakert").Id }.Order()));

    [Theory]
    [InlineData("which Baku denied")]
    [InlineData("We are not targeting civilians")]
    public void DenialsOfTheAccusation_DenyTheClusterBombs(string text) =>
        Assert.Equal(Single("had used cluster bombs").Id, Single(text).Target);
}
