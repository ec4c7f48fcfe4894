using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

public class NameTextTests
{
    [Theory]
    [InlineData("Ministry of Defense", "Ministry of Defense")]
    [InlineData("Ministry of\tDefense", "Ministry of Defense")]
    [InlineData("Ministry  of \n Defense", "Ministry of Defense")]
    [InlineData(" Ministry of Defense\u00A0", "Ministry of Defense")]
    [InlineData("Minis\u0001try of\u0085Defense\u009F", "Ministry of Defense")]
    [InlineData("\t", "")]
    [InlineData("", "")]
    public void Clean_MakesEveryRunOneSpace_AndDropsControlCharacters(string text, string expected) => Assert.Equal(expected, NameText.Clean(text));

    [Fact]
    public void Clean_CleanName_IsReturnedAsIs()
    {
        const string Text = "Ministry of Defense";
        Assert.Same(Text, NameText.Clean(Text));
    }

    [Theory]
    [InlineData("Lavrov", 2, true)]
    [InlineData("\u0001\u0002 1,200 -", 2, false)]
    [InlineData("a 1", 2, false)]
    public void HasLetters_CountsLettersOnly(string text, int count, bool expected) =>
        Assert.Equal(expected, NameText.HasLetters(text, count));
}
