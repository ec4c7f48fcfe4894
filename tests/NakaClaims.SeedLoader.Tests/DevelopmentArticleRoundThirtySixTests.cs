namespace NakaClaims.SeedLoader.Tests;

// Article dev48: "Both Armenia and Azerbaijan denied …", a count in words with a hyphen, a second count of casualties
// with its noun ("and more than 100 people wounded"), a toll that "had risen to", and "Neither side …".
public class DevelopmentArticleRoundThirtySixTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev48_sides_by_name_and_compound_numbers.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void SidesNamedTogether_EachDenyForThemselves()
    {
        var denials = Set.Claims.Where(c => c.Text == "denied targeting civilians").ToList();

        Assert.Equal([("Armenia", "Armenia"), ("Azerbaijan", "Azerbaijan")], denials.Select(c => (c.Claimant.DisplayName, c.Event?.Agent?.Name)).Order());
        Assert.All(denials, c => Assert.Equal(Polarity.Denies, c.Polarity));
    }

    [Fact]
    public void CountsOfTheDeadAndTheWounded_AreTwoClaims()
    {
        Assert.Equal(25, Assert.Single(Single("twenty-five civilians had been killed").Quantities).Count);
        Assert.Equal(EventType.Create("injured"), Single("more than 100 people wounded").Event?.Type);
    }

    [Fact]
    public void TollThatHadRisen_IsACountOfTheKilled() =>
        Assert.Equal((EventType.Create("killed"), "Ganja"), (Single("number of dead in Ganja").Event?.Type, Single("number of dead in Ganja").Event?.Place));

    [Fact]
    public void NeitherSide_IsNoClaimant() =>
        Assert.Equal("China News Service", Single("Neither side has confirmed").Claimant.DisplayName);
}
