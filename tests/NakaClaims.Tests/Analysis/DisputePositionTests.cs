namespace NakaClaims.Tests.Analysis;

public class DisputePositionTests
{
    [Fact]
    public void Source_AppendsSideOnlyWhenOrganizationDoesNotNameIt()
    {
        var positions = Samples.HelicopterDispute().Disputes()[0].Positions;
        Assert.Equal("Ministry of Defense of Armenia", positions[0].Source);
        Assert.Equal("Ministry of National Defense (Azerbaijan)", positions[1].Source);
        Assert.Equal("1 per Ministry of National Defense (Azerbaijan)", positions[1].ToString());
    }
}
