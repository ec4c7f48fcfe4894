namespace NakaClaims.SeedLoader.Tests;

// Article dev43: a ministry that "issued a message … stating that", a town "hit by rockets" according to reporters,
// "the Nagorno-Karabakh side", and a refutation with a counterclaim.
public class DevelopmentArticleRoundThirtyOneTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev43_messages_rockets_and_place_sides.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void MinistryThatIssuedAMessage_IsTheClaimant_AndTheOffensiveIsTheOtherSides()
    {
        var offensive = Single("had launched a large-scale offensive");

        Assert.Equal(("Ministry of Defense of Armenia", "Azerbaijan"), (offensive.Claimant.Organization, offensive.Event?.Agent?.Name));
        Assert.StartsWith("the Azerbaijani army", offensive.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TownHitByRockets_WasShelled() =>
        Assert.Equal((EventType.Create("shelled"), "Stepanakert"), (Single("hit by rockets").Event?.Type, Single("hit by rockets").Event?.Place));

    [Fact]
    public void NagornoKarabakhSide_SpeaksForArmenia() =>
        Assert.Equal("Armenia", Single("376 soldiers").Claimant.Side?.Name);

    [Fact]
    public void Refutation_DeniesTheDefenseArmysClaim() =>
        Assert.Equal(Single("destroyed 5 tanks").Id, Single("refuted the claim").Target);
}
