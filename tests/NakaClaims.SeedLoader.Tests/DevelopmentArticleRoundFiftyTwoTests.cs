namespace NakaClaims.SeedLoader.Tests;

// Article dev64: a dateline that ends in "report" (报道) before the first sentence, outlets under the names a
// machine translation gives them ("Turkey's Anatolian News Agency", "the Russian Satellite News Agency",
// "Russia Today TV station"), and a verdict on accusations followed by a counterclaim.
public class DevelopmentArticleRoundFiftyTwoTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev64_report_datelines_and_translated_outlets.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void DatelineEndingInReport_GivesThePublisherAndTheDay()
    {
        var document = Assert.Single(Set.Documents);

        Assert.Equal(("Reference News Network", "2020-10-12 [inferred: year]"), (document.Publisher, document.Published?.ToString()));
    }

    [Fact]
    public void ReportByAnOutletAfterTheDateline_IsTheReporterOfTheMinistry()
    {
        var claim = Single("had shelled Ganja again at night");

        Assert.Equal(("Ministry of Defense of Azerbaijan", null), (claim.Claimant.Organization, claim.Claimant.Name));
        Assert.Equal<string>(["Anadolu Agency", "Reference News Network"], claim.Attribution.Via);
    }

    [Theory]
    [InlineData("violated the humanitarian ceasefire just minutes", "Russia Today")]
    [InlineData("\"grossly violated\" the agreement", "Sputnik")]
    public void TranslatedOutletName_IsTheKnownOutlet(string text, string outlet) =>
        Assert.Equal(outlet, Single(text).Attribution.Via[0]);

    [Fact]
    public void AccusationsCalledGroundless_DenyTheShelling_AndTheCounterclaimAffirms()
    {
        Assert.Equal((Polarity.Denies, Single("had shelled Ganja again at night").Id), (Single("called these accusations").Polarity, Single("called these accusations").Target));
        Assert.Equal(Polarity.Affirms, Single("it had only targeted military facilities").Polarity);
    }
}
