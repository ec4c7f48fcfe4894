using NakaClaims.SeedLoader.Gazetteers;
using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

public class ActorResolverTests
{
    private static readonly ActorResolver Resolver = new(Gazetteer.Default);

    [Theory]
    [InlineData("Pashinyan's office", "Pashinyan's office", "Armenia")]
    [InlineData("Aliyev’s administration", "Aliyev's administration", "Azerbaijan")]
    public void OfficeOfAKnownActor_IsAnOrganizationOnTheirSide(string phrase, string organization, string side) =>
        Assert.Equal((null, organization, side), (Resolver.Resolve(phrase, []).Name, Resolver.Resolve(phrase, []).Organization, Resolver.Resolve(phrase, []).Side?.Name));

    [Fact]
    public void GlossInParentheses_OnlyRepeatsTheName() =>
        Assert.Equal(("Nagorno-Karabakh authorities", "Armenia"), (Resolver.Resolve("Nagorno-Karabakh (Naka) authorities", []).Organization, Resolver.Resolve("Nagorno-Karabakh (Naka) authorities", []).Side?.Name));

    [Theory]
    [InlineData("the Nagorno-Karabakh side", "Nagorno-Karabakh", "Armenia")]
    [InlineData("the Naka side", "Nagorno-Karabakh", "Armenia")]
    [InlineData("the Armenian side", "Armenia", "Armenia")]
    [InlineData("the Turkish side", "Turkey", null)]
    public void SideOfAPlaceOrCountry_SpeaksForTheSideItBelongsTo(string phrase, string organization, string? side) =>
        Assert.Equal((organization, side), (Resolver.Resolve(phrase, []).Organization, Resolver.Resolve(phrase, []).Side?.Name));

    // One name per body, whatever the translation chose, so that the linker sees one claimant.
    [Theory]
    [InlineData("the Armenian Defense Ministry", "Ministry of Defense of Armenia")]
    [InlineData("the Armenian Ministry of Defense", "Ministry of Defense of Armenia")]
    [InlineData("the Ministry of Defence of Azerbaijan", "Ministry of Defense of Azerbaijan")]
    [InlineData("the Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia")]
    [InlineData("the Ministry of Foreign Affairs of Kazakhstan", "Ministry of Foreign Affairs of Kazakhstan")]
    [InlineData("the Ministry of National Defense of Azerbaijan", "Ministry of National Defense of Azerbaijan")]
    [InlineData("the Nagorno-Karabakh Defense Ministry", "Ministry of Defense of Nagorno-Karabakh")]
    [InlineData("the Naka Defense Ministry", "Ministry of Defense of Nagorno-Karabakh")]
    [InlineData("the Afghan Defense Ministry", "Ministry of Defense of Azerbaijan")]
    [InlineData("the Asian Defense Ministry", "Ministry of Defense of Armenia")]
    [InlineData("the Armenian government", "Government of Armenia")]
    [InlineData("the Azerbaijani authorities", "Authorities of Azerbaijan")]
    [InlineData("the Karabakh authorities", "Nagorno-Karabakh authorities")]
    [InlineData("the Nagorno-Karabakh authorities", "Nagorno-Karabakh authorities")]
    [InlineData("The Karabakh defense army", "Defense Army of Nagorno-Karabakh")]
    [InlineData("the Nagorno-Karabakh Defense Army", "Defense Army of Nagorno-Karabakh")]
    public void Ministry_HasOneNameWhateverTheTranslation(string phrase, string organization) =>
        Assert.Equal(organization, Resolver.Resolve(phrase, []).Organization);

    [Theory]
    [InlineData("Azerbaijani Presidential Assistant Hajiyev's statement")]
    [InlineData("Azerbaijani Presidential Assistant Hajiyev’s latest tweet")]
    public void SpeakersStatement_IsTheSpeaker(string phrase) =>
        Assert.Equal(("Hajiyev", "Azerbaijan"), (Resolver.Resolve(phrase, []).Name, Resolver.Resolve(phrase, []).Side?.Name));

    // An article or a determiner before an unnamed official is no one's name.
    [Theory]
    [InlineData("An Azerbaijani official", "Azerbaijan")]
    [InlineData("A senior Armenian official", "Armenia")]
    [InlineData("Another Armenian official", "Armenia")]
    public void UnnamedOfficial_HasNoName_ButHasTheSide(string phrase, string side) =>
        Assert.Equal(((string?)null, "official", side), (Resolver.Resolve(phrase, []).Name, Resolver.Resolve(phrase, []).Role, Resolver.Resolve(phrase, []).Side?.Name));

