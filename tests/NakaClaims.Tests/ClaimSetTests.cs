using FluentValidation;

namespace NakaClaims.Tests;

public class ClaimSetTests
{
    [Fact]
    public void Create_ClaimWithoutDocument_ListsPathAndFix()
    {
        var e = Assert.Throws<ValidationException>(() => ClaimSet.Create([], [Samples.ArmenianHelicopterClaim]));
        Assert.Contains("claims[0].documentId: The claim '000@348' names document '000', which is not in the set; add the document first.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_SeveralProblems_ReportsEveryOne()
    {
        var tiny = Document.Create("000", 10);
        var ok = ClaimSet.TryCreate([tiny, tiny], [Samples.ArmenianHelicopterClaim, Samples.ArmenianHelicopterClaim], null, out var set, out var errors);
        Assert.False(ok);
        Assert.Null(set);
        Assert.Equal(
            ["claims[0].span", "claims[1].id", "claims[1].span", "documents[1].id"],
            errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void TryCreate_ClaimsOfDocumentsInTurn_ChecksEachAgainstItsOwnDocument()
    {
        var tiny001 = Document.Create("001", 10);
        var ok = ClaimSet.TryCreate(
            [Samples.Seed000, tiny001],
            [Samples.ArmenianHelicopterClaim, Samples.PashinyanIn001, Samples.AzerbaijaniHelicopterClaim, Samples.PashinyanIn("002")],
            null,
            out _,
            out var errors);
        Assert.False(ok);
        Assert.Equal(["claims[1].span", "claims[3].documentId"], errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Create_ContentsInAnyOrder_StoresCanonicalOrder()
    {
        var set = ClaimSet.Create([Samples.Seed001, Samples.Seed000], [Samples.PashinyanIn001, Samples.AzerbaijaniHelicopterClaim, Samples.ArmenianHelicopterClaim]);
        Assert.Equal(["000", "001"], set.Documents.Select(d => d.Id));
        Assert.Equal(["000@348", "000@439", "001@2400"], set.Claims.Select(c => c.Id.Value));
    }

    [Fact]
    public void Queries_FindByDocumentClaimantSideAndEvent()
    {
        var set = Samples.TwoSeeds();
        Assert.Equal(3, set.ClaimsInDocument("000").Length);
        Assert.Single(set.ClaimsBy("stepanyan"));
        Assert.Single(set.ClaimsBy("Ministry of National Defense"));
        Assert.Equal(3, set.ClaimsForSide(Samples.Armenia).Length);
        Assert.Equal(2, set.ClaimsAbout(Samples.MartialLaw).Length);
        Assert.Empty(set.ClaimsInDocument("nope"));
    }

    [Fact]
    public void GetClaim_Unknown_ThrowsNamingTheId()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => ClaimSet.Empty.GetClaim(ClaimId.Create("zz")));
        Assert.Equal("The claim set holds no claim with id 'zz'.", e.Message);
    }

    [Fact]
    public void Linked_HelicopterClaims_Contradict()
    {
        var set = Samples.HelicopterDispute();
        var link = Assert.Single(set.Links);
        Assert.Equal(LinkType.Contradicts, link.Type);
        Assert.Equal(new[] { Samples.AzerbaijaniHelicopterClaim }, set.ContradictionsOf(Samples.ArmenianHelicopterClaim.Id).ToArray());
        Assert.Single(set.LinksOf(Samples.AzerbaijaniHelicopterClaim.Id));
    }

    [Fact]
    public void Disputes_HelicopterClaims_ReadsBothSidesValues()
    {
        var dispute = Assert.Single(Samples.HelicopterDispute().Disputes());
        Assert.Equal(
            "helicopter shot down, owner Azerbaijan, 2020-09-27 [inferred: year]: 2 per Ministry of Defense of Armenia vs 1 per Ministry of National Defense (Azerbaijan)",
            dispute.ToString());
    }

    [Fact]
    public void Corroborations_SameAnnouncementInTwoDocuments_AreGrouped()
    {
        var corroboration = Assert.Single(Samples.TwoSeeds().Corroborations());
        Assert.Equal(2, corroboration.DocumentCount);
        Assert.Equal("martial law by Armenia, 2020-09-27: Pashinyan (000), Pashinyan (001)", corroboration.ToString());
    }

    [Fact]
    public void WithLinks_ExistingPairReversed_IsNotRepeated()
    {
        var set = Samples.HelicopterDispute();
        var reverse = ClaimLink.Contradicts(Samples.AzerbaijaniHelicopterClaim.Id, Samples.ArmenianHelicopterClaim.Id, "again");
        Assert.Single(set.WithLinks([reverse]).Links);
    }

    [Fact]
    public void WithLinks_UnknownEnd_Throws() =>
        Assert.Throws<ValidationException>(() => ClaimSet.Empty.WithLinks([ClaimLink.Contradicts(ClaimId.Create("a"), ClaimId.Create("b"), "r")]));

    [Fact]
    public void Merge_SharedDocument_Throws() =>
        Assert.Throws<ValidationException>(() => Samples.HelicopterDispute().Merge(Samples.HelicopterDispute()));

    [Fact]
    public void Timeline_OrdersByEventTimeRespectingPrecision()
    {
        var timeline = Samples.TwoSeeds().Timeline();
        Assert.Equal(4, timeline.Length);
        Assert.All(timeline.Zip(timeline.Skip(1)), pair => Assert.True(pair.First.When <= pair.Second.When));
    }

    [Fact]
    public void ToString_CountsContents() =>
        Assert.Equal("ClaimSet: 1 documents, 2 claims, 1 links", Samples.HelicopterDispute().ToString());
}
