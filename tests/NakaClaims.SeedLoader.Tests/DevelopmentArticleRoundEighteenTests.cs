namespace NakaClaims.SeedLoader.Tests;

// Article dev28: two sides' statements joined by ", and"; an act and the participles of what it did; running
// totals "since" the war began; a speaker named again by surname; losses denied, figures called exaggerated.
public class DevelopmentArticleRoundEighteenTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev28_results_totals_and_two_sides.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void SecondSideAfterAnd_IsItsOwnClaimant_AccusingTheOtherSide()
    {
        var armenias = Single("had shelled Stepanakert overnight");
        Assert.Equal(("Armenia", "Azerbaijan"), (armenias.Claimant.DisplayName, armenias.Event!.Agent!.Value.Name));
        Assert.Equal("Azerbaijan", Single("missile attack on the city of Mingachevir").Claimant.DisplayName);
    }

    [Fact]
    public void ParticiplesOfAnAct_CountWhatItDid_WhereItWas_AndTheDenialDeniesTheAct()
    {
        var act = Single("fired missiles at Ganja");
        var wounded = Single("wounding three others");
        Assert.Equal(("injured", "3 civilians", "Ganja"), (wounded.Event!.Type.Key, wounded.Quantities.Single().ToString(), wounded.Event.Place));
        Assert.Equal("killed", Single("killing 9 civilians").Event!.Type.Key);
        Assert.Equal(act.Id, Single("absolute lies").Target);
    }

    [Fact]
    public void DayAfterARunningTotal_IsTheStorysDay_NotTheDayTheTotalStarts()
    {
        var fifteenth = new NodaTime.LocalDate(2020, 10, 15);
        Assert.Equal(fifteenth, Single("21 civilians had been killed").Event!.On!.Value.Date);
        Assert.Equal(fifteenth, Single("26 drones").Event!.On!.Value.Date);
    }

    [Fact]
    public void RunningTotals_HaveNoDay_AndDisputeNoCountOfOneDay()
    {
        Assert.All([Single("41 Azerbaijani civilians"), Single("206 injured")], c => Assert.Null(c.Event!.On));
        Assert.DoesNotContain(Set.Linked().Disputes(), d => d.Positions.Any(p => p.Claims.Contains(Single("41 Azerbaijani civilians"))));
    }

    [Fact]
    public void SpeakerAfterASinceLead_IsTheClaimant() =>
        Assert.Equal("Armenia", Single("633 of its soldiers").Claimant.Side!.Value.Name);

    [Fact]
    public void SurnameOfAnEarlierSpeaker_IsThatSpeaker_WithHisSide()
    {
        var denial = Single("did not lose any helicopters");
        Assert.Equal((Single("fired missiles at Ganja").Claimant, Polarity.Denies), (denial.Claimant, denial.Polarity));
        Assert.Equal("losses", denial.Event!.Type.Key);
    }

    [Fact]
    public void FiguresCalledExaggerated_DenyTheOtherSidesCount() =>
        Assert.Equal(Single("26 drones").Id, Single("greatly exaggerated").Target);

    [Fact]
    public void SpokeByTelephone_IsACall() =>
        Assert.Equal("phone-call", Single("spoke by telephone").Event!.Type.Key);

    [Fact]
    public void OfficialFiguresAfterTheContent_AreHedgedNarration()
    {
        var claim = Single("has killed more than 1,000 people");
        Assert.Equal((AttributionMode.HedgedNarration, "according to official figures"), (claim.Attribution.Mode, claim.Attribution.Cue));
        Assert.Equal("China News Service", claim.Claimant.DisplayName);
    }
}
