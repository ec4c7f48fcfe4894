namespace NakaClaims.Tests;

public class TextSpanTests
{
    [Fact]
    public void Create_ValidStartAndLength_ExposesEnd()
    {
        var span = TextSpan.Create(10, 5);
        Assert.Equal((10, 5, 15), (span.Start, span.Length, span.End));
    }

    [Theory]
    [InlineData(-1, 0, "start")]
    [InlineData(0, -1, "length")]
    [InlineData(int.MaxValue, 1, "length")]
    public void Create_OutOfRange_ThrowsNamingTheArgument(int start, int length, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.Create(start, length));
        Assert.Equal(parameter, e.ParamName);
    }

    [Fact]
    public void FromBounds_ReversedBounds_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(5, 4));

    [Fact]
    public void Slice_SpanInsideText_ReturnsCoveredCharacters() =>
        Assert.Equal("lo w", TextSpan.Create(3, 4).Slice("hello world").ToString());

    [Fact]
    public void Slice_SpanPastEnd_ThrowsWithLengths()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.Create(3, 40).Slice("hello"));
        Assert.Contains("The span [3..43) does not fit in a text of 5 characters.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FitsInAndContains_RespectBounds()
    {
        var outer = TextSpan.Create(0, 10);
        Assert.True(outer.FitsIn(10));
        Assert.False(outer.FitsIn(9));
        Assert.True(outer.Contains(TextSpan.Create(2, 8)));
        Assert.False(outer.Contains(TextSpan.Create(2, 9)));
    }

    [Fact]
    public void EqualityAndOrder_FollowStartThenLength() =>
        EqualityContract.AssertOrdered(TextSpan.Create(1, 2), TextSpan.Create(1, 2), TextSpan.Create(1, 3));

    [Fact]
    public void ToString_ShowsHalfOpenRange() => Assert.Equal("[3..7)", TextSpan.Create(3, 4).ToString());
}
