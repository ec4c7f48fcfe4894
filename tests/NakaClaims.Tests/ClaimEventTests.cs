namespace NakaClaims.Tests;

public class ClaimEventTests
{
    [Fact]
    public void Create_DefaultType_Throws() => Assert.Throws<ArgumentException>(() => ClaimEvent.Create(default));

    [Fact]
    public void Create_DefaultTime_Throws() =>
        Assert.Throws<ArgumentException>(() => ClaimEvent.Create(Samples.ShotDown, default(NakaClaims.Time.TimeReference)));

    [Fact]
    public void ToString_ListsTypeTimeAndPlace() =>
        Assert.Equal("shot down, 2020-09-27 [inferred: year], Naka region", Samples.ArmenianHelicopterClaim.Event!.ToString());

    [Fact]
    public void Equality_IsByValue() =>
        Assert.Equal(ClaimEvent.Create(Samples.ShotDown, Samples.Sep27), ClaimEvent.Create(Samples.ShotDown, Samples.Sep27));
}
