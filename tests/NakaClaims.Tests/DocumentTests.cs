namespace NakaClaims.Tests;

public class DocumentTests
{
    [Fact]
    public void Create_NegativeLength_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Document.Create("a", -1));

    [Fact]
    public void Create_IdWithSpace_Throws() => Assert.Throws<ArgumentException>(() => Document.Create("my file", 1));

    // The exception names the argument that was wrong, so that a caller can tell which of its values to fix.
    [Theory]
    [InlineData("my file", null, null, "id")]
    [InlineData("a", " padded", null, "publisher")]
    [InlineData("a", null, "", "place")]
    public void Create_InvalidPart_NamesItsParameter(string id, string? publisher, string? place, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => Document.Create(id, 1, publisher, place)).ParamName);

    [Fact]
    public void Create_DefaultPublicationDate_NamesPublished() =>
        Assert.Equal("published", Assert.Throws<ArgumentException>(() => Document.Create("a", 1, published: default(NakaClaims.Time.TimeReference))).ParamName);

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
