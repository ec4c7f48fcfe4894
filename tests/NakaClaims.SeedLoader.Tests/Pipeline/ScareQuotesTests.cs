using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

public class ScareQuotesTests
{
    [Theory]
    [InlineData("Naka's \"President\" Harutyunyan said that", "Naka's  President  Harutyunyan said that")]
    [InlineData("The Nagorno-Karabakh “Defense Army” denied this", "The Nagorno-Karabakh  Defense Army  denied this")]
    [InlineData("The Naka \"Ministry of Defense\" announced", "The Naka  Ministry of Defense  announced")]
    [InlineData("The \"Artsakh Republic\" \"President\" Arayik Harutyunyan wrote", "The  Artsakh Republic   President  Arayik Harutyunyan wrote")]
    [InlineData("the so-called \"Artsakh\" authorities and the \"Defense Army\" said", "the so-called  Artsakh  authorities and the  Defense Army  said")]
    public void MarksAroundAnOfficeOrBody_AreBlanked_KeepingEveryOffset(string sentence, string blanked)
    {
        var result = ScareQuotes.Blank(sentence);
        Assert.Equal(blanked, result);
        Assert.Equal(sentence.Length, result.Length);
    }

    [Theory]
    [InlineData("Aliyev said: \"Victory\" is near")]
    [InlineData("The ministry called the accusation \"groundless\" and false")]
    [InlineData("\"Defense Army\" units said that")]
    [InlineData("He said \"We Will Win\".")]
    [InlineData("The army said \"the attack was repelled\" on the 11th")]
    public void Quotations_AreKept(string sentence) =>
        Assert.Equal(sentence, ScareQuotes.Blank(sentence));

    [Fact]
    public void SentenceWithoutScareQuotes_IsReturnedAsItIs()
    {
        var sentence = "The Armenian Ministry of Defense said that 3 tanks were destroyed";
        Assert.Same(sentence, ScareQuotes.Blank(sentence));
    }
}
