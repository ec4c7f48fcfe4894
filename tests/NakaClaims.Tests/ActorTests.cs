namespace NakaClaims.Tests;

public class ActorTests
{
    [Fact]
    public void Create_NoNameNoOrganization_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => Actor.Create(null, "spokesperson"));
        Assert.StartsWith("An actor needs a name or an organization; both are null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DisplayName_PrefersNameThenOrganization()
    {
        Assert.Equal("Stepanyan", Actor.Create("Stepanyan", null, "Ministry of Defense").DisplayName);
        Assert.Equal("Ministry of Defense", Actor.OfOrganization("Ministry of Defense").DisplayName);
    }

    [Fact]
    public void ToString_ShowsRoleOrganizationAndSide() =>
        Assert.Equal(
            "Stepanyan (spokesperson, Ministry of Defense of Armenia) [Armenia]",
            Samples.ArmenianHelicopterClaim.Claimant.ToString());

    [Fact]
    public void WithSide_ReturnsNewActorWithSide()
    {
        var actor = Actor.OfOrganization("Ministry of National Defense");
        Assert.Equal(Samples.Azerbaijan, actor.WithSide(Samples.Azerbaijan).Side);
        Assert.Null(actor.Side);
    }

    [Fact]
    public void Create_DefaultSide_Throws() => Assert.Throws<ArgumentException>(() => Actor.Create("X", side: default(Side)));

    [Fact]
    public void Equality_IsByValue() =>
        Assert.Equal(Actor.Create("Lavrov", "Foreign Minister"), Actor.Create("Lavrov", "Foreign Minister"));
}
