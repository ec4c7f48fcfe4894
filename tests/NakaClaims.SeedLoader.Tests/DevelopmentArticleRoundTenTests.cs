namespace NakaClaims.SeedLoader.Tests;

// Article dev20: two speakers in one sentence ("X said that …, while Y said that …"), and narration joined by
// "while", which stays one claim.
public class DevelopmentArticleRoundTenTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev20_two_speakers.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void EachSpeakerOfTheSentence_HasTheirOwnClaim()
    {
        Assert.Equal("Ministry of Defense of Armenia", Single("offensive in the direction of Lachin").Claimant.Organization);
        Assert.Equal("Ministry of Defense of Azerbaijan", Single("shelled the city of Tartar").Claimant.Organization);
        Assert.DoesNotContain("while", Single("offensive in the direction of Lachin").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NarrationJoinedByWhile_IsOneClaimOfThePublisher() =>
        Assert.Equal("China News Service", Single("fighting continued in the south").Claimant.DisplayName);
}
