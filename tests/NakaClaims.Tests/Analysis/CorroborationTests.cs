namespace NakaClaims.Tests.Analysis;

public class CorroborationTests
{
    [Fact]
    public void Proposition_NamesEventAgentAndTime()
    {
        var corroboration = Assert.Single(Samples.TwoSeeds().Corroborations());
        Assert.Equal("martial law by Armenia, 2020-09-27", corroboration.Proposition);
        Assert.Single(corroboration.Links);
        Assert.Equal(corroboration, Samples.TwoSeeds().Corroborations()[0]);
    }
}
