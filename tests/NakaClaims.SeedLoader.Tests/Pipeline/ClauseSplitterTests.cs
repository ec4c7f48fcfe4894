using NakaClaims.SeedLoader.Gazetteers;
using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

public class ClauseSplitterTests
{
    private static readonly ClauseSplitter Splitter = new(new EventClassifier(Gazetteer.Default));

    private static string[] Split(string content) => [.. Pieces(content).Select(c => content.Substring(c.Start, c.Length))];

    private static List<ClausePiece> Pieces(string content)
    {
        var pieces = new List<ClausePiece>();
        Splitter.Split(content, pieces);
        return pieces;
    }

    [Theory]
    [InlineData("Armenia was ready to resume talks, adding that Azerbaijan had rejected every proposal", "Armenia was ready to resume talks", "adding that Azerbaijan had rejected every proposal")]
    [InlineData("the army held its positions, noting that the enemy had retreated", "the army held its positions", "noting that the enemy had retreated")]
    public void ComplementAddedAfterAComma_IsAClaimOfItsOwn(string content, string first, string second) =>
        Assert.Equal([first, second], Split(content));

    [Fact]
    public void Split_ReplacesWhatTheListHeld()
    {
        var pieces = new List<ClausePiece> { new(0, 99, true, true, true) };

        Splitter.Split("Armenia said 3 tanks were destroyed", pieces);

        Assert.Equal([new ClausePiece(0, 35, false, false, false)], pieces);
    }

    [Theory]
    [InlineData("the army had repelled an attack near Jabrayil and that Azerbaijan had lost 300 soldiers")]
    [InlineData("the army had repelled an attack near Jabrayil, and that Azerbaijan had lost 300 soldiers")]
    public void SecondComplement_IsAClaimOfItsOwn(string content) =>
        Assert.Equal(["the army had repelled an attack near Jabrayil", "Azerbaijan had lost 300 soldiers"], Split(content));

    [Fact]
    public void ClausesWithEventsOfTheirOwn_AreSeparate() =>
        Assert.Equal(["12 systems were destroyed", "an Azerbaijan armed helicopter was shot down, and the crew survived"], Split("12 systems were destroyed, an Azerbaijan armed helicopter was shot down, and the crew survived"));

    [Theory]
    [InlineData("this was \"an absolute lie\" and accused the Azerbaijani army of shelling Stepanakert", "this was \"an absolute lie\"", "accused the Azerbaijani army of shelling Stepanakert")]
    [InlineData("the report was false, and accused Baku of seeking a pretext", "the report was false", "accused Baku of seeking a pretext")]
    public void VerdictOnAClaim_IsAClaimOfItsOwn_BeforeWhatFollows(string content, string verdict, string rest) =>
        Assert.Equal([verdict, rest], Split(content));

    [Fact]
    public void RunningTotalAfterACount_IsAClaimOfItsOwn() =>
        Assert.Equal(["another 51 servicemen had been killed", "bringing the total death toll of the army to 209"], Split("another 51 servicemen had been killed, bringing the total death toll of the army to 209"));

    [Theory]
    [InlineData("31 civilians had been killed and 154 injured", "154 injured")]
    [InlineData("31 civilians were killed and 154 others were wounded", "154 others were wounded")]
    [InlineData("25 civilians had been killed and more than 100 people wounded", "more than 100 people wounded")]
    public void CasualtiesCountedAfterAnd_AreAClaimOfTheirOwn(string content, string second)
    {
        Assert.Equal(second, Split(content)[^1]);
        Assert.Equal([false, true], Pieces(content).Select(c => c.Elliptic));
    }

    [Theory]
    [InlineData("Armenian forces shelled Ganja, killing 9 civilians and injuring 34 others", new[] { "Armenian forces shelled Ganja", "killing 9 civilians", "injuring 34 others" })]
    [InlineData("the army fired missiles at Barda, the city's centre, wounding two people", new[] { "the army fired missiles at Barda, the city's centre", "wounding two people" })]
    public void ParticiplesOfWhatTheActDid_AreClaimsOfTheirOwn_ThatContinueIt(string content, string[] clauses)
    {
        Assert.Equal(clauses, Split(content));
        Assert.Equal([false, .. Enumerable.Repeat(true, clauses.Length - 1)], Pieces(content).Select(c => c.Result));
        Assert.All(Pieces(content).Skip(1), c => Assert.True(c.Continues));
    }

    [Fact]
    public void SecondVerbWithItsOwnObject_IsNotElliptic() =>
        Assert.Equal([false, false], Pieces("it had destroyed 3 tanks and shot down 4 drones").Select(c => c.Elliptic));

    [Fact]
    public void ListWithoutVerbs_StaysOneClaim() =>
        Assert.Single(Split("two helicopters, three drones and a tank were shot down"));

    [Theory]
    [InlineData("the United States", false)]
    [InlineData("the army attacked", true)]
    [InlineData("Lavrov spoke", true)]
    public void HasVerb_ReadsNamesEndingInEdAsNames(string text, bool expected) =>
        Assert.Equal(expected, ClauseSplitter.HasVerb(text));

    [Theory]
    [InlineData("since the outbreak of the conflict, 532 soldiers of the Nagorno-Karabakh army had been killed")]
    [InlineData("during the fighting on the 11th, 3 tanks were destroyed")]
    public void LeadingPhraseWithoutAVerb_JoinsTheClauseAfterIt(string content) =>
        Assert.Equal([content], Split(content));

    [Theory]
    [InlineData("it had destroyed dozens of armored vehicles and shot down 4 drones", "it had destroyed dozens of armored vehicles", "shot down 4 drones")]
    [InlineData("the US condemned the escalation and called for an immediate ceasefire", "the US condemned the escalation", "called for an immediate ceasefire")]
    public void SecondVerbOfOneSubject_IsAClaimOfItsOwn_ThatContinuesTheFirst(string content, string first, string second)
    {
        Assert.Equal([first, second], Split(content));
        Assert.Equal([false, true], Pieces(content).Select(c => c.Continues));
    }

    [Theory]
    [InlineData("Armenia and Azerbaijan accused each other of violating the ceasefire")]
    [InlineData("12 tanks and 3 helicopters were destroyed")]
    public void AndBetweenNouns_DoesNotCut(string content) => Assert.Single(Split(content));
}
