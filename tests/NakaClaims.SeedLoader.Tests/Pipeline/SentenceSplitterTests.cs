using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => [.. SentenceSplitter.Split(text, 0).Select(s => s.Text(text))];

    [Fact]
    public void Split_IntoAList_ReplacesWhatTheListHeld()
    {
        var sentences = new List<Sentence> { new(0, 99, 7) };

        SentenceSplitter.Split("Talks resume. Fighting goes on.", 0, sentences);

        Assert.Equal([new Sentence(0, 13, 1), new Sentence(14, 17, 1)], sentences);
    }

    [Theory]
    [InlineData("At 10:30 a.m. Baku time on the 20th, the ministry said that Tartar was shelled.")]
    [InlineData("Shelling resumed at 9 p.m. Yerevan time.")]
    public void ClockWithAmOrPm_DoesNotEndTheSentence(string text) => Assert.Equal([text], Split(text));

    [Fact]
    public void Split_Abbreviations_DoNotEndSentences() =>
        Assert.Equal(["The U.S. side and Gen. Smith agreed.", "Talks resume."], Split("The U.S. side and Gen. Smith agreed. Talks resume."));

    [Fact]
    public void Split_InsideQuotation_KeepsQuoteWhole() =>
        Assert.Equal(["He said: \"It is over. We won.\"", "Then he left."], Split("He said: \"It is over. We won.\" Then he left."));

    [Fact]
    public void Split_ParagraphBreak_EndsSentenceAndCountsLines()
    {
        var sentences = SentenceSplitter.Split("First line without period\r\n\r\n  Second one.", 0);
        Assert.Equal([1, 3], sentences.Select(s => s.Line));
    }

    [Fact]
    public void Split_LongerThanMaximum_IsCut() =>
        Assert.All(SentenceSplitter.Split(new string('a', 5000), 0), s => Assert.True(s.Length <= SentenceSplitter.MaxLength + 1));

    [Theory]
    [InlineData("Four were killed. (End)", "(End)")]
    [InlineData("Four were killed. [Editor: Zhang Wei]", "[Editor: Zhang Wei]")]
    public void Split_EndMarkAfterTheLastSentence_IsASentenceOfItsOwn(string text, string mark) =>
        Assert.Equal(["Four were killed.", mark], Split(text));
}
