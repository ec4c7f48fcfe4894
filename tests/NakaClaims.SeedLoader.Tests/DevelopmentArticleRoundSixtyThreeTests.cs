namespace NakaClaims.SeedLoader.Tests;

// Article dev75: a truce that takes effect at a clock time in the local zone, broken "within hours" by mutual
// accusations, then each side's account of the other's shelling.
public class DevelopmentArticleRoundSixtyThreeTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev75_a_truce_broken_within_hours.txt");

    [Fact]
    public void MutualAccusationAfterATimeLead_IsEachSidesAccusationOfTheOther()
    {
        var accusations = Set.Claims.Where(c => c.Text == "violating it").ToList();

        Assert.Equal(
            ["Armenia accuses Azerbaijan", "Azerbaijan accuses Armenia"],
            accusations.Select(c => $"{c.Claimant.Side?.Name} accuses {c.Event!.Agent?.Name}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TruceTakingEffect_IsAtTheClockTimeInBaku() =>
        Assert.Equal("2020-10-26T08:00 Asia/Baku [inferred: year]", Set.Single("took effect at 8:00 local time").Event!.On!.Value.ToString());

    [Fact]
    public void NoClaimant_IsNamedAfterTheTimeLead() =>
        Assert.DoesNotContain(Set.Claims, c => c.Claimant.DisplayName.StartsWith("Within", StringComparison.Ordinal));
}
