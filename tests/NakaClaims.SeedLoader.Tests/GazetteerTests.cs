using NakaClaims.SeedLoader.Gazetteers;

namespace NakaClaims.SeedLoader.Tests;

public class GazetteerTests
{
    [Theory]
    [InlineData("the Asian side", "Armenia")]
    [InlineData("the Asian Nations", "Armenia")]
    [InlineData("the Afghan side", "Azerbaijan")]
    [InlineData("the Asian army", "Armenia")]
    [InlineData("the Afghan army", "Azerbaijan")]
    [InlineData("the Naka army", "Armenia")]
    [InlineData("the Asian Ministry of Defense", "Armenia")]
    [InlineData("the Ah army", "Azerbaijan")]
    [InlineData("the Afghan Defense Ministry", "Azerbaijan")]
    public void Aliases_ResolveToSides(string text, string side) => Assert.Equal(side, Gazetteer.Default.Sides(text).Single().Name);

    [Theory]
    [InlineData("Central Asia")]
    [InlineData("countries in Eurasia")]
    [InlineData("other Central Asian countries")]
    [InlineData("East Asian states")]
    public void NotSides_AreNotSides(string text) => Assert.Empty(Gazetteer.Default.Sides(text));

    [Theory]
    [InlineData("Turkish Presidential Spokesman Kalin", "spokesman")]
    [InlineData("the spokesman Kalin", "spokesman")]
    [InlineData("Baku Mayor Eldar Azizov", "Mayor")]
    [InlineData("the city's mayor", "mayor")]
    public void Roles_InLowerCase_AreAlsoFoundAsTitles_AndKeepTheirListedName(string text, string role) =>
        Assert.Equal(role, Gazetteer.Default.Roles(text).Single().Name);

    [Fact]
    public void Places_NakaAliasesAreOneRegion() =>
        Assert.Equal(["Nagorno-Karabakh", "Nagorno-Karabakh", "Nagorno-Karabakh"], Gazetteer.Default.Places("Naka, Naqqa and Nagorny").Select(m => m.Name));

    [Theory]
    [InlineData("the Naka army had destroyed the military facilities in Ganja", "Ganja")]
    [InlineData("Nagorno-Karabakh's Defense Army shelled Fuzuli", "Fuzuli")]
    [InlineData("the Azerbaijani army shelled Stepanakert", "Stepanakert")]
    [InlineData("the Naka army advanced", "Nagorno-Karabakh")]
    public void FirstEventPlace_SkipsPlacesThatNameAnArmyOrABody(string clause, string place) =>
        Assert.Equal(place, Gazetteer.Default.FirstEventPlace(clause)?.Name);

    [Fact]
    public void Parse_Malformed_NamesSourceAndLine()
    {
        var e = Assert.Throws<InvalidDataException>(() => Gazetteer.Parse("{\n \"sides\": [ { \"name\": } ]\n}", "extra.json"));
        Assert.StartsWith("extra.json(2): the gazetteer is not valid JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadZone_IsRefused() =>
        Assert.Throws<InvalidDataException>(() => Gazetteer.Parse("{\"places\": [{\"name\": \"X\", \"zone\": \"Mars/Base\"}]}", "extra.json"));

    [Fact]
    public void Merge_AddsUserEntries()
    {
        var extra = Gazetteer.Parse("{\"places\": [{\"name\": \"Lachin\", \"aliases\": [\"Lachin corridor\"], \"zone\": \"Asia/Baku\"}]}", "extra.json");
        Assert.Equal("Lachin", Gazetteer.Default.Merge(extra).Places("the Lachin corridor").Single().Name);
    }

    [Fact]
    public void WithSides_RestrictsSides() => Assert.Equal(["Armenia"], Gazetteer.Default.WithSides(["Armenia"]).SideNames);

    [Fact]
    public void Merge_AddsUserMeetingEvents()
    {
        var extra = Gazetteer.Parse("{\"meetingEvents\": [\"summit\"]}", "extra.json");
        var merged = Gazetteer.Default.Merge(extra);
        Assert.Equal((true, true, false), (merged.IsMeeting(EventType.Create("summit")), merged.IsMeeting(EventType.Create("phone-call")), merged.IsMeeting(EventType.Create("shelled"))));
    }

    [Fact]
    public void Merge_AddsUserSpeechActEvents()
    {
        var merged = Gazetteer.Default.Merge(Gazetteer.Parse("{\"speechActEvents\": [\"appeal\"]}", "extra.json"));
        Assert.Equal((true, true, false), (merged.IsSpeechAct(EventType.Create("appeal")), merged.IsSpeechAct(EventType.Create("called-for-ceasefire")), merged.IsSpeechAct(EventType.Create("ceasefire"))));
    }
}
