using NakaClaims.SeedLoader.Gazetteers;
using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

public class QuantityExtractorTests
{
    private static readonly QuantityExtractor Extractor = new(Gazetteer.Default);

    private static Quantity Counted(string text) => Assert.Single(Extractor.Extract(text, allowArticleAsOne: true));

    private static string[] Extract(string text) => [.. Extractor.Extract(text, allowArticleAsOne: true).Select(q => $"{q.FormatValue()}|{q.Item}|{q.Owner}")];

    [Fact]
    public void TrailingOwner_CoversTheWholeList() =>
        Assert.Equal(["2|helicopter|Azerbaijan", "3|drone|Azerbaijan"], Extract("two helicopter gunships and three drones in Azerbaijan were shot down"));

    [Theory]
    [InlineData("destroyed 3 Azerbaijani helicopters and 26 drones", "3|helicopter|Azerbaijan", "26|drone|Azerbaijan")]
    [InlineData("killed more than 2,300 Armenian soldiers, 130 tanks", "at least 2301|soldier|Armenia", "130|tank|Armenia")]
    [InlineData("destroyed 3 Azerbaijani helicopters and 2 Armenian tanks", "3|helicopter|Azerbaijan", "2|tank|Armenia")]
    [InlineData("shot down an Azerbaijani Su-25 attack aircraft and two Bayraktar TB2 drones", "1|aircraft|Azerbaijan", "2|drone|Azerbaijan")]
    public void LeadingOwner_CoversTheItemsAfterItInTheList(string text, string first, string second) =>
        Assert.Equal([first, second], Extract(text));

    // Found by fuzzing: two numbers before one item overlap; the list rule must not read the text between them backwards.
    [Fact]
    public void TwoNumbersBeforeOneItem_WithATrailingOwner_AreNotAList() =>
        Assert.Contains("2|helicopter|Azerbaijan", Extract("tens of thousands of that two helicopter gunships and three drones in Azerbaijan were shot down"));

    // Found by fuzzing: a tab between the words of an item ended in its text, which the model refuses.
    [Fact]
    public void ItemTextAcrossATab_IsOneLine() =>
        Assert.Equal("Su-25 fighter jets", Counted("two Su-25\tfighter jets were shot down").ItemText);

    [Fact]
    public void QuotedNameBetweenTheNumberAndItsItem_IsPartOfTheItem() =>
        Assert.Equal(["2|tank|Armenia", "3|rocket launcher|Armenia"], Extract("destroyed 2 T-72 tanks and 3 BM-21 \"Grad\" multiple rocket launchers of the Armenian army"));

    [Theory]
    [InlineData("154 injured", "154")]
    [InlineData("injured 50 others", "50")]
    [InlineData("more than 50 were wounded", "at least 51")]
    [InlineData("wounding three others", "3")]
    [InlineData("injuring more than 50", "at least 51")]
    [InlineData("and 20", "20")]
    public void CountWithoutAnItem_CountsTheItemOfTheClaimBefore(string clause, string value)
    {
        var before = Counted("31 Azerbaijani civilians had been killed");
        var elided = QuantityExtractor.Elided(clause, before);
        Assert.Equal((value, before.Item, before.Owner), (elided!.Value.FormatValue(), elided.Value.Item, elided.Value.Owner));
    }

    [Theory]
    [InlineData("the attack killed 13 civilians, including 2 children")]
    [InlineData("13 civilians were killed, among them 2 children")]
    [InlineData("13 civilians were killed, 2 of whom were children")]
    public void CountWithinTheCountBefore_IsNoCountOfItsOwn(string clause) =>
        Assert.Equal(["13|civilian|"], Extract(clause));

    [Fact]
    public void CountAfterIncluding_WithNoCountBefore_IsACount() =>
        Assert.Equal(["2|civilian|"], Extract("the dead, including 2 children, were buried"));

    [Theory]
    [InlineData("1 civilian", "civilians")]
    [InlineData("1 child", "children")]
    [InlineData("one person", "people")]
    [InlineData("1 serviceman", "servicemen")]
    public void CountAfterACountOfOne_NamesItsItemInThePlural(string first, string plural) =>
        Assert.Equal(plural, QuantityExtractor.Elided("30 were injured", Counted(first + " was killed"))!.Value.ItemText);

    [Theory]
    [InlineData("in 2020 the town was shelled")]
    [InlineData("the 154 tanks")]
    public void CountFollowedByAnythingElse_CountsNothingOfTheClaimBefore(string clause) =>
        Assert.Null(QuantityExtractor.Elided(clause, Counted("31 civilians had been killed")));

