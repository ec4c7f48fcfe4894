namespace NakaClaims.SeedLoader.Tests;

// Article dev60: denials that name what they deny ("denied the presence of Syrian mercenaries", "denied any
// involvement") beside denials of what was said ("called the report an outright lie"), and a trailing negation.
public class DevelopmentArticleRoundFortyEightTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev60_denials_that_name_their_object.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Theory]
    [InlineData("denied the presence of Syrian mercenaries")]
    [InlineData("denied any involvement in the conflict")]
    public void DenialThatNamesItsObject_IsNotOfWhateverWasSaidBefore(string text) =>
        Assert.Equal((Polarity.Denies, (ClaimId?)null), (Single(text).Polarity, Single(text).Target));

    [Fact]
    public void ReportCalledALie_IsTheShellingDenied() =>
        Assert.Equal(Single("had shelled the city of Ganja").Id, Single("called the report").Target);

    [Fact]
    public void NegatedActOfTheSpeakersSide_DeniesTheShelling() =>
        Assert.Equal(Single("had shelled the city of Ganja").Id, Single("has never targeted civilians").Target);
}
