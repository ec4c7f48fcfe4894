namespace NakaClaims.SeedLoader.Tests;

// Article dev18: a claim and, in the same sentence, its denial by someone else ("…, which Turkey has
// repeatedly denied", "…, a claim rejected by …", "…, which Armenia denied").
public class DevelopmentArticleRoundEightTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev18_which_denied.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Theory]
    [InlineData("Turkish F-16 fighter jets in the attack on Stepanakert", "which Turkey has repeatedly denied", "Turkey")]
    [InlineData("fired a Scud missile at the city of Ganja", "a claim rejected by the Armenian Ministry of Defense", "Ministry of Defense of Armenia")]
    [InlineData("accused Armenia of using cluster munitions", "which Armenia denied", "Armenia")]
    public void DenialInTheSameSentence_IsTheDeniersClaim_AgainstWhatPrecedesIt(string claimed, string denied, string denier)
    {
        var claim = Single(claimed);
        var denial = Set.Claims.Single(c => c.Text == denied);
        Assert.DoesNotContain(denied, claim.Text, StringComparison.Ordinal);
        Assert.Equal((Polarity.Denies, denier, claim.Id), (denial.Polarity, denial.Claimant.DisplayName, denial.Target));
    }

    [Fact]
    public void DenierThatRefersBack_IsTheLastNamedSpeaker()
    {
        var set = new SeedLoader(new SeedLoaderOptions { AssumedYear = 2020 }).LoadText(
            "back",
            "China News Service, Baku, October 30\nThe Armenian Ministry of Defense said that Martuni was shelled.\nAzerbaijan said that it had shelled only military targets, which the ministry denied.\n").GetValueOrThrow();
        var denial = set.Single("which the ministry denied");
        Assert.Equal(("Ministry of Defense of Armenia", set.Single("only military targets").Id), (denial.Claimant.Organization, denial.Target));
    }

    [Fact]
    public void EachSentencesClaimAndDenial_AreADispute() =>
        Assert.Equal(3, Set.Disputes().Count(d => d.Positions.Any(p => p.Value == "denies")));
}
