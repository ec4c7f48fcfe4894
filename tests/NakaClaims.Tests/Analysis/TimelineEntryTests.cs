namespace NakaClaims.Tests.Analysis;

public class TimelineEntryTests
{
    [Fact]
    public void When_FallsBackToAssertionTime()
    {
        var claim = Claim.Create(ClaimId.Create("x"), "000", "text", NakaClaims.TextSpan.Create(0, 4), Attribution.Create(Actor.Create("A"))).WithAssertedOn(Samples.Sep28);
        var entry = Assert.Single(ClaimSet.Create([Samples.Seed000], [claim]).Timeline());
        Assert.Equal(Samples.Sep28, entry.When);
        Assert.StartsWith("2020-09-28 [inferred: year]  A: text", entry.ToString(), StringComparison.Ordinal);
    }
}
