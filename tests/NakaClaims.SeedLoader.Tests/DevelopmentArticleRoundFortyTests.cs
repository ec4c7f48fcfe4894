namespace NakaClaims.SeedLoader.Tests;

// Article dev52: a watchdog's report that accuses one side, that side's rejection "of the accusation" after another
// claim in between, the displaced as a share of a population, and a running total "according to" an office.
public class DevelopmentArticleRoundFortyTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev52_watchdogs_and_rejected_accusations.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void RejectedAccusation_IsOfTheClaimThatAccusedTheDenier_NotOfTheOtherSidesLatest() =>
        Assert.Equal(Single("had used cluster munitions in at least four attacks").Id, Single("rejected the accusation").Target);

    [Fact]
    public void DisplacedAsAShareOfThePopulation_AreCounted()
    {
        var displaced = Single("had been displaced by the fighting");

        Assert.Equal((EventType.Create("displaced"), 70_000L), (displaced.Event?.Type, displaced.Quantities[0].Count));
    }

    [Fact]
    public void RunningTotalAccordingToAnOffice_IsTheOfficesAndHasNoDay()
    {
        var houses = Single("more than 200 houses have been destroyed");

        Assert.Equal(("Prosecutor General's Office of Azerbaijan", (NakaClaims.Time.TimeReference?)null), (houses.Claimant.Organization, houses.Event?.On));
    }
}
