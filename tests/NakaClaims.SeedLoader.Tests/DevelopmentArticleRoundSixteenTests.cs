namespace NakaClaims.SeedLoader.Tests;

// Article dev26: casualties counted twice in one clause ("5 were killed and 20 injured in …"), a list of
// weapons with a quoted name, artillery fire, and an exchange of prisoners beside a deployment.
public class DevelopmentArticleRoundSixteenTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev26_casualty_counts_and_lists.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void SecondCountOfCasualties_IsAnInjuryClaim_OfTheSameItem_AndBothAreWhereTheStrikeWas()
    {
        var killed = Single("5 civilians were killed");
        var injured = Single("20 injured");
        Assert.Equal(("killed", "injured"), (killed.Event!.Type.Key, injured.Event!.Type.Key));
        Assert.Equal(("Ganja", "Ganja"), (killed.Event.Place, injured.Event.Place));
        Assert.Equal((20L, "civilian"), (Assert.Single(injured.Quantities).Count, injured.Quantities[0].Item));
    }

    [Fact]
    public void SecondCountAfterOne_NamesItsItemInThePlural() =>
        Assert.Equal("civilians", Assert.Single(Single("more than 30 were injured").Quantities).ItemText);

    [Fact]
    public void ListWithAQuotedName_CountsEveryWeapon_OfTheOwnerNamedAfterIt() =>
        Assert.Equal(
            ["2 tank Armenia", "3 rocket launcher Armenia", "1 air defense missile system Armenia"],
            Single("T-72").Quantities.Select(q => $"{q.Count} {q.Item} {q.Owner?.Name}"));

    [Fact]
    public void ArtilleryFire_IsShelling() => Assert.Equal("shelled", Single("opened artillery fire").Event!.Type.Key);

    [Fact]
    public void ExchangeOfPrisoners_AndADeployment_AreTwoClaims()
    {
        Assert.Equal("prisoner-exchange", Single("exchange prisoners").Event!.Type.Key);
        Assert.Equal("troops-deployed", Single("1,960 peacekeepers").Event!.Type.Key);
    }
}
