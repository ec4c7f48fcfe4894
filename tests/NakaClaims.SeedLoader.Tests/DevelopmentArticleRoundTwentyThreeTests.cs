namespace NakaClaims.SeedLoader.Tests;

// Article dev33: the offices and army of Nagorno-Karabakh in scare quotes (Naka's "President" Harutyunyan, the
// Nagorno-Karabakh "Defense Army"), a denial of a capture with a counterclaim, shells that fell on a third
// country, and missile attacks on a town.
public class DevelopmentArticleRoundTwentyThreeTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev33_scare_quotes_and_shells.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void SpeakerWithATitleInQuotationMarks_IsTheSpeaker_AndNotPartOfTheClaim()
    {
        var toll = Single("700 soldiers");
        Assert.Equal(("Arutyunyan", "Armenia"), (toll.Claimant.Name, toll.Claimant.Side?.Name));
        Assert.StartsWith("more than 700", toll.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArmyInQuotationMarks_DeniesTheCapture_AndMakesItsOwnCounterclaim()
    {
        var captured = Single("taken control of 13 villages");
        var denial = Single("denied this");
        var counter = Single("still held their positions");
        Assert.Equal(("Defense Army of Nagorno-Karabakh", Polarity.Denies, captured.Id), (denial.Claimant.Organization, denial.Polarity, denial.Target));
        Assert.Equal("Defense Army of Nagorno-Karabakh", counter.Claimant.Organization);
        Assert.Contains(Set.Links, l => l.Type == LinkType.Contradicts && l.From == denial.Id && l.To == captured.Id);
    }

    [Fact]
    public void ShellsThatFellOnAThirdCountry_AreShelling_NotACapture() =>
        Assert.Equal("shelled", Single("several shells had fallen").Event!.Type.Key);

    [Fact]
    public void MissileAttacksOnATown_AreShellingOfThatTown_ByTheSideNamed()
    {
        var attack = Single("missile attacks on the town of Martuni").Event!;
        Assert.Equal(("shelled", "Azerbaijan"), (attack.Type.Key, attack.Agent?.Name));
    }
}
