namespace NakaClaims.SeedLoader.Tests;

// Article dev45: a time before the speaker ("Less than an hour after the ceasefire took effect, the two sides
// accused each other …"), "the day before", a denial with its counterclaim, a joint statement of three countries.
public class DevelopmentArticleRoundThirtyThreeTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev45_circumstances_and_the_day_before.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void TimeBeforeTheSpeakers_IsNotTheSpeaker() =>
        Assert.Equal(["Armenia", "Azerbaijan"], Set.Claims.Where(c => c.Text == "violating the ceasefire").Select(c => c.Claimant.DisplayName).Order(StringComparer.Ordinal));

    [Fact]
    public void DayBefore_IsTheDayBeforeTheStorysDay() =>
        Assert.Equal("2020-10-25 [inferred: year]", Single("shelled the Martuni region").Event?.On?.ToString());

    [Fact]
    public void DenialOfTheStatement_DeniesTheShellingOfTartar() =>
        Assert.Equal(Single("of shelling the Tartar").Id, Single("denied this statement").Target);
}
