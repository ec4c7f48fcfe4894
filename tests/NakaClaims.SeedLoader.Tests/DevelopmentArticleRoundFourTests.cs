namespace NakaClaims.SeedLoader.Tests;

// Articles dev13 and dev14: rejections with counterclaims, negated events, captured cities, crew counts.
public class DevelopmentArticleRoundFourTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev13_rejection_and_negation.txt", "dev14_city_fallen.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void KillingInAParticiple_IsAClaimOfItsOwn_WhereAndByWhomTheActWas()
    {
        var act = Single("fired Smerch rockets");
        var killing = Single("killing 21 civilians");
        var injuring = Single("injuring more than 70 others");
        Assert.Equal((EventType.Create("shelled"), "Barda"), (act.Event!.Type, act.Event.Place));
        Assert.Equal((EventType.Create("killed"), "21 civilians"), (killing.Event!.Type, killing.Quantities.Single().ToString()));
        Assert.Equal((EventType.Create("injured"), "at least 71 civilians"), (injuring.Event!.Type, injuring.Quantities.Single().ToString()));
        Assert.All([killing, injuring], c => Assert.Equal((act.Event.Place, act.Event.Agent, act.Event.On), (c.Event!.Place, c.Event.Agent, c.Event.On)));
        Assert.Equal(["Azerbaijan News Agency", "China News Service"], killing.Attribution.Via.ToArray());
    }

    [Fact]
    public void RejectedTheAccusationAndSaid_DeniesThePreviousClaim_AndNegatesTheAttack()
    {
        var rejection = Single("rejected the accusation");
        Assert.Equal((Polarity.Denies, (ClaimId?)Single("fired Smerch rockets").Id), (rejection.Polarity, rejection.Target));
        var negated = Single("had not attacked Barda");
        Assert.Equal((Polarity.Denies, EventType.Create("shelled")), (negated.Polarity, negated.Event!.Type));
    }

    [Fact]
    public void ForeignMinistrySpokesperson_NameRoleAndOrganization()
    {
        var claim = Single("continues to shell Stepanakert");
        Assert.Equal(("Naghdalyan", "spokesperson", "Ministry of Foreign Affairs of Armenia"), (claim.Claimant.Name, claim.Claimant.Role, claim.Claimant.Organization));
    }

    [Fact]
    public void NearlyFiveThousand_IsApproximate_AndDatedByTheCue() =>
        Assert.Equal(("about 5000", "2020-10-22 [inferred: year]"), (Single("5,000 people").Quantities.Single().FormatValue(), Single("5,000 people").Event!.On.ToString()));

    [Fact]
    public void DeniedThatCityHadFallen_TargetsTheCapture_AndKeepsTheCounterclaim()
    {
        var capture = Single("taken control of Shusha");
        var denial = Single("Shusha had fallen");
        Assert.Equal(capture.Id, denial.Target);
        Assert.Equal(Polarity.Affirms, Single("fighting around the city was continuing").Polarity);
        Assert.Contains(Set.Disputes(), d => d.Subject.StartsWith("captured by Azerbaijan in Shusha", StringComparison.Ordinal));
    }

    [Fact]
    public void ShotDownAndKilled_AreTwoClaims_WithModelNumbersInTheCountedPhrase()
    {
        Assert.Equal("1 helicopter", Single("Mi-24 helicopter").Quantities.Single().ToString());
        Assert.Equal("2 crew members", Single("two crew members were killed").Quantities.Single().ToString());
    }

    [Fact]
    public void PossessiveCountry_NamesTheMinistryOneWay() =>
        Assert.Equal("Ministry of Foreign Affairs of Azerbaijan", Single("apologized to Russia").Claimant.Organization);
}
