namespace NakaClaims.SeedLoader.Tests;

// Article dev72: speakers named after what they said with verbs beyond "said" ("…, the ministry pointed out.",
// "“…,” Aliyev warned.", "“…,” Pashinyan insisted."), none of them left to the last speaker.
public class DevelopmentArticleRoundSixtyTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev72_speakers_after_what_they_said.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Theory]
    [InlineData("The enemy is retreating", "Stepanyan")]
    [InlineData("Armenia must withdraw from our lands", "Aliyev")]
    [InlineData("We will not allow a repeat of 1915", "Pashinyan")]
    public void QuotationThenItsSpeaker_IsThatSpeakers(string text, string speaker) =>
        Assert.Equal((speaker, AttributionMode.DirectQuote), (Single(text).Claimant.Name, Single(text).Attribution.Mode));

    [Fact]
    public void ContentThenTheMinistryPointedOut_IsTheMinistrys() =>
        Assert.Equal("Ministry of Defense of Armenia", Single("had suffered heavy losses").Claimant.Organization);

    [Fact]
    public void S300System_IsCounted() =>
        Assert.Equal("air defense missile system", Assert.Single(Single("destroyed an S-300 system").Quantities).Item);
}
