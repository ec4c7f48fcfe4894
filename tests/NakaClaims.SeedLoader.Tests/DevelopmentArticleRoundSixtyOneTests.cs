namespace NakaClaims.SeedLoader.Tests;

// Article dev73: warnings and reiterations without "that", a weekday as the day of speaking ("said on Monday"),
// an outlet by its initials ("told AFP"), and a ceasefire "violated by Azerbaijan".
public class DevelopmentArticleRoundSixtyOneTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev73_bare_warnings_and_passive_agents.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Theory]
    [InlineData("Armenia would pay a heavy price", "Aliyev", "warned")]
    [InlineData("Armenia was ready for talks", "Pashinyan", "reiterated")]
    public void BareComplement_IsTheSpeakers(string text, string speaker, string cue) =>
        Assert.Equal((speaker, cue), (Single(text).Claimant.Name, Single(text).Attribution.Cue));

    [Fact]
    public void CeasefireViolatedByASide_HasThatSideAsAgent() =>
        Assert.Equal(("ceasefire-violation", "Azerbaijan"), (Single("the ceasefire had been violated").Event!.Type.Key, Single("the ceasefire had been violated").Event!.Agent?.Name));

    [Fact]
    public void SaidOnMonday_IsTheMondayOfTheDatelinesWeek() =>
        Assert.Equal(new NodaTime.LocalDate(2020, 10, 12), Single("had shelled Martakert").AssertedOn!.Value.Date!.Value);

    [Fact]
    public void ToldAfp_IsPassedOnByAgenceFrancePresse() =>
        Assert.Equal("Agence France-Presse", Single("had fired at Tartar overnight").Attribution.Via[0]);
}
