namespace NakaClaims.Tests;

public class SideTests
{
    [Fact]
    public void Create_Name_KeepsIt() => Assert.Equal("Armenia", Side.Create("Armenia").Name);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" Armenia")]
    public void Create_BlankOrPadded_Throws(string name) => Assert.Throws<ArgumentException>(() => Side.Create(name));

    [Fact]
    public void Create_Padded_MessageSaysTrim()
    {
        var e = Assert.Throws<ArgumentException>(() => Side.Create("Armenia "));
        Assert.StartsWith("The name 'Armenia ' has leading or trailing white space; trim it.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_Null_ReturnsFalse() => Assert.False(Side.TryCreate(null, out _));

    [Fact]
    public void EqualityAndOrder_AreOrdinal() =>
        EqualityContract.AssertOrdered(Side.Create("Armenia"), Side.Create("Armenia"), Side.Create("Azerbaijan"));
}