    [Fact]
    public void PossessiveOwner_BeforeTheNumber() =>
        Assert.Equal(["12|air defense missile system|Armenia"], Extract("Armenia’s 12 air defense missile systems were destroyed"));

    [Fact]
    public void ArticleAsOne_WithOwnerBetween() =>
        Assert.Equal(["1|helicopter|Azerbaijan"], Extract("an Azerbaijan armed helicopter was shot down"));

    [Theory]
    [InlineData("more than 50 soldiers", "at least 51|soldier|")]
    [InlineData("about 20 villages", "about 20|village|")]
    [InlineData("fewer than 10 tanks", "at most 9|tank|")]
    [InlineData("1,200 servicemen of the Armenian army", "1200|soldier|Armenia")]
    [InlineData("More  than 50 soldiers", "at least 51|soldier|")]
    [InlineData("no more than 5 tanks", "at most 5|tank|")]
    [InlineData("no fewer than 5 tanks", "at least 5|tank|")]
    [InlineData("over a dozen tanks", "at least 13|tank|")]
    [InlineData("Dozens of houses", "at least 24|house|")]
    [InlineData("up to tens of  thousands of civilians", "at least 20000|civilian|")]
    [InlineData("twenty-five civilians", "25|civilian|")]
    [InlineData("ninety-nine tanks", "99|tank|")]
    [InlineData("nearly 100 thousand residents", "about 100000|person|")]
    [InlineData("1.2 million people", "1200000|person|")]
    [InlineData("1.2 thousand positions", "1200|position|")]
    public void Bounds_AreRead(string text, string expected) => Assert.Equal([expected], Extract(text));

    [Theory]
    [InlineData("a figure of 3.5 tanks")]
    [InlineData("3,5 tanks")]
    public void DigitsAfterADecimalPointOrComma_AreNotACountOfTheirOwn(string text) =>
        Assert.DoesNotContain("5|tank|", Extract(text));

    [Theory]
    [InlineData("a total of 220 servicemen have been killed", "220|soldier|")]
    [InlineData("one of the 12 tanks was destroyed", "12|tank|")]
    [InlineData("destroyed 3 S-300 air defense systems", "3|air defense missile system|")]
    public void NumberWithAFigureBeforeItsItem_IsNotItsCount(string text, string expected) => Assert.Equal([expected], Extract(text));

    [Theory]
    [InlineData("the number of Azerbaijani civilians killed since September 27 had risen to 65", "65|civilian|Azerbaijan")]
    [InlineData("the death toll among civilians in Stepanakert rose to 29", "29|civilian|")]
    [InlineData("the number of soldiers killed has reached 1,200", "1200|soldier|")]
    public void TotalNamedAfterItsItem_IsCounted(string text, string expected) => Assert.Equal([expected], Extract(text));

    // A toll may name its dead only as deaths: of soldiers when they were military, of civilians, or of people.
    [Theory]
    [InlineData("bringing the total number of military deaths since September 27 to 874", "874|soldier|")]
    [InlineData("bringing the total death toll of the army to 209", "209|soldier|")]
    [InlineData("the total number of Armenian military deaths has risen to 240", "240|soldier|Armenia")]
    [InlineData("bringing the total number of civilian deaths to 61", "61|civilian|")]
    [InlineData("bringing the overall death toll to 90", "90|person|")]
    public void TollOfDeaths_IsCountedAsWhoDied(string text, string expected) => Assert.Equal([expected], Extract(text));

    [Fact]
    public void BringingAnythingElseToANumber_CountsNothing() => Assert.Empty(Extract("bringing the total length of the front to 200"));

    [Fact]
    public void NumberOfWithoutAFigure_CountsNothing() => Assert.Empty(Extract("the number of soldiers stationed there will each be sixty"));

    [Fact]
    public void YearsAndTimes_AreNotCounts() => Assert.Empty(Extract("On October 25, 2020 at 21:00 soldiers fired"));

    // The translations call the sides "the Asian side" and "the Afghan side": an owner after the item may be
    // named with its head noun.
    [Theory]
    [InlineData("destroyed 5 tanks of the Afghan side", "5|tank|Azerbaijan")]
    [InlineData("destroyed 5 tanks of the Asian army", "5|tank|Armenia")]
    public void OwnerAfter_NamedWithItsHeadNoun(string text, string expected) => Assert.Equal([expected], Extract(text));

