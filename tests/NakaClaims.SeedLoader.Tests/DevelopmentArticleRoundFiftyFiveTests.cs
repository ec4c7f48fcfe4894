namespace NakaClaims.SeedLoader.Tests;

// Article dev67: denials that name the claim they deny ("rejected Azerbaijan's claim that …", "dismissed
// allegations that … as "baseless"", "the information released by the Armenian side … "does not correspond to
// reality""), and munitions as shelling.
public class DevelopmentArticleRoundFiftyFiveTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev67_claims_rejected_by_name.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void ClaimRejectedByName_IsTheClaimOfThatAct() =>
        Assert.Equal(Single("Armenian forces had used phosphorus munitions").Id, Single("it had used phosphorus munitions").Target);

    [Fact]
    public void AllegationsDismissedAsBaseless_AreTheAccusersClaim_WithoutTheVerdict()
    {
        var denial = Single("it had sent F-16 fighter jets to Azerbaijan");

        Assert.Equal(("it had sent F-16 fighter jets to Azerbaijan", Single("Turkey had sent F-16").Id), (denial.Text, denial.Target));
    }

    [Fact]
    public void InformationThatDoesNotCorrespondToReality_DeniesTheDowning() =>
        Assert.Equal(Single("had shot down two Azerbaijani aircraft").Id, Single("the information released by the Armenian side").Target);

    [Fact]
    public void PhosphorusMunitions_AreAShellingAtThePlace()
    {
        var e = Single("Armenian forces had used phosphorus munitions").Event!;

        Assert.Equal(("shelled", "Martuni", "Armenia"), (e.Type.Key, e.Place, e.Agent?.Name));
    }
}