    [Fact]
    public void AppositiveAfterAName_IsNotPartOfIt() =>
        Assert.Equal("Human Rights Watch", Resolver.Resolve("Human Rights Watch, a New York-based group,", []).DisplayName);

    // Found by fuzzing: a phrase that is all appositive left no name, and the sentence was skipped.
    [Theory]
    [InlineData(", an and more than 30 were injured the two sides")]
    [InlineData(", who was there")]
    public void PhraseThatIsAllAppositiveOrRelativeClause_StillNamesSomeone(string phrase) =>
        Assert.False(string.IsNullOrWhiteSpace(Resolver.Resolve(phrase, []).DisplayName));

    [Fact]
    public void DocumentIssuedBySomeone_SpeaksForWhoIssuedIt() =>
        Assert.Equal(
            "Governments of the United States, Armenia and Azerbaijan",
            Resolver.Resolve("A joint statement issued by the governments of the United States, Armenia and Azerbaijan", []).DisplayName);

    [Fact]
    public void Outlet_AsSpeaker_IsTheOrganization() => Assert.Equal("Reuters", Resolver.Resolve("Reuters", []).Organization);

    [Fact]
    public void OfficeOfAPlace_IsThePlacesOffice_NotAPersonNamedAfterIt()
    {
        var actor = Resolver.Resolve("Nagorno-Karabakh's human rights ombudsman", []);
        Assert.Equal(((string?)null, "human rights ombudsman", "Nagorno-Karabakh", (Side?)Side.Create("Armenia")), (actor.Name, actor.Role, actor.Organization, actor.Side));
    }

    // Before a possessive is whose office it is: the Prime Minister did not say it, his press office did.
    [Theory]
    [InlineData("Head of the Armenian Prime Minister's press office, Mane Gevorgyan", "Mane Gevorgyan", null)]
    [InlineData("Turkish President Erdogan’s spokesman Kalin", "Kalin", "spokesman")]
    [InlineData("Armenian Prime Minister Pashinyan's press secretary Mane Gevorgyan", "Mane Gevorgyan", "press secretary")]
    [InlineData("Turkish Presidential Spokesman Ibrahim Kalin", "Ibrahim Kalin", "spokesman")]
    [InlineData("Artsrun Hovhannisyan, the official representative of the Armenian Ministry of Defense", "Artsrun Hovhannisyan", "official representative")]
    [InlineData("Nagorno-Karabakh's human rights ombudsman", null, "human rights ombudsman")]
    public void RoleBeforeAPossessive_IsTheOwnersNotTheSpeakers(string phrase, string? name, string? role)
    {
        var actor = Resolver.Resolve(phrase, []);
        Assert.Equal((name, role), (actor.Name, actor.Role));
    }

    [Fact]
    public void KnownActorBeforeAPossessive_IsNotTheSpeaker()
    {
        var actor = Resolver.Resolve("Azerbaijani President Aliyev's aide Ahmadov", []);
        Assert.Equal(("Ahmadov", "Azerbaijan"), (actor.Name, actor.Side?.Name));
    }

    [Fact]
    public void SpeakerNamingBothSides_IsAJointSpeakerOfNoSide()
    {
        var actor = Resolver.Resolve("the foreign ministers of Russia, Armenia and Azerbaijan", []);
        Assert.Equal(("Foreign ministers of Russia, Armenia and Azerbaijan", null), (actor.Organization, actor.Side));
    }

    [Fact]
    public void IndefiniteArticle_IsNotPartOfTheBodysName()
    {
        var actor = Resolver.Resolve("An Armenian Defense Ministry spokesperson", []);
        Assert.Equal(("Ministry of Defense of Armenia", "spokesperson"), (actor.Organization, actor.Role));
    }

    [Fact]
    public void RelativeClauseAfterTheSpeaker_IsNotPartOfWhoSpeaks()
    {
        var actor = Resolver.Resolve("NATO Secretary General Stoltenberg, who was visiting Turkey,", []);
        Assert.Equal(("Stoltenberg", "Secretary General"), (actor.Name, actor.Role));
        Assert.DoesNotContain("Turkey", actor.DisplayName, StringComparison.Ordinal);
    }
}
