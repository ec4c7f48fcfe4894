namespace NakaClaims.SeedLoader.Tests;

// Article dev57: the places' other spellings ("Fizuli", "Jebrail", "Gubadli", "Shushi (Shusha)", "Khojavend"), a
// counterattack by "its forces", and towns listed after a verb.
public class DevelopmentArticleRoundFortyFiveTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev57_spellings_and_own_forces.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void CounterattackByItsForces_IsTheSpeakersSides_AtThePlaceUnderItsUsualName() =>
        Assert.Equal((EventType.Create("military-offensive"), "Fuzuli", "Armenia"), (Single("launched a counterattack").Event?.Type, Single("launched a counterattack").Event?.Place, Single("launched a counterattack").Event?.Agent?.Name));

    [Theory]
    [InlineData("liberated several villages", "Qubadli")]
    [InlineData("had struck Shushi", "Shusha")]
    [InlineData("had shelled Mingachevir", "Mingachevir")]
    public void PlaceUnderAnotherSpelling_IsThePlace(string text, string place) =>
        Assert.Equal(place, Single(text).Event?.Place);
}
