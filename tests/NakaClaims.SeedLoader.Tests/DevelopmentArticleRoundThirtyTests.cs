namespace NakaClaims.SeedLoader.Tests;

// Article dev42: a truce that "the two sides accused each other of violating" after ", but", a denial of an act
// named by a gerund ("denied sending mercenaries"), and a running total from unnamed statistics.
public class DevelopmentArticleRoundThirtyTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev42_truce_breaches_and_denied_acts.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void MutualAccusationAfterBut_IsEachSidesClaimAgainstTheOther()
    {
        var accusations = Set.Claims.Where(c => c.Text.StartsWith("violating it", StringComparison.Ordinal)).ToList();

        Assert.Equal([("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")], accusations.Select(c => (c.Claimant.DisplayName, c.Event?.Agent?.Name)).Order());
        Assert.All(accusations, c => Assert.Equal(EventType.Create("ceasefire-violation"), c.Event?.Type));
        Assert.Equal("Armenia and Azerbaijan agreed to a humanitarian ceasefire starting at 00:00 local time on the 18th", Single("agreed to a humanitarian ceasefire").Text);
    }

    [Fact]
    public void DenialOfAnActNamedByAGerund_IsNotOfWhateverWasSaidBefore() =>
        Assert.Equal((Polarity.Denies, (ClaimId?)null), (Single("denied sending Syrian mercenaries").Polarity, Single("denied sending Syrian mercenaries").Target));

    [Fact]
    public void DenialOfAnActNamedByAGerund_DeniesTheClaimOfThatAct()
    {
        var set = new SeedLoader(new SeedLoaderOptions { AssumedYear = 2020 }).LoadText("gerund", "Xinhua News Agency, Baku, October 5 -- The Armenian Ministry of Defense said that the Azerbaijani army had shelled Stepanakert on the 4th.\n\nThe Azerbaijani Ministry of Defense denied shelling Stepanakert.\n").GetValueOrThrow();

        Assert.Equal(set.Single("had shelled Stepanakert").Id, set.Single("denied shelling Stepanakert").Target);
    }
}
