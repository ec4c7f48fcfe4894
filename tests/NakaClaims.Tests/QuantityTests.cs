namespace NakaClaims.Tests;

public class QuantityTests
{
    [Fact]
    public void AtLeast_MoreThanFifty_IsCompatibleWithSixty() =>
        Assert.True(Quantity.AtLeast(51, "soldier").IsCompatibleWith(Quantity.Exactly(60, "soldier")));

    [Fact]
    public void AtLeast_MoreThanFifty_IsIncompatibleWithForty() =>
        Assert.False(Quantity.AtLeast(51, "soldier").IsCompatibleWith(Quantity.Exactly(40, "soldier")));

    [Fact]
    public void Exactly_TwoAndOne_AreIncompatible() =>
        Assert.False(Quantity.Exactly(2, "helicopter").IsCompatibleWith(Quantity.Exactly(1, "helicopter")));

    [Theory]
    [InlineData(16, true)]
    [InlineData(24, true)]
    [InlineData(15, false)]
    [InlineData(25, false)]
    public void About_Twenty_ToleratesTwentyPercent(long other, bool compatible) =>
        Assert.Equal(compatible, Quantity.About(20, "village").IsCompatibleWith(Quantity.Exactly(other, "village")));

    [Fact]
    public void Between_OverlapsRange() =>
        Assert.True(Quantity.Between(10, 20, "tank").IsCompatibleWith(Quantity.AtMost(12, "tank")));

    [Theory]
    [InlineData(null, null, null, false, "A quantity needs a count, a lower bound or an upper bound; all three are null.")]
    [InlineData(-1L, null, null, false, "Quantities must be zero or more; got count -1, min null, max null.")]
    [InlineData(5L, 6L, null, false, "The bounds are inconsistent: need min <= count <= max, got count 5, min 6, max null.")]
    [InlineData(null, 5L, 4L, false, "The bounds are inconsistent: need min <= count <= max, got count null, min 5, max 4.")]
    [InlineData(null, 5L, null, true, "An approximate quantity needs a count ('about 20'); bounds alone cannot be approximate.")]
    public void Create_BrokenInvariant_ThrowsSayingWhich(long? count, long? min, long? max, bool approximate, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => Quantity.Create(count, min, max, approximate, "tank"));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BlankItem_Throws() => Assert.Throws<ArgumentException>(() => Quantity.Exactly(1, " "));

    [Fact]
    public void ItemText_DefaultsToItem() => Assert.Equal("tank", Quantity.Exactly(1, "tank").ItemText);

    [Theory]
    [InlineData("2 helicopter gunships (Azerbaijan)")]
    public void ToString_ShowsValueItemAndOwner(string expected) =>
        Assert.Equal(expected, Quantity.Exactly(2, "helicopter", "helicopter gunships", Samples.Azerbaijan).ToString());

    [Fact]
    public void FormatValue_DescribesEachShape()
    {
        Assert.Equal("about 20", Quantity.About(20, "village").FormatValue());
        Assert.Equal("at least 51", Quantity.AtLeast(51, "soldier").FormatValue());
        Assert.Equal("at most 9", Quantity.AtMost(9, "soldier").FormatValue());
        Assert.Equal("10 to 20", Quantity.Between(10, 20, "tank").FormatValue());
    }

    [Fact]
    public void WithOwner_ChangesOnlyOwner()
    {
        var q = Quantity.Exactly(2, "helicopter").WithOwner(Samples.Armenia);
        Assert.Equal((2L, "helicopter", (Side?)Samples.Armenia), (q.Count!.Value, q.Item, q.Owner));
    }

    [Fact]
    public void Equality_ComparesEveryComponent() =>
        EqualityContract.AssertEquality(Quantity.Exactly(2, "tank"), Quantity.Exactly(2, "tank"), Quantity.Exactly(2, "tank", "tanks"));

    [Fact]
    public void Default_IsDefault() => Assert.True(default(Quantity).IsDefault);
}
