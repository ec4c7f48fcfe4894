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
    public void Equality_IsByValue() => Assert.Equal(Samples.HelicopterDispute().Disputes()[0], Samples.HelicopterDispute().Disputes()[0]);
}
