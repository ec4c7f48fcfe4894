namespace NakaClaims.Tests;

public class DocumentTests
{
    [Fact]
    public void Create_NegativeLength_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Document.Create("a", -1));

    [Fact]
    public void Create_IdWithSpace_Throws() => Assert.Throws<ArgumentException>(() => Document.Create("my file", 1));

    [Theory]
    [InlineData("000_75ede3263ba98b52", "000_75ede3263ba98b52")]
    [InlineData("my file (1)", "my_file__1_")]
    [InlineData("", "_")]
    public void ToId_AnyText_GivesValidId(string text, string expected)
    {
        Assert.Equal(expected, Document.ToId(text));
        Document.Create(Document.ToId(text), 0);
    }

    [Fact]
    public void ToString_ListsPublisherPlaceAndDate() =>
        Assert.Equal("000 (China News Service, Nur-Sultan, 2020-09-28 [inferred: year])", Samples.Seed000.ToString());
}
