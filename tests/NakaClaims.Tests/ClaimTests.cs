namespace NakaClaims.Tests;

public class ClaimTests
{
    private static readonly Attribution Someone = Attribution.Create(Actor.Create("Someone"));

    [Fact]
    public void Create_DefaultId_Throws() =>
        Assert.Throws<ArgumentException>(() => Claim.Create(default, "000", "text", TextSpan.Create(0, 4), Someone));

    [Fact]
    public void Create_InvalidDocumentId_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => Claim.Create(ClaimId.Create("x"), "a b", "text", default, Someone));
        Assert.StartsWith("The document id 'a b' is invalid", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BlankText_Throws() =>
        Assert.Throws<ArgumentException>(() => Claim.Create(ClaimId.Create("x"), "000", "  ", default, Someone));

    [Fact]
    public void WithMethods_ReturnNewInstancesAndLeaveOriginal()
    {
        var claim = Claim.Create(ClaimId.Create("x"), "000", "text", default, Someone);
        var dated = claim.WithAssertedOn(Samples.Sep28);
        Assert.Null(claim.AssertedOn);
        Assert.Equal(Samples.Sep28, dated.AssertedOn);
        Assert.Empty(claim.Quantities);
    }

    [Fact]
    public void AsDenialOf_SetsPolarityAndTarget()
    {
        var denial = Samples.AzerbaijaniHelicopterClaim.AsDenialOf(Samples.ArmenianHelicopterClaim.Id);
        Assert.Equal((Polarity.Denies, (ClaimId?)Samples.ArmenianHelicopterClaim.Id), (denial.Polarity, denial.Target));
        Assert.Null(denial.AsAffirmation().Target);
    }

    [Fact]
    public void AsDenialOf_Itself_Throws()
    {
        var claim = Samples.ArmenianHelicopterClaim;
        Assert.Throws<ArgumentException>(() => claim.AsDenialOf(claim.Id));
    }

    [Fact]
    public void WithQuantities_DefaultQuantity_Throws() =>
        Assert.Throws<ArgumentException>(() => Samples.ArmenianHelicopterClaim.WithQuantities([default]));

    [Fact]
    public void Equality_ComparesQuantitiesByValue()
    {
        Assert.Equal(Samples.ArmenianHelicopterClaim, Samples.ArmenianHelicopterClaim);
        Assert.NotEqual(Samples.ArmenianHelicopterClaim, Samples.ArmenianHelicopterClaim.WithQuantities([]));
    }

    [Fact]
    public void ToString_ShowsChainAndText() =>
        Assert.StartsWith("Stepanyan ← Armenian News Agency ← China News Service: two helicopter", Samples.ArmenianHelicopterClaim.ToString(), StringComparison.Ordinal);
}

public class ClaimCreateWithPartsTests
{
    [Fact]
    public void Create_WithEveryPart_EqualsTheWithChain()
    {
        var a = Samples.ArmenianHelicopterClaim;
        var b = Claim.Create(a.Id, a.DocumentId, a.Text, a.Span, a.Attribution, a.AssertedOn, a.Event, a.Quantities);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Create_WithDefaultQuantity_Throws()
    {
        var a = Samples.ArmenianHelicopterClaim;
        Assert.Throws<ArgumentException>(() => Claim.Create(a.Id, a.DocumentId, a.Text, a.Span, a.Attribution, null, null, [default(Quantity)]));
    }

    [Fact]
    public void Create_WithDefaultAssertedOn_Throws()
    {
        var a = Samples.ArmenianHelicopterClaim;
        Assert.Throws<ArgumentException>(() => Claim.Create(a.Id, a.DocumentId, a.Text, a.Span, a.Attribution, default(NakaClaims.Time.TimeReference), null, null));
    }
}
