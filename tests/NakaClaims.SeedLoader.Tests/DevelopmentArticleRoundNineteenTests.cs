namespace NakaClaims.SeedLoader.Tests;

// Article dev29: a denial whose counterclaim negates the attack, an army named after a place that is not where
// it fought, a statement read out, a speaker after "Before the talks," and an admission.
public class DevelopmentArticleRoundNineteenTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev29_talks_admissions_and_places.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void DidNotFireAt_DeniesTheShelling()
    {
        var negated = Single("did not fire at");
        Assert.Equal((Polarity.Denies, "shelled", Single("the Armenian army shelled Ganja").Id), (negated.Polarity, negated.Event!.Type.Key, negated.Target));
    }

    [Fact]
    public void ArmyNamedAfterAPlace_IsNotWhereItFought() =>
        Assert.Equal("Ganja", Single("destroyed the military facilities").Event!.Place);

    [Fact]
    public void StatementReadOut_IsTheReadersClaim() =>
        Assert.Equal("Lavrov", Single("exchange prisoners").Claimant.Name);

    [Fact]
    public void SpeakerAfterBeforeTheTalks_IsTheClaimant_AndPashinyanDeniesHim()
    {
        var captured = Single("taken control of Hadrut");
        Assert.Equal("Aliyev", captured.Claimant.Name);
        Assert.Equal(captured.Id, Single("Hadrut had fallen").Target);
    }

    [Fact]
    public void Admission_IsTheAdmittersClaim_AndItsResultsToo()
    {
        Assert.Equal("Ministry of Defense of Azerbaijan", Single("mistakenly shot down").Claimant.Organization);
        Assert.Equal(("Ministry of Defense of Azerbaijan", "killed"), (Single("killing two crew members").Claimant.Organization, Single("killing two crew members").Event!.Type.Key));
    }
}
