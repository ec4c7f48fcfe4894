namespace NakaClaims.Tests;

public class ClaimLinkTests
{
    private static readonly ClaimId A = ClaimId.Create("a");
    private static readonly ClaimId B = ClaimId.Create("b");

    [Fact]
    public void Contradicts_SetsTypeAndEnds()
    {
        var link = ClaimLink.Contradicts(A, B, "2 vs 1", "quantity:x");
        Assert.Equal((LinkType.Contradicts, A, B, "quantity:x"), (link.Type, link.From, link.To, link.Basis));
    }

    [Fact]
    public void Create_SameEnds_ThrowsNamingTheId()
    {
        var e = Assert.Throws<ArgumentException>(() => ClaimLink.Corroborates(A, A, "same"));
        Assert.StartsWith("A link must join two different claims; both ends are 'a'.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BlankReason_Throws() => Assert.Throws<ArgumentException>(() => ClaimLink.Contradicts(A, B, ""));

    [Fact]
    public void JoinsSamePairAs_IgnoresDirectionButNotType()
    {
        var link = ClaimLink.Contradicts(A, B, "r");
        Assert.True(link.JoinsSamePairAs(ClaimLink.Contradicts(B, A, "other reason")));
        Assert.False(link.JoinsSamePairAs(ClaimLink.Corroborates(A, B, "r")));
    }

    [Fact]
    public void ToString_ShowsTypeAndReason() =>
        Assert.Equal("a corroborates b: same", ClaimLink.Corroborates(A, B, "same").ToString());
}
