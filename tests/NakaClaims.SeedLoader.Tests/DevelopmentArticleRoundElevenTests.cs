namespace NakaClaims.SeedLoader.Tests;

// Article dev21: a reporter told by a ministry, an office named after its owner ("the Prime Minister's press
// office"), a leading phrase before the clause it belongs to, and fire a place "came under".
public class DevelopmentArticleRoundElevenTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev21_reporter_and_offices.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void ReporterLearnedFromAMinistry_TheMinistryClaims_TheOutletPassesItOn()
    {
        var claim = Single("3 Armenian tanks were destroyed");
        Assert.Equal("Ministry of Defense of Azerbaijan", claim.Claimant.Organization);
        Assert.Equal(["Xinhua News Agency", "China News Service"], claim.Attribution.Via.ToArray());
    }

    [Fact]
    public void SpeakerForAnOffice_IsNotTheOfficesOwner()
    {
        var claimant = Single("launched an offensive in the southern direction").Claimant;
        Assert.Equal(("Mane Gevorgyan", null), (claimant.Name, claimant.Role));
    }

    [Fact]
    public void LeadingPhrase_StaysWithItsClause()
    {
        var claim = Single("532 soldiers");
        Assert.StartsWith("since the outbreak of the conflict", claim.Text, StringComparison.Ordinal);
        Assert.Equal("killed", claim.Event!.Type.Key);
    }

    [Fact]
    public void PlaceUnderFire_IsShelled() =>
        Assert.Equal(("shelled", "Shusha"), (Single("come under heavy fire").Event!.Type.Key, Single("come under heavy fire").Event!.Place));

    [Fact]
    public void WoundingAfterKilling_KeepsTheDeathsAsTheEvent() =>
        Assert.Equal("killed", Single("killing 9 civilians").Event!.Type.Key);

    [Fact]
    public void InformationCalledUntrue_AfterALongSubject_IsADenial() =>
        Assert.Equal(Polarity.Denies, Single("absolutely untrue").Polarity);
}
