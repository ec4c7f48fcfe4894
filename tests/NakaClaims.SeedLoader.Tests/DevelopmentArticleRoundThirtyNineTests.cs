namespace NakaClaims.SeedLoader.Tests;

// Article dev50: a clock time before the speaker ("At 10:30 a.m. Baku time on the 20th, the ministry said on its
// website …"), a place named with its province, a shell that struck a village across a border, "told Japanese media".
public class DevelopmentArticleRoundThirtyNineTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev50_clock_times_websites_and_provinces.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void ClockTimeBeforeTheSpeaker_IsWhenItWasSaid_EvenWhenTheVerbNamesAWebsite()
    {
        var shelling = Single("had shelled the Tartar region");

        Assert.Equal(("Ministry of Defense of Azerbaijan", "2020-10-20T10:30 Asia/Baku [inferred: year]"), (shelling.Claimant.Organization, shelling.AssertedOn?.ToString()));
    }

    [Fact]
    public void DronesShotDownOverATown_AreCountedThere() =>
        Assert.Equal(("Kapan", 3L), (Single("3 Azerbaijani drones").Event?.Place, Single("3 Azerbaijani drones").Quantities[0].Count));

    [Fact]
    public void SpeakerWhoToldMedia_HasThemAsReporter() =>
        Assert.Equal(["Japanese media", "China Central Television"], [.. Single("liberated 13 more villages").Attribution.Via]);
}
