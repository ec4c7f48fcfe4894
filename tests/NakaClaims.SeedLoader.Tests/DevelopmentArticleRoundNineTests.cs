namespace NakaClaims.SeedLoader.Tests;

// Article dev19: a wire dateline ("BAKU, Oct. 21 (Xinhua) --"), "on Wednesday", an outlet's report between a
// side's claim and the other side's denial.
public class DevelopmentArticleRoundNineTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev19_wire_dateline.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void WireDateline_NamesTheOutletInParentheses_AndThePlace()
    {
        var document = Set.Documents.Single();
        Assert.Equal(("Xinhua News Agency", "Baku", "2020-10-21 [inferred: year]"), (document.Publisher, document.Place, document.Published?.ToString()));
    }

    [Fact]
    public void OnWednesday_IsTheWednesdayOfTheDateline() =>
        Assert.Equal("2020-10-21 [inferred: year, month, day]", Single("13 more villages").Event!.On.ToString());

    [Fact]
    public void DenialBySide_OfUnnamedInformation_TargetsTheOtherSidesClaim_NotTheLastReport() =>
        Assert.Equal(Single("13 more villages").Id, Single("absolutely false").Target);
}
