using System.Text.RegularExpressions;
using NakaClaims.SeedLoader.Gazetteers;

namespace NakaClaims.SeedLoader.Tests.Gazetteers;

public class AliasMatcherTests
{
    private static readonly (string, string)[] Aliases =
    [
        ("Nagorno-Karabakh", "Nagorno-Karabakh"), ("Nagorno-Karabakh region", "Nagorno-Karabakh"), ("Naka", "Nagorno-Karabakh"),
        ("shot down", "shot-down"), ("shot", "shot"), ("Su-25", "Su-25"), ("“Ganja”", "Ganja"), ("Azerbaijan's", "Azerbaijan"),
    ];

    private static readonly AliasMatcher Matcher = new(Aliases);

    [Fact]
    public void Find_LongerAliasAtOnePlace_Wins() =>
        Assert.Equal([new Mention(4, 23, "Nagorno-Karabakh")], Matcher.Find("The Nagorno-Karabakh region is calm."));

    [Theory]
    [InlineData("The Nakas are here.")]
    [InlineData("pre-Naka talks")]
    [InlineData("Naka-based units")]
    [InlineData("Su-255 jets")]
    public void Find_AliasInsideALongerWord_IsNotAMention(string text) => Assert.Empty(Matcher.Find(text));

    [Fact]
    public void Find_MentionsComeLeftmostFirstAndDoNotOverlap() =>
        Assert.Equal(["shot-down", "Su-25", "Azerbaijan", "Ganja"], Matcher.Find("They shot down a Su-25 of Azerbaijan's army near “Ganja”.").Select(m => m.Name));

    [Fact]
    public void First_ReturnsTheLeftmostMention() => Assert.Equal(new Mention(0, 4, "shot"), Matcher.First("shot, then shot down"));

    [Fact]
    public void Find_NoAliases_FindsNothing() => Assert.Empty(new AliasMatcher([]).Find("Naka"));

    // The matcher is specified by the regex it replaced; it must agree with it on any text, including word
    // characters beyond ASCII (accents, combining marks, joiners) and hyphens.
    [Fact]
    public void Find_AgreesWithTheWholeWordAlternationRegex()
    {
        var alternation = string.Join("|", Aliases.Select(a => a.Item1).OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).Select(Regex.Escape));
        var regex = new Regex($@"(?<![\w-])(?:{alternation})(?![\w-])", RegexOptions.CultureInvariant);
        var random = new Random(7);
        const string alphabet = "aNk -'’_é1\u0301\u200d,.“”";
        for (var i = 0; i < 5_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, 4).Select(_ => random.Next(3) == 0
                ? new string([.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => alphabet[random.Next(alphabet.Length)])])
                : Aliases[random.Next(Aliases.Length)].Item1));
            var expected = regex.Matches(text).Select(m => (m.Index, m.Length));
            Assert.Equal(expected, Matcher.Find(text).Select(m => (m.Start, m.Length)));
        }
    }
}
