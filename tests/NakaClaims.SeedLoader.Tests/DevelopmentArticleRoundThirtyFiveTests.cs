namespace NakaClaims.SeedLoader.Tests;

// Article dev47: a headline above the dateline, a missile that "had hit" a town "killing" civilians, talks "on the
// 9th and 10th", and a refutation of "the report of the capture" of a town.
public class DevelopmentArticleRoundThirtyFiveTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev47_missiles_that_hit_and_refuted_captures.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void MissileThatHitATown_ShelledIt_AndTheKillingIsItsResult()
    {
        var hit = Single("missile had hit a residential area");
        var killing = Single("killing 9 civilians");

        Assert.Equal((EventType.Create("shelled"), "Ganja", "Armenia"), (hit.Event?.Type, hit.Event?.Place, hit.Event?.Agent?.Name));
        Assert.Equal(("Ganja", "Armenia"), (killing.Event?.Place, killing.Event?.Agent?.Name));
    }

    [Fact]
    public void RefutedReportOfACapture_DeniesThatCapture()
    {
        var refutation = Single("refuted the Azerbaijani report of the capture");

        Assert.Equal((Polarity.Denies, EventType.Create("captured"), "Hadrut"), (refutation.Polarity, refutation.Event?.Type, refutation.Event?.Place));
    }

    [Fact]
    public void HeadlineAboveTheDateline_IsNotAClaim() =>
        Assert.DoesNotContain(Set.Claims, c => c.Text.Contains("says Armenian missile hits", StringComparison.Ordinal));
}
