namespace NakaClaims.SeedLoader.Tests;

// Article dev74: tolls of an attack ("the death toll from the missile attack on Ganja had risen to 13"), running
// totals of the dead and wounded ("since the start of the conflict", "so far"), and "killed or wounded".
public class DevelopmentArticleRoundSixtyTwoTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev74_tolls_and_casualties.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void TollOfAnAttack_CountsTheDeadAtItsPlace()
    {
        var claim = Single("the death toll from the missile attack on Ganja");

        Assert.Equal(("killed", "Ganja", 13L, "person"), (claim.Event!.Type.Key, claim.Event.Place, claim.Quantities[0].Count, claim.Quantities[0].Item));
    }

    [Theory]
    [InlineData("673 Armenian servicemen had died")]
    [InlineData("36 civilians have been killed")]
    [InlineData("115 wounded so far")]
    public void RunningTotals_HaveNoDay(string text) =>
        Assert.Null(Single(text).Event!.On);

    [Fact]
    public void NoDisclosure_IsNotAClaimOfAnyCount() =>
        Assert.Empty(Single("has not disclosed its military casualties").Quantities);
}
