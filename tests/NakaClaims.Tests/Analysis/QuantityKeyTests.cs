using NakaClaims.Analysis;

namespace NakaClaims.Tests.Analysis;

public class QuantityKeyTests
{
    [Fact]
    public void Basis_UsesDashForUnknownOwner() =>
        Assert.Equal("quantity:killed/soldier/-", new QuantityKey(EventType.Create("killed"), "soldier", null).Basis);

    [Fact]
    public void ToString_NamesOwner() =>
        Assert.Equal("helicopter shot down, owner Azerbaijan", new QuantityKey(Samples.ShotDown, "helicopter", Samples.Azerbaijan).ToString());
}
