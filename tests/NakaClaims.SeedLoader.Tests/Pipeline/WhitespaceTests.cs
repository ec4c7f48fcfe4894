using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

public class WhitespaceTests
{
    [Theory]
    [InlineData("Ministry of Defense", "Ministry of Defense")]
    [InlineData("Ministry of\tDefense", "Ministry of Defense")]
    [InlineData("Ministry  of \n Defense", "Ministry of Defense")]
    [InlineData(" Ministry of Defense\u00A0", "Ministry of Defense")]
    [InlineData("\t", "")]
    [InlineData("", "")]
    public void Collapse_MakesEveryRunOneSpace(string text, string expected) => Assert.Equal(expected, Whitespace.Collapse(text));

    [Fact]
    public void Collapse_TextWithSingleSpaces_IsReturnedAsIs()
    {
        const string Text = "Ministry of Defense";
        Assert.Same(Text, Whitespace.Collapse(Text));
    }
}
