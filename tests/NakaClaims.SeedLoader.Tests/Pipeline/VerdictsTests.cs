using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

public class VerdictsTests
{
    // One phrase per kind of verdict, so that the words searched before the pattern runs cannot miss a kind.
    [Theory]
    [InlineData("the report was false")]
    [InlineData("these claims are untrue")]
    [InlineData("the figures were greatly exaggerated")]
    [InlineData("the figures were inflated")]
    [InlineData("the accusations are groundless")]
    [InlineData("the allegations were baseless")]
    [InlineData("the statement is absurd")]
    [InlineData("the claim was ridiculous")]
    [InlineData("the report is disinformation")]
    [InlineData("the report is misinformation")]
    [InlineData("the news is fake")]
    [InlineData("the information was fabricated")]
    [InlineData("the report was a fabrication")]
    [InlineData("the claim is fantasy")]
    [InlineData("the claim is fiction")]
    [InlineData("the statement was nonsense")]
    [InlineData("the reports are propaganda")]
    [InlineData("the accusation is slander")]
    [InlineData("the reports were lies")]
    [InlineData("the claim was another lie")]
    [InlineData("the statement was a provocation")]
    [InlineData("the report was not true")]
    [InlineData("the data is not accurate")]
    [InlineData("the report was inconsistent with the facts")]
    [InlineData("the claims were “far from the truth")]
    [InlineData("these figures have nothing to do with reality")]
    [InlineData("the data does not correspond to reality")]
    [InlineData("this was “an absolute lie")]
    [InlineData("it is false")]
    public void CallsAClaimFalse_OfAVerdictOnAClaim_IsTrue(string text) => Assert.True(Verdicts.CallsAClaimFalse(text));

    [Theory]
    [InlineData("the report said two tanks were destroyed")]
    [InlineData("the claims were confirmed by another source")]
    [InlineData("this was a false alarm in the village")]
    [InlineData("the shelling was false")]
    public void CallsAClaimFalse_WithoutAVerdictOnAClaim_IsFalse(string text) => Assert.False(Verdicts.CallsAClaimFalse(text));
}
