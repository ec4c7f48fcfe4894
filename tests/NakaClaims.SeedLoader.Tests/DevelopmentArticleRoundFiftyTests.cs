namespace NakaClaims.SeedLoader.Tests;

// Article dev62: an outlet that names its source at the end ("Sputnik reported that …, citing the ministry"), a
// speaker who "told the BBC", a denial with its own verdict (", calling the reports "groundless""), a denial of
// the denier's own forces, which is not of a claim about the other side's, and a ceasefire "had been violated".
public class DevelopmentArticleRoundFiftyTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev62_outlets_that_cite_and_verdicts.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void OutletCitingItsSourceAtTheEnd_PassesOnTheSourcesClaim()
    {
        var claim = Single("the humanitarian ceasefire had been violated");

        Assert.Equal(
            ("Ministry of Defense of Armenia", "citing", "Sputnik", "the humanitarian ceasefire had been violated within minutes of taking effect"),
            (claim.Claimant.Organization, claim.Attribution.Cue, claim.Attribution.Via[0], claim.Text));
    }

    [Fact]
    public void CeasefireThatHadBeenViolated_IsACeasefireViolation() =>
        Assert.Equal("ceasefire-violation", Single("the humanitarian ceasefire had been violated").Event!.Type.Key);

    [Fact]
    public void SpeakerWhoToldTheBbc_IsPassedOnByTheBbc()
    {
        var claim = Single("Turkey had sent");

        Assert.Equal(("Sarkissian", "BBC"), (claim.Claimant.Name, claim.Attribution.Via[0]));
    }

    [Fact]
    public void VerdictAfterADenial_IsNotPartOfWhatIsDenied()
    {
        var denial = Single("its forces had used cluster munitions");

        Assert.Equal(("its forces had used cluster munitions", Polarity.Denies), (denial.Text, denial.Polarity));
    }

    [Fact]
    public void DenialOfItsOwnForces_HasTheDeniersSideAsAgent() =>
        Assert.Equal("Azerbaijan", Single("its forces had shelled civilians").Event!.Agent?.Name);

    [Fact]
    public void DenialOfItsOwnForces_DeniesTheClaimAboutThoseForcesNotTheLatestShelling() =>
        Assert.Equal(Single("Azerbaijani forces had shelled Martuni").Id, Single("its forces had shelled civilians").Target);
}
