using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

public class UnnamedSourcesTests
{
    [Theory]
    [InlineData("Iranian media", "according to Iranian media reports")]
    [InlineData("the Iranian media", "according to Iranian media reports")]
    [InlineData("Local media", "according to reports")]
    [InlineData("State media", "according to state media reports")]
    [InlineData("Informed sources", "according to informed sources")]
    [InlineData("diplomatic sources,", "according to diplomatic sources")]
    [InlineData("Local residents", "according to local residents")]
    [InlineData("Witnesses", "according to witnesses")]
    [InlineData("An Azerbaijani military source", "according to an Azerbaijani military source")]
    [InlineData("a source", "according to a source")]
    [InlineData("Armenian security sources", "according to Armenian security sources")]
    [InlineData("A local resident", "according to a local resident")]
    [InlineData("An Azerbaijani military \tsource", "according to an Azerbaijani military source")]
    public void SpeakerCue_OfUnnamedSources_KeepsWhoseTheyWere(string claimant, string cue) =>
        Assert.Equal(cue, UnnamedSources.SpeakerCue(claimant));

    [Theory]
    [InlineData("Iranian officials")]
    [InlineData("the Armenian Ministry of Defense")]
    [InlineData("media outlets in Baku")]
    [InlineData("Open Source Intelligence analysts")]
    public void SpeakerCue_OfASpeaker_IsNone(string claimant) => Assert.Null(UnnamedSources.SpeakerCue(claimant));

    [Theory]
    [InlineData("reports", "according to reports")]
    [InlineData("local media reports", "according to reports")]
    [InlineData("Azerbaijani media reports", "according to Azerbaijani media reports")]
    [InlineData("official figures", "according to official figures")]
    [InlineData("the latest official data", "according to the latest official data")]
    [InlineData("Incomplete statistics", "according to incomplete statistics")]
    [InlineData("the Armenian News Agency", null)]
    [InlineData("figures released by the ministry", null)]
    public void ReportsCue_NamesReportsOnly(string source, string? cue) => Assert.Equal(cue, UnnamedSources.ReportsCue(source));

    [Theory]
    [InlineData("Armenian media", true)]
    [InlineData("the media", true)]
    [InlineData("Informed sources", false)]
    [InlineData("TASS", false)]
    public void IsMedia_AcceptsTheMediaOfACountry(string phrase, bool expected) => Assert.Equal(expected, UnnamedSources.IsMedia(phrase));

    // Every ending the pattern accepts, in either case, so that the check of the last letter cannot turn one away.
    [Theory]
    [InlineData("informed sources", true)]
    [InlineData("a military source", true)]
    [InlineData("local residents", true)]
    [InlineData("a local resident", true)]
    [InlineData("witnesses", true)]
    [InlineData("an eyewitness", true)]
    [InlineData("a local official", true)]
    [InlineData("INFORMED SOURCES", true)]
    [InlineData("Local Residents", true)]
    [InlineData("A LOCAL OFFICIAL", true)]
    [InlineData("Iranian media", true)]
    [InlineData("informed sources\n", true)]
    [InlineData("the Armenian Ministry of Defense", false)]
    [InlineData("sources close to the ministry", false)]
    public void IsSpeaker_AcceptsUnnamedSourcesAndMedia(string phrase, bool expected) => Assert.Equal(expected, UnnamedSources.IsSpeaker(phrase));
}
