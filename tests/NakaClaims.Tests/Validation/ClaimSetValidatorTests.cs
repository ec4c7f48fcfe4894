using FluentValidation.TestHelper;
using NakaClaims.Validation;

namespace NakaClaims.Tests.Validation;

public class ClaimSetValidatorTests
{
    [Fact]
    public void SpanPastDocumentEnd_NamesClaimPath()
    {
        var draft = ClaimSet.Draft([Document.Create("000", 100)], [Samples.ArmenianHelicopterClaim], null);
        new ClaimSetValidator().TestValidate(draft).ShouldHaveValidationErrorFor("claims[0].span")
            .WithErrorMessage("The span [348..437) of claim '000@348' ends past the end of document '000', which has 100 characters.");
    }

    [Fact]
    public void AssertedAfterPublication_NamesAssertedOn()
    {
        var late = Samples.ArmenianHelicopterClaim.WithAssertedOn(NakaClaims.Time.TimeReference.OfDay(2020, 9, 29));
        var draft = ClaimSet.Draft([Samples.Seed000], [late], null);
        new ClaimSetValidator().TestValidate(draft).ShouldHaveValidationErrorFor("claims[0].assertedOn");
    }

    [Fact]
    public void LinkToUnknownClaim_NamesLinkEnd()
    {
        var link = ClaimLink.Contradicts(Samples.ArmenianHelicopterClaim.Id, ClaimId.Create("ghost"), "r");
        var draft = ClaimSet.Draft([Samples.Seed000], [Samples.ArmenianHelicopterClaim], [link]);
        new ClaimSetValidator().TestValidate(draft).ShouldHaveValidationErrorFor("links[0].to")
            .WithErrorMessage("The link ends at claim 'ghost', which is not in the set.");
    }

    [Fact]
    public void DenialOfUnknownClaim_NamesTarget()
    {
        var denial = Samples.AzerbaijaniHelicopterClaim.AsDenialOf(ClaimId.Create("ghost"));
        var draft = ClaimSet.Draft([Samples.Seed000], [denial], null);
        new ClaimSetValidator().TestValidate(draft).ShouldHaveValidationErrorFor("claims[0].target");
    }

    [Fact]
    public void ConsistentSet_HasNoErrors() =>
        new ClaimSetValidator().TestValidate(Samples.TwoSeeds()).ShouldNotHaveAnyValidationErrors();
}
