namespace NakaClaims.SeedLoader.Tests;

// Article dev40: officials the gazetteer does not know, named with their office before or after the name
// ("Artsrun Hovhannisyan, the official representative of …", "Turkish Presidential Spokesman Ibrahim Kalin"), and
// a human rights defender who released a report.
public class DevelopmentArticleRoundTwentyEightTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev40_named_officials_and_reports.txt");

    private static Actor ClaimantOf(string text) => Set.Single(text).Claimant;

    [Theory]
    [InlineData("large-scale offensive", "Artsrun Hovhannisyan", "official representative", "Ministry of Defense of Armenia")]
    [InlineData("Goranboy regions", "Vagif Dargahli", "spokesman", "Ministry of Defense of Azerbaijan")]
    [InlineData("ready to host talks", "Maria Zakharova", "spokeswoman", "Ministry of Foreign Affairs of Russia")]
    public void UnknownOfficial_HasNameRoleAndOffice(string text, string name, string role, string organization) =>
        Assert.Equal((name, role, organization), (ClaimantOf(text).Name, ClaimantOf(text).Role, ClaimantOf(text).Organization));

    [Fact]
    public void TitleBeforeTheName_IsTheRole_NotPartOfTheName() =>
        Assert.Equal(("Ibrahim Kalin", "spokesman"), (ClaimantOf("right to self-defense").Name, ClaimantOf("right to self-defense").Role));

    [Fact]
    public void ReportReleasedByADefender_IsTheDefendersClaim_AndCorroboratesNothing()
    {
        var targeted = Set.Single("targeted civilian infrastructure");
        Assert.Equal(("Arman Tatoyan", "Azerbaijan"), (targeted.Claimant.Name, targeted.Event!.Agent?.Name));
        Assert.DoesNotContain(Set.Links, l => l.Type == LinkType.Corroborates);
    }
}
