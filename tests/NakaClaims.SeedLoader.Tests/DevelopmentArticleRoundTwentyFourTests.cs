namespace NakaClaims.SeedLoader.Tests;

// Article dev35: a republic and its president both in scare quotes, a ministry referred back to as "it", a
// denial that any shots were fired, and a press secretary who calls a capture disinformation.
public class DevelopmentArticleRoundTwentyFourTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev35_titles_pronouns_and_no_shots.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void PresidentOfARepublicBothInScareQuotes_IsTheSpeaker() =>
        Assert.Equal(("Arutyunyan", "dozens of civilians were injured in the attack"), (Single("dozens of civilians").Claimant.Name, Single("dozens of civilians").Text));

    [Fact]
    public void ItAlsoSaid_IsTheMinistryThatSpokeBefore() =>
        Assert.Equal("Ministry of Defense of Azerbaijan", Single("shelled the city of Ganja").Claimant.Organization);

    [Fact]
    public void NoShotsFired_DeniesTheShellingOfGanja()
    {
        var noShots = Single("no shots had been fired");
        Assert.Equal(Polarity.Denies, noShots.Polarity);
        Assert.Contains(Set.Links, l => l.Type == LinkType.Contradicts && (l.From == noShots.Id || l.To == noShots.Id));
    }

    [Fact]
    public void PressSecretaryCallingACaptureDisinformation_DeniesTheCapture()
    {
        var denial = Single("Jabrayil had fallen");
        Assert.Equal(("Mane Gevorgyan", "press secretary", Polarity.Denies, Single("liberated the city of Jabrayil").Id), (denial.Claimant.Name, denial.Claimant.Role, denial.Polarity, denial.Target));
    }
}
