namespace NakaClaims.SeedLoader.Tests;

// Article dev27: a call and what "the two sides" said after it in one sentence, losses denied and the
// denial rebutted, and a speaker described by an appositive.
public class DevelopmentArticleRoundSeventeenTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev27_calls_and_rebuttals.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void CallThenWhatTheTwoSidesSaid_AreThePublishersTwoClaims_EachOnce()
    {
        Assert.Equal("phone-call", Single("held a telephone conversation").Event!.Type.Key);
        Assert.Equal("China News Service", Single("the two sides expressed deep concern").Claimant.DisplayName);
    }

    [Fact]
    public void RebuttalOfADenial_TargetsTheDenial_AndSidesWithTheClaimItDenied()
    {
        var denial = Single("had not lost a single helicopter");
        var rebuttal = Single("allegations were");
        Assert.Equal((Polarity.Denies, Polarity.Denies, denial.Id), (denial.Polarity, rebuttal.Polarity, rebuttal.Target));

        var dispute = Set.Linked().Disputes().Single(d => d.Positions.Any(p => p.Claims.Contains(rebuttal)));
        Assert.Contains(Single("200 servicemen"), dispute.Positions.Single(p => p.Claims.Contains(rebuttal)).Claims);
    }

    [Fact]
    public void SpeakerWithAnAppositive_IsNamedWithoutIt() =>
        Assert.DoesNotContain("British", Single("64 Syrian fighters").Claimant.DisplayName, StringComparison.Ordinal);
}
