using NakaClaims.SeedLoader.Gazetteers;
using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

public class HeaderParserTests
{
    [Fact]
    public void PublisherPlaceAndDate_AreRead()
    {
        var h = HeaderParser.Parse("China News Service, Nur-Sultan, September 28th. Comprehensive news: Armenia", Gazetteer.Default)!;
        Assert.Equal(("China News Service", "Nur-Sultan", 9, 28, (int?)null), (h.Publisher, h.Place, h.Month, h.Day, h.Year));
        Assert.Equal("Armenia", "China News Service, Nur-Sultan, September 28th. Comprehensive news: Armenia"[h.BodyStart..]);
    }

    [Fact]
    public void ReportedThat_WithoutPlace()
    {
        var h = HeaderParser.Parse("China News Service, September 28, reported that Azerbaijan", Gazetteer.Default)!;
        Assert.Null(h.Place);
        Assert.Equal("Azerbaijan", "China News Service, September 28, reported that Azerbaijan"[h.BodyStart..]);
    }

    [Fact]
    public void NoDateline_IsNull() => Assert.Null(HeaderParser.Parse("Armenian Prime Minister Pashinyan said", Gazetteer.Default));

    [Fact]
    public void PlaceLongerThanAnyName_IsNoPlace()
    {
        var h = HeaderParser.Parse("China News Service, B" + new string('a', 300) + ", September 28th. Armenia", Gazetteer.Default)!;
        Assert.Null(h.Place);
        Assert.Equal((9, 28), (h.Month, h.Day));
    }

    [Theory]
    [InlineData("Xinhua News Agency, Moscow, Oct. 5 (Reporter Wang Hao) Russian President Putin said", "Xinhua News Agency", "Moscow", 10, 5, "Russian President Putin said")]
    [InlineData("China News Service, Baku, Sept. 27 Azerbaijan said", "China News Service", "Baku", 9, 27, "Azerbaijan said")]
    [InlineData("Reference News Network, October 12 report According to TASS, Armenia said", "Reference News Network", null, 10, 12, "According to TASS, Armenia said")]
    [InlineData("Xinhua News Agency, Baku, October 5 Electric (Reporter Li Ming) Azerbaijan said", "Xinhua News Agency", "Baku", 10, 5, "Azerbaijan said")]
    [InlineData("China News Service, Sep. 30, 2020 Armenia said", "China News Service", null, 9, 30, "Armenia said")]
    [InlineData("CCTV News: On October 28, local time, the Azerbaijani Ministry of Defense stated", "China Central Television", null, 10, 28, "the Azerbaijani Ministry of Defense stated")]
    [InlineData("CCTV News, Yerevan, October 5 - On the 4th local time, Armenia said", "China Central Television", "Yerevan", 10, 5, "On the 4th local time, Armenia said")]
    [InlineData("Xinhua News Agency, Baku, October 12 -- Azerbaijan said", "Xinhua News Agency", "Baku", 10, 12, "Azerbaijan said")]
    [InlineData("Xinhua News Agency, Baku, October 12 (Reporter Liu Yang) — Azerbaijan said", "Xinhua News Agency", "Baku", 10, 12, "Azerbaijan said")]
    [InlineData("Xinhua News Agency, Yerevan, October 4th, by reporter Li Si: The Armenian Ministry of Defense said", "Xinhua News Agency", "Yerevan", 10, 4, "The Armenian Ministry of Defense said")]
    [InlineData("The Paper, Baku, 3 October - The conflict continued", "The Paper", "Baku", 10, 3, "The conflict continued")]
    [InlineData("Xinhua News Agency, Baku, 21st October, 2020 -- Azerbaijan said", "Xinhua News Agency", "Baku", 10, 21, "Azerbaijan said")]
    [InlineData("BAKU, Oct. 21 (Xinhua) -- Azerbaijan said", "Xinhua News Agency", "Baku", 10, 21, "Azerbaijan said")]
    [InlineData("NUR-SULTAN, Sept. 28 (Xinhua) -- Armenia said", "Xinhua News Agency", "Nur-Sultan", 9, 28, "Armenia said")]
    [InlineData("Global Network reported on October 22 that the ministry said", "Global Network", null, 10, 22, "the ministry said")]
    public void OtherDatelineForms_AreRead(string text, string publisher, string? place, int month, int day, string body)
    {
        var h = HeaderParser.Parse(text, Gazetteer.Default)!;
        Assert.Equal((publisher, place, (int?)month, (int?)day), (h.Publisher, h.Place, h.Month, h.Day));
        Assert.Equal(body, text[h.BodyStart..]);
    }

    [Theory]
    [InlineData("Armenia reported on October 3 that the army advanced.")]
    [InlineData("The ministry said on October 3 that the army advanced.")]
    public void SentenceThatNamesADate_IsNoDateline(string text) =>
        Assert.Null(HeaderParser.Parse(text, Gazetteer.Default));

    [Fact]
    public void KnownOutletAndAColonWithoutADate_IsTheDatelessPublisher()
    {
        const string Text = "CCTV News: According to Armenian media reports on the 8th, Stepanyan said that Shusha was shelled.";
        var h = HeaderParser.Parse(Text, Gazetteer.Default)!;
        Assert.Equal(("China Central Television", (int?)null, (int?)null), (h.Publisher, h.Month, h.Day));
        Assert.StartsWith("According to Armenian media", Text[h.BodyStart..], StringComparison.Ordinal);
    }

    [Fact]
    public void ColonAfterANameThatIsNoOutlet_IsNoDateline() =>
        Assert.Null(HeaderParser.Parse("Azerbaijan: On October 28, the army advanced.", Gazetteer.Default));

    [Theory]
    [InlineData("Azerbaijani Defense Ministry: Armenian army shelled Tartar again\nChina News Service, Baku, October 22, 2020 The ministry said")]
    [InlineData("Azerbaijani Defense Ministry: Armenian army shelled Tartar again\n\n  \nChina News Service, Baku, October 22, 2020 The ministry said")]
    public void HeadlineAboveTheDateline_IsSkipped(string text)
    {
        var h = HeaderParser.Parse(text, Gazetteer.Default)!;
        Assert.Equal(("China News Service", "Baku", (int?)10, (int?)22, (int?)2020), (h.Publisher, h.Place, h.Month, h.Day, h.Year));
        Assert.Equal("The ministry said", text[h.BodyStart..]);
        Assert.Equal(text.Count(c => c == '\n') + 1, h.Line);
    }

    [Theory]
    [InlineData("On September 27, the fighting resumed.")]
    [InlineData("Fighting resumed overnight.\nThe army, October 3 reported, advanced.")]
    public void SentenceThatLooksLikeADateline_IsNone(string text) => Assert.Null(HeaderParser.Parse(text, Gazetteer.Default));
}
