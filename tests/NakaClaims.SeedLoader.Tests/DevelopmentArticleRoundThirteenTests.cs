namespace NakaClaims.SeedLoader.Tests;

// Article dev23: the translation's names for the sides and their armies ("the Asian army", "the Afghan
// side", "the Naka army"), two acts of one side in one sentence, and a denial "on social media, saying".
public class DevelopmentArticleRoundThirteenTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev23_asian_and_afghan_sides.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void ArmiesNamedByTheTranslation_AreTheAgents()
    {
        Assert.Equal(Side.Create("Azerbaijan"), Single("used heavy artillery").Event!.Agent);
        Assert.Equal(Side.Create("Armenia"), Single("Tochka-U").Event!.Agent);
    }

    [Fact]
    public void TanksOfTheAfghanSide_AreAzerbaijans() =>
        Assert.Equal(Side.Create("Azerbaijan"), Single("5 tanks").Quantities.Single().Owner);

    [Fact]
    public void DenialOnSocialMedia_DisputesTheShelling() =>
        Assert.Contains(Set.Disputes(), d => d.Positions.Any(p => p.Value == "denies" && p.Claims.Any(c => c.Text.Contains("had not fired", StringComparison.Ordinal))));
}
