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
}
