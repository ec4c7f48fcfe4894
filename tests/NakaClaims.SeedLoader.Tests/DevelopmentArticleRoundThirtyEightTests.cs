namespace NakaClaims.SeedLoader.Tests;

// Article dev51: a wire dateline, a speaker "adding that …" a second proposition, a claim "to have destroyed" two
// kinds of things, a quotation before its speaker "noting that …", and a report "described as a complete lie".
public class DevelopmentArticleRoundThirtyEightTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev51_added_complements_and_wire_datelines.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void WhatASpeakerAdded_IsAClaimOfItsOwn()
    {
        Assert.Equal("Armenia was ready to resume talks", Single("ready to resume talks").Text);
        Assert.Equal(("Mnatsakanyan", "Azerbaijan had rejected every proposal"), (Single("rejected every proposal").Claimant.Name, Single("rejected every proposal").Text));
    }

    [Fact]
    public void ClaimToHaveDoneTwoThings_IsTwoClaims()
    {
        Assert.Equal(21, Single("destroyed more than 20 Armenian tanks").Quantities[0].Min);
        Assert.Equal(EventType.Create("shot-down"), Single("shot down two Su-25").Event?.Type);
    }

    [Fact]
    public void ReportDescribedAsALie_IsDenied() =>
        Assert.Equal(Polarity.Denies, Single("described the report as").Polarity);
}