    [Theory]
    [InlineData("the two sides will exchange prisoners")]
    [InlineData("both sides have exchanged prisoners")]
    public void NumberBeforeAVerbPhrase_CountsNothing(string text) => Assert.Empty(Extract(text));

    // With the event's verb acting on what follows it, what is counted before the verb did the act.
    [Theory]
    [InlineData("a Turkish F-16 fighter jet had shot down an Armenian Su-25 aircraft", "shot down", "1|aircraft|Armenia")]
    [InlineData("2 Azerbaijani drones destroyed 3 tanks", "destroyed", "3|tank|")]
    public void CountBeforeAnActiveVerb_IsTheDoer_NotCounted(string text, string verb, string expected) =>
        Assert.Equal([expected], Extractor.Extract(text, allowArticleAsOne: true, eventAt: text.IndexOf(verb, StringComparison.Ordinal)).Select(q => $"{q.FormatValue()}|{q.Item}|{q.Owner}"));

    [Theory]
    [InlineData("2 tanks were destroyed and 3 drones shot down", "destroyed")]
    [InlineData("1 civilian was killed and more than 30 were injured", "killed")]
    public void PassiveOrListedCounts_AreAllKept(string text, string verb) =>
        Assert.Equal(Extract(text), Extractor.Extract(text, allowArticleAsOne: true, eventAt: text.IndexOf(verb, StringComparison.Ordinal)).Select(q => $"{q.FormatValue()}|{q.Item}|{q.Owner}"));

    [Fact]
    public void ArmoredPersonnelCarriers_AreArmoredVehicles() =>
        Assert.Equal(["36|armored vehicle|"], Extract("36 armored personnel carriers"));

    [Theory]
    [InlineData("between 200 and 300 soldiers were killed", 200L, 300L)]
    [InlineData("from 1,200 to 1,500 residents fled", 1200L, 1500L)]
    [InlineData("200 to 300 soldiers were killed", 200L, 300L)]
    [InlineData("destroyed 20-30 Azerbaijani tanks", 20L, 30L)]
    [InlineData("5\u20137 Armenian drones had been shot down", 5L, 7L)]
    public void RangeBeforeTheCount_IsItsLowAndHighEnd(string text, long min, long max)
    {
        var q = Counted(text);

        Assert.Equal((null, min, max), (q.Count, q.Min, q.Max));
    }

    // "up to 300" is a bound, not a range; "2 and 300" without "between" is two numbers.
    [Theory]
    [InlineData("up to 300 soldiers were killed")]
    [InlineData("the 2nd and 300 soldiers were killed")]
    public void NoRange_KeepsTheCount(string text) =>
        Assert.Null(Counted(text).Min);

    [Theory]
    [InlineData("nearly half of the region's 150,000 residents had fled", 75_000L)]
    [InlineData("30 percent of its 200 tanks were destroyed", 60L)]
    [InlineData("two thirds of the 90 soldiers were killed", 60L)]
    public void ShareOfTheCount_IsAboutThatShare(string text, long count)
    {
        var q = Counted(text);

        Assert.Equal((count, true), (q.Count, q.Approximate));
    }

    [Theory]
    [InlineData("5 THOUSAND residents fled", 5_000L)]
    [InlineData("1.5 Million residents fled", 1_500_000L)]
    public void ScaleWordInAnyCase_ScalesTheFigure(string text, long count) =>
        Assert.Equal(count, Counted(text).Count);

    [Theory]
    [InlineData("destroyed an S-300 system")]
    [InlineData("destroyed 1 S-300 air defense system")]
    public void S300_IsAnAirDefenseSystem(string text) =>
        Assert.Equal(("air defense missile system", 1L), (Counted(text).Item, Counted(text).Count));

    [Theory]
    [InlineData("the death toll from the missile attack on Ganja had risen to 13", 13L, "person")]
    [InlineData("the death toll in Ganja rose to 9", 9L, "person")]
    [InlineData("the death toll among civilians rose to 29", 29L, "civilian")]
    public void DeathTollOfAnAttackOrAPlace_CountsTheDead(string text, long count, string item) =>
        Assert.Equal((count, item), (Counted(text).Count, Counted(text).Item));

    // A hyphen after letters is a model's name, not a range: "S-300" and "BM-21" stay items.
    [Fact]
    public void ModelNumber_IsNoRange() =>
        Assert.Equal(["3|rocket launcher|"], Extract("destroyed 3 BM-21 rocket launchers"));
}
