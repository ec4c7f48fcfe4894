namespace NakaClaims.SeedLoader.Tests;

// Article dev53: outlets that report "citing" a source, "According to a Reuters report citing Azerbaijani
// officials", a news website, a source who "told Xinhua on condition of anonymity", and "quoted … as saying".
public class DevelopmentArticleRoundFortyOneTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev53_reports_citing_officials_and_told_outlets.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void ReportCitingOfficials_IsTheOfficialsClaim_PassedOnByTheOutlet()
    {
        var killed = Single("12 people were killed in a missile strike");

        Assert.Equal(("Azerbaijan", "citing"), (killed.Claimant.Side?.Name, killed.Attribution.Cue));
        Assert.Equal(["Reuters", "China News Service"], [.. killed.Attribution.Via]);
    }

    [Fact]
    public void OutletReportingCitingASource_PassesOnTheMinistrysClaim() =>
        Assert.Equal(["Sputnik", "China News Service"], [.. Single("had attacked a military base near Vardenis").Attribution.Via]);

    [Fact]
    public void OutletThatQuotedASpokeswoman_IsHerReporter() =>
        Assert.Equal(("Stepanyan", "Interfax"), (Single("the front line was stable").Claimant.Name, Single("the front line was stable").Attribution.Via[0]));
}
