namespace NakaClaims.Tests.Analysis;

public class DisputeTests
{
    [Fact]
    public void Positions_GroupClaimsByValueInClaimOrder()
    {
        var dispute = Assert.Single(Samples.HelicopterDispute().Disputes());
        Assert.Equal(["2", "1"], dispute.Positions.Select(p => p.Value));
        Assert.Equal("quantity:shot-down/helicopter/Azerbaijan", dispute.Basis);
        Assert.Single(dispute.Links);
    }

    [Fact]
    public void Denial_GivesAffirmsAndDeniesPositions()
    {
        var claim = Samples.ArmenianHelicopterClaim;
        var denial = Claim.Create(ClaimId.Create("000@900"), "000", "This is untrue", NakaClaims.TextSpan.Create(900, 14), Attribution.Create(Actor.OfOrganization("Ministry of National Defense", Samples.Azerbaijan)))
            .AsDenialOf(claim.Id);
        var set = ClaimSet.Create([Samples.Seed000], [claim, denial]).Linked();
        var dispute = Assert.Single(set.Disputes());
        Assert.Equal("shot down in Naka region, 2020-09-27 [inferred: year]: affirms per Ministry of Defense of Armenia vs denies per Ministry of National Defense (Azerbaijan)", dispute.ToString());
    }

    [Fact]
    public void DenialOfADenial_SidesWithWhatTheFirstDenialDenied()
    {
        var claim = Samples.ArmenianHelicopterClaim;
        var denial = Claim.Create(ClaimId.Create("000@900"), "000", "This is untrue", NakaClaims.TextSpan.Create(900, 14), Attribution.Create(Actor.OfOrganization("Ministry of National Defense", Samples.Azerbaijan)))
            .AsDenialOf(claim.Id);
        var rebuttal = Claim.Create(ClaimId.Create("000@1000"), "000", "Azerbaijan's denial is groundless", NakaClaims.TextSpan.Create(1000, 33), Attribution.Create(Actor.OfOrganization("Ministry of Foreign Affairs", Samples.Armenia)))
            .AsDenialOf(denial.Id);
        var dispute = Assert.Single(ClaimSet.Create([Samples.Seed000], [claim, denial, rebuttal]).Linked().Disputes());

        Assert.Equal(["000@1000", "000@348"], dispute.Positions.Single(p => p.Value == "affirms").Claims.Select(c => c.Id.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(["000@900"], dispute.Positions.Single(p => p.Value == "denies").Claims.Select(c => c.Id.ToString()));
    }

    [Fact]
    public void DenialsThatDenyEachOther_AreBothDenials()
    {
        var first = Claim.Create(ClaimId.Create("000@900"), "000", "This is untrue", NakaClaims.TextSpan.Create(900, 14), Attribution.Create(Actor.OfOrganization("Ministry of National Defense", Samples.Azerbaijan)))
            .AsDenialOf(ClaimId.Create("000@1000"));
        var second = Claim.Create(ClaimId.Create("000@1000"), "000", "That is untrue", NakaClaims.TextSpan.Create(1000, 14), Attribution.Create(Actor.OfOrganization("Ministry of Defense", Samples.Armenia)))
            .AsDenialOf(first.Id);
        var dispute = Assert.Single(ClaimSet.Create([Samples.Seed000], [first, second]).Linked().Disputes());

        Assert.Equal(["denies"], dispute.Positions.Select(p => p.Value));
        Assert.Equal(2, dispute.Positions[0].Claims.Length);
    }

    [Fact]
    public void Equality_IsByValue() => Assert.Equal(Samples.HelicopterDispute().Disputes()[0], Samples.HelicopterDispute().Disputes()[0]);
}
