namespace NakaClaims.Tests;

public class ClaimIdTests
{
    [Fact]
    public void Create_AllowedCharacters_KeepsText() =>
        Assert.Equal("000_75ede@348.1", ClaimId.Create("000_75ede@348.1").Value);

    [Fact]
    public void Create_SpaceInId_ThrowsNamingTheCharacter()
    {
        var e = Assert.Throws<ArgumentException>(() => ClaimId.Create("a b"));
        Assert.StartsWith("""The claim id 'a b' contains ' ' (U+0020); only letters, digits and _ - . : @ # / are allowed.""", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void TryCreate_EmptyOrNull_ReturnsFalse(string? text)
    {
        Assert.False(ClaimId.TryCreate(text, out var id));
        Assert.True(id.IsDefault);
    }

    [Fact]
    public void Create_TooLong_Throws() =>
        Assert.Throws<ArgumentException>(() => ClaimId.Create(new string('a', ClaimId.MaxLength + 1)));

    [Fact]
    public void ForSpan_FirstAndLaterOrdinals_AreStableAndDistinct()
    {
        var span = TextSpan.Create(348, 10);
        Assert.Equal("000@348", ClaimId.ForSpan("000", span).Value);
        Assert.Equal("000@348.2", ClaimId.ForSpan("000", span, 2).Value);
    }

    [Fact]
    public void Default_IsDefaultAndEmpty()
    {
        Assert.True(default(ClaimId).IsDefault);
        Assert.Equal(string.Empty, default(ClaimId).ToString());
    }

    [Fact]
    public void EqualityAndOrder_AreOrdinal() =>
        EqualityContract.AssertOrdered(ClaimId.Create("A"), ClaimId.Create("A"), ClaimId.Create("a"));
}
