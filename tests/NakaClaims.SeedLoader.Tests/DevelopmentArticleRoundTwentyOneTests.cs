namespace NakaClaims.SeedLoader.Tests;

// Article dev31: losses owned by the side that lost them, "the previous day", a denial of an act followed by a
// counterclaim, a verdict followed by an accusation, running totals ("bringing the total …", "Since the
// hostilities began, …"), an unnamed official, a bare count after a participle, and people displaced.
public class DevelopmentArticleRoundTwentyOneTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev31_tolls_losses_and_denials_with_counterclaims.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void WhatASideLost_IsItsOwn_OnThePreviousDay()
    {
        var losses = Single("had lost 4 tanks");
        Assert.All(losses.Quantities, q => Assert.Equal("Armenia", q.Owner?.Name));
        Assert.Equal("2020-10-17", losses.Event!.On!.Value.LocalStart.ToString("yyyy-MM-dd", null));
    }

    [Fact]
    public void DenialOfAnAct_IsTheDeniersOwnAct_AndTheCounterclaimAffirms()
    {
        var denial = Single("denied shelling Azerbaijani villages");
        Assert.Equal((Polarity.Denies, "Armenia"), (denial.Polarity, denial.Event!.Agent!.Value.Name));
        var counter = Single("launched an attack on the southern front");
        Assert.Equal((Polarity.Affirms, "military-offensive", "Azerbaijan"), (counter.Polarity, counter.Event!.Type.Key, counter.Event.Agent!.Value.Name));
    }

    [Fact]
    public void VerdictThenAccusation_AreADenialAndAnAccusationOfTheOtherSide()
    {
        var verdict = Single("a total lie");
        Assert.Equal((Polarity.Denies, Single("launched an attack on the southern front").Id), (verdict.Polarity, verdict.Target));
        var accusation = Single("accused the Armenian armed forces");
        Assert.Equal((Polarity.Affirms, "shelled", "Armenia", "Mingachevir"), (accusation.Polarity, accusation.Event!.Type.Key, accusation.Event.Agent!.Value.Name, accusation.Event.Place));
    }

    [Fact]
    public void UnnamedOfficial_HasNoName_AndTheOfficialsSide()
    {
        var claim = Single("23 more servicemen");
        Assert.Equal(((string?)null, "official", "Armenia"), (claim.Claimant.Name, claim.Claimant.Role, claim.Claimant.Side?.Name));
    }

    [Fact]
    public void TotalBroughtToANumber_IsAClaimOfItsOwn_WithoutADay()
    {
        var total = Single("bringing the total number of military deaths");
        Assert.Equal(("673", "soldier"), (total.Quantities.Single().FormatValue(), total.Quantities.Single().Item));
        Assert.Null(total.Event!.On);
        Assert.NotNull(Single("23 more servicemen").Event!.On);
    }

    [Fact]
    public void CapitalizedSince_OpensARunningTotal() =>
        Assert.Null(Single("61 civilians have been killed").Event!.On);

    [Fact]
    public void BareCountAfterAParticiple_CountsTheItemBefore() =>
        Assert.Equal(("at least 11", "person"), (Single("injuring more than 10").Quantities.Single().FormatValue(), Single("injuring more than 10").Quantities.Single().Item));

    [Fact]
    public void PeopleDisplacedAndHomesLost_AreDisplacement()
    {
        Assert.Equal("displaced", Single("40,000 people have been displaced").Event!.Type.Key);
        Assert.Equal(("displaced", "family"), (Single("lost their homes").Event!.Type.Key, Single("lost their homes").Quantities.Single().Item));
        Assert.Equal("Government of Armenia", Single("40,000 people have been displaced").Claimant.Organization);
    }
}
