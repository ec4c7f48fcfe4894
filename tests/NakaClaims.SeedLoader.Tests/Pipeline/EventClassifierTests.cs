using NakaClaims.SeedLoader.Gazetteers;
using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

public class EventClassifierTests
{
    private static readonly EventClassifier Classifier = new(Gazetteer.Default);

    private static readonly Actor Ministry = Actor.OfOrganization("Ministry of Defense", Side.Create("Azerbaijan"));

    private static string? AgentOf(string clause, bool denial = false)
    {
        var (type, position) = Classifier.Classify(clause)!.Value;
        return Classifier.Agent(type, clause, position, Ministry, denial)?.Name;
    }

    // A place lost is a place the other side captured: the loser is the side named before the verb, else the speaker's.
    [Theory]
    [InlineData("the Armenian army lost control of the town of Hadrut", "Azerbaijan")]
    [InlineData("Shusha had been lost", "Armenia")]
    public void Agent_OfAPlaceLost_IsTheOtherSide(string clause, string agent) => Assert.Equal(agent, AgentOf(clause));

    // The ministry speaks for Azerbaijan: "its forces" are Azerbaijan's.
    [Theory]
    [InlineData("its forces had launched a counterattack near Jebrail", "Azerbaijan")]
    [InlineData("our troops shelled enemy positions", "Azerbaijan")]
    [InlineData("the enemy's forces had launched a counterattack", null)]
    public void SpeakersOwnForces_AreTheSpeakersSide(string clause, string? agent) => Assert.Equal(agent, AgentOf(clause));

    [Theory]
    [InlineData("Azerbaijani forces had opened artillery fire on combat positions", "shelled")]
    [InlineData("Azerbaijan had used cluster munitions against residential areas", "shelled")]
    [InlineData("the two sides will exchange prisoners and the bodies of the dead", "prisoner-exchange")]
    [InlineData("the Azerbaijani army lost 200 servicemen and 14 tanks", "losses")]
    [InlineData("the foreign ministers would hold consultations in Moscow", "negotiations")]
    [InlineData("12 soldiers lost their lives", "killed")]
    [InlineData("Biegun had met the foreign ministers of the two countries in Washington", "negotiations")]
    [InlineData("the Armenian side handed the region over to Azerbaijan", "handover")]
    [InlineData("the Kalbajar region would be handed over on the 25th", "handover")]
    [InlineData("several shells had fallen on Iranian territory near the border", "shelled")]
    [InlineData("Shusha had fallen", "captured")]
    [InlineData("Shusha had been lost", "captured")]
    [InlineData("it was \"deeply concerned\" about the civilian casualties", "expressed-concern")]
    [InlineData("Moscow was concerned about reports of mercenaries", "expressed-concern")]
    [InlineData("the two sides are exchanging the bodies of soldiers killed in the war", "prisoner-exchange")]
    [InlineData("about 2,000 Russian peacekeepers have been deployed along the line of contact", "troops-deployed")]
    [InlineData("Armenian forces had used phosphorus munitions near Martuni", "shelled")]
    [InlineData("denied losing any aircraft", "losses")]
    [InlineData("the Armenian army lost control of the town of Hadrut", "captured")]
    [InlineData("Armenia has lost Lachin", "captured")]
    [InlineData("3 tanks had been lost", "losses")]
    [InlineData("the Armenian army lost 3 tanks near Hadrut", "losses")]
    [InlineData("Azerbaijani forces had launched missile attacks on the town of Martuni", "shelled")]
    public void Classify_NamesTheEventOfTheClause(string clause, string type) =>
        Assert.Equal(type, Classifier.Classify(clause)!.Value.Type.Key);

    [Theory]
    [InlineData("the Azerbaijani army captured Shusha", "Azerbaijan")]
    [InlineData("Shusha was captured by the Azerbaijani army", "Azerbaijan")]
    [InlineData("Ganja, the second largest city in Azerbaijan, was attacked by missiles again", null)]
    [InlineData("Armenian positions were shelled overnight", null)]
    [InlineData("the Armenian armed forces were firing missiles at Mingachevir", "Armenia")]
    [InlineData("the ceasefire had been violated by Azerbaijan", "Azerbaijan")]
    [InlineData("the shelling was carried out by the Armenian army", "Armenia")]
    public void Agent_IsTheDoer_InTheActiveOrAfterByInThePassive(string clause, string? agent) =>
        Assert.Equal(agent, AgentOf(clause));

    [Theory]
    [InlineData("denied violating the ceasefire", "Azerbaijan")]
    [InlineData("categorically denied having shelled Stepanakert", "Azerbaijan")]
    [InlineData("denied that the Armenian army had shelled Tartar", "Armenia")]
    [InlineData("the report that Ganja was shelled", null)]
    [InlineData("its forces had shelled civilians", "Azerbaijan")]
    [InlineData("martial law was declared", null)]
    public void Agent_OfADenial_IsTheDeniersSideOnlyWhenItDeniesDoingIt(string clause, string? agent) =>
        Assert.Equal(agent, AgentOf(clause, denial: true));
}
