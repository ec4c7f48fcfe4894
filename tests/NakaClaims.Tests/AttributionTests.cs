namespace NakaClaims.Tests;

public class AttributionTests
{
    private static readonly Actor Stepanyan = Actor.Create("Stepanyan");

    [Fact]
    public void ToString_ShowsChainNearestFirst() =>
        Assert.Equal("Stepanyan ← Armenian News Agency ← China News Service", Samples.ArmenianHelicopterClaim.Attribution.ToString());

    [Fact]
    public void ThroughAlso_AppendsPublisherAtFarEnd() =>
        Assert.Equal(new[] { "Armenian News Agency", "China News Service" }, Attribution.Create(Stepanyan, ["Armenian News Agency"]).ThroughAlso("China News Service").Via.ToArray());

    [Fact]
    public void Create_BlankReporter_Throws() =>
        Assert.Throws<ArgumentException>(() => Attribution.Create(Stepanyan, [" "]));

    [Fact]
    public void Create_ChainTooLong_Throws() =>
        Assert.Throws<ArgumentException>(() => Attribution.Create(Stepanyan, Enumerable.Repeat("A", Attribution.MaxChainLength + 1)));

    [Fact]
    public void Create_UndefinedMode_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Attribution.Create(Stepanyan, mode: (AttributionMode)42));

    [Fact]
    public void Narration_Hedged_SetsMode() =>
        Assert.Equal(AttributionMode.HedgedNarration, Attribution.Narration(Actor.OfOrganization("China News Service"), hedged: true, "It is reported that").Mode);

    [Fact]
    public void Equality_ComparesChainByValue()
    {
        var a = Attribution.Create(Stepanyan, ["A", "B"], "said");
        Assert.Equal(a, Attribution.Create(Stepanyan, ["A", "B"], "said"));
        Assert.NotEqual(a, Attribution.Create(Stepanyan, ["B", "A"], "said"));
    }
}
