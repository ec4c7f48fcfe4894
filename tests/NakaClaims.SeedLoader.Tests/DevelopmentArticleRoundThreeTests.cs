namespace NakaClaims.SeedLoader.Tests;

// Articles dev10 to dev12: another round of constructions the earlier articles lacked.
public class DevelopmentArticleRoundThreeTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev10_karabakh_ministry.txt", "dev11_counterclaim.txt", "dev12_statement_signed.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void ComprehensiveReportLead_IsNotPartOfTheClaim() =>
        Assert.StartsWith("The conflict between Armenia", Single("continued for the seventh day").Text, StringComparison.Ordinal);

    [Fact]
    public void NagornoKarabakhMinistry_SpeaksForArmenia_ThroughTass()
    {
        var claim = Single("another 51 servicemen");
        Assert.Equal(("Ministry of Defense of Nagorno-Karabakh", (Side?)Side.Create("Armenia")), (claim.Claimant.Organization, claim.Claimant.Side));
        Assert.Equal(["TASS", "China News Service"], claim.Attribution.Via.ToArray());
    }

    [Fact]
    public void CallingTheOtherSidesClaimUntrue_DeniesIt_AndKeepsTheQuote()
    {
        var denial = Single("completely untrue");
        Assert.Equal(Polarity.Denies, denial.Polarity);
        Assert.Equal(Single("liberated the village of Madagiz").Id, denial.Target);
        Assert.EndsWith("\"completely untrue.\"", denial.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ThirdCountryBodies_AreNamedOneWay() =>
        Assert.Equal("Ministry of Foreign Affairs of Iran", Single("Iran is willing to mediate").Claimant.Organization);

    [Fact]
    public void DenialWithCounterclaim_GivesADenialAndAnAffirmation()
    {
        var denial = Single("denied the accusation");
        var counter = Single("launched an offensive in the direction of Hadrut");
        // "the accusation" is the ministry's: the ceasefire violation and the shelling it was said with.
        Assert.Contains(denial.Target, new ClaimId?[] { Single("violated the humanitarian ceasefire").Id, Single("shelled the Tartar region").Id });
        Assert.Equal(Side.Create("Armenia"), Single("shelled the Tartar region").Event!.Agent);
        Assert.Equal((Polarity.Affirms, (Side?)Side.Create("Azerbaijan")), (counter.Polarity, counter.Event!.Agent));
        Assert.Contains(Set.Disputes(), d => d.Positions.Any(p => p.Value == "denies" && p.Claims.Contains(denial)));
    }

    [Fact]
    public void DataReleasedByAnOffice_NamesTheOffice_AndSinceDoesNotMoveTheStory()
    {
        var claim = Single("31 Azerbaijani civilians");
        Assert.Equal(("Prosecutor General's Office of Azerbaijan", (Side?)Side.Create("Azerbaijan")), (claim.Claimant.Organization, claim.Claimant.Side));
        Assert.Equal("2020-10-11 [inferred: year]", Single("about 40 civilians").Event!.On.ToString());
    }

    [Fact]
    public void SpeechInAPlace_QuotesTheSpeaker() =>
        Assert.Equal(("Erdogan", AttributionMode.DirectQuote, "Turkey will stand by Azerbaijan with all its means"),
            (Single("stand by Azerbaijan").Claimant.Name, Single("stand by Azerbaijan").Attribution.Mode, Single("stand by Azerbaijan").Text));

    [Fact]
    public void PostedOnSocialMedia_ThenHeSaidWithoutThat_AreTheSameSpeaker()
    {
        Assert.Equal("Pashinyan", Single("he had signed a statement").Claimant.Name);
        Assert.Equal("Pashinyan", Single("incredibly painful").Claimant.Name);
    }

    [Fact]
    public void AccordingToTheStatement_IsItsSigner_AndDeploymentHasNoClaimantSide()
    {
        var claim = Single("Russian peacekeepers will be deployed");
        Assert.Equal("Pashinyan", claim.Claimant.Name);
        Assert.Null(claim.Event!.Agent);
        Assert.Equal("about 1960", claim.Quantities.Single().FormatValue());
    }
}
