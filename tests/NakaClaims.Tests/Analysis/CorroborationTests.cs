using NakaClaims.Time;

namespace NakaClaims.Tests.Analysis;

public class CorroborationTests
{
    private static readonly Document Seed002 = Document.Create("002", 3000, "Xinhua News Agency", null, Samples.Sep28);

    [Fact]
    public void Proposition_NamesEventAgentAndTime()
    {
        var corroboration = Assert.Single(Samples.TwoSeeds().Corroborations());
        Assert.Equal("martial law by Armenia, 2020-09-27", corroboration.Proposition);
        Assert.Single(corroboration.Links);
        Assert.Equal(corroboration, Samples.TwoSeeds().Corroborations()[0]);
    }

    [Fact]
    public void OneClaimantInTwoDocuments_IsOneSource_NotIndependent()
    {
        var corroboration = Assert.Single(Samples.TwoSeeds().Corroborations());
        Assert.Equal(2, corroboration.DocumentCount);
        Assert.Equal("Pashinyan", Assert.Single(corroboration.Sources).Name);
        Assert.False(corroboration.IsIndependent);
    }

    [Fact]
    public void TwoClaimantsOfOneSide_AreNotIndependent()
    {
        var corroboration = Assert.Single(Corroborate(Actor.OfOrganization("Ministry of Defense of Armenia", Samples.Armenia)).Corroborations());
        Assert.Equal(2, corroboration.Sources.Length);
        Assert.False(corroboration.IsIndependent);
    }

    [Theory]
    [InlineData("Azerbaijan")]
    [InlineData(null)]
    public void ClaimantsOfDifferentSidesOrOfNone_AreIndependent(string? side)
    {
        var other = Actor.OfOrganization("Ministry of Foreign Affairs of Russia", side is null ? null : Side.Create(side));
        Assert.True(Assert.Single(Corroborate(other).Corroborations()).IsIndependent);
    }

    // Pashinyan's martial law, and the same proposition from another claimant in a third document.
    private static ClaimSet Corroborate(Actor other)
    {
        var confirmation = Claim.Create(
                ClaimId.Create("002@10"),
                "002",
                "Armenia has declared martial law",
                TextSpan.Create(10, 32),
                Attribution.Create(other, ["Xinhua News Agency"], "said"))
            .WithEvent(ClaimEvent.Create(Samples.MartialLaw, TimeReference.OfDay(2020, 9, 27), null, Samples.Armenia));
        return ClaimSet.Create([Samples.Seed000, Seed002], [Samples.PashinyanIn000, confirmation]).Linked();
    }
}
