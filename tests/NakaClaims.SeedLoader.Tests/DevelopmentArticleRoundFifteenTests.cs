namespace NakaClaims.SeedLoader.Tests;

// Article dev25: statements passed on by quoting and citing, unnamed sources telling an outlet, a document
// issued by three governments, a speaker named after the content with the day it spoke, and a clause of
// narration before a mutual accusation in one sentence.
public class DevelopmentArticleRoundFifteenTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev25_quoting_and_unnamed_sources.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void NarrationBeforeAMutualAccusation_IsThePublishersClaim_AndEachSideAccusesTheOther()
    {
        Assert.Equal("China News Service", Single("continued on the 5th").Claimant.DisplayName);
        var accusations = Set.Claims.Where(c => c.Text == "shelling civilian areas").ToList();
        Assert.Equal(["Armenia", "Azerbaijan"], accusations.Select(c => c.Claimant.Side!.Value.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OutletQuotingAMinistry_PassesTheMinistrysClaimOn()
    {
        var claim = Single("4 Azerbaijani tanks");
        Assert.Equal(("Ministry of Defense of Armenia", "quoting"), (claim.Claimant.Organization, claim.Attribution.Cue));
        Assert.Equal("Sputnik", claim.Attribution.Via[0]);
    }

    [Fact]
    public void MediaCitingSources_PassTheSourcesClaimOn()
    {
        var claim = Single("near Martuni");
        Assert.Equal(("Ministry of Defense", "citing"), (claim.Claimant.Organization, claim.Attribution.Cue));
        Assert.Equal("Armenian media", claim.Attribution.Via[0]);
    }

    [Fact]
    public void UnnamedSourceTellingAnOutlet_IsTheOutletsHedgedClaim()
    {
        var claim = Single("over the Jabrayil region");
        Assert.Equal(("Interfax", "according to an Azerbaijani military source"), (claim.Claimant.DisplayName, claim.Attribution.Cue));
    }

    [Fact]
    public void JointStatement_IsTheClaimOfTheGovernmentsThatIssuedIt() =>
        Assert.StartsWith("Governments of the United States", Single("agreed to observe").Claimant.DisplayName, StringComparison.Ordinal);

    [Fact]
    public void SpeakerAfterTheContent_WithTheDay_IsTheClaimantOnThatDay()
    {
        var claim = Single("nearly 5,000 people");
        Assert.Equal("Putin", claim.Claimant.Name);
        Assert.Equal("2020-10-05", claim.AssertedOn!.Value.LocalStart.ToString("yyyy-MM-dd", null));
        Assert.DoesNotContain("Putin", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalMediaAfterTheContent_HedgeThePublishersClaim()
    {
        var claim = Single("Thousands of protesters");
        Assert.Equal(AttributionMode.HedgedNarration, claim.Attribution.Mode);
        Assert.DoesNotContain("local media", claim.Text, StringComparison.Ordinal);
    }
}
