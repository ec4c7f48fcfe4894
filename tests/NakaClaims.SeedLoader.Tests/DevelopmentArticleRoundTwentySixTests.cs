namespace NakaClaims.SeedLoader.Tests;

// Article dev37, after the ceasefire of November 10: districts handed over, a return "without a single shot
// being fired", mines and a denial, and the dead of the whole war.
public class DevelopmentArticleRoundTwentySixTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev37_handovers_mines_and_war_totals.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void DistrictHandedOver_IsAHandoverOfThatDistrict_OnItsDay()
    {
        var later = Single("would be handed over on the 25th").Event!;
        Assert.Equal(("handover", "Kalbajar", new NodaTime.LocalDate(2020, 11, 25)), (later.Type.Key, later.Place, later.On!.Value.Date));
        Assert.Equal(("handover", "Agdam"), (Single("handed the region over").Event!.Type.Key, Single("handed the region over").Event!.Place));
    }

    [Fact]
    public void ReturnWithoutAShotFired_DeniesShelling_InsteadOfReportingIt() =>
        Assert.Equal((Polarity.Denies, "shelled"), (Single("without a single shot").Polarity, Single("without a single shot").Event!.Type.Key));

    [Fact]
    public void DeadOfTheWholeWar_AreARunningTotal_WithNoDay_AndDisputeNoSingleDay()
    {
        var total = Single("in the 44-day war");
        Assert.Null(total.Event!.On);
        Assert.DoesNotContain(Set.Links, l => l.From == total.Id || l.To == total.Id);
    }

    [Fact]
    public void MinesDeniedAsGroundless_AreDisputed()
    {
        var groundless = Single("completely groundless");
        Assert.Equal((Polarity.Denies, "Ministry of Defense of Armenia"), (groundless.Polarity, groundless.Claimant.Organization));
        Assert.NotNull(groundless.Target);
    }
}
