namespace NakaClaims.SeedLoader.Tests;

// Article dev55: a quotation of three sentences after "said in a speech …:", "He added that …", a leader's office as
// a speaker, and remarks "dismissed as propaganda".
public class DevelopmentArticleRoundFortyThreeTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev55_quotes_of_sentences_and_offices.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void QuotationOfSeveralSentences_IsOneDirectQuote() =>
        Assert.Equal((AttributionMode.DirectQuote, "The situation is very difficult. Our army is fighting heroically. We will win"), (Single("situation is very difficult").Attribution.Mode, Single("situation is very difficult").Text));

    [Fact]
    public void WhatHeAdded_IsTheLastSpeakers() =>
        Assert.Equal("Pashinyan", Single("asked Russia for security assistance").Claimant.Name);

    [Fact]
    public void LeadersOffice_SpeaksForTheLeadersSide_AndIsDisputed()
    {
        var claim = Single("5 kilometers from the Lachin corridor");

        Assert.Equal(("Pashinyan's office", "Armenia"), (claim.Claimant.Organization, claim.Claimant.Side?.Name));
        Assert.Equal(claim.Id, Single("dismissed the remarks").Target);
    }
}
