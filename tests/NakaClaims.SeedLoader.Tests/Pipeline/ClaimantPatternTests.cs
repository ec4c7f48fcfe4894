using System.Text.RegularExpressions;
using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

// ClaimantPattern must find exactly what its specification, the single lazy regex, finds: the same
// claimant, the same cue and the same length, on real sentences and on the edges of the claimant's limits.
public class ClaimantPatternTests
{
    private static readonly string[] PatternNames = ["Denial", "Speech", "BareSpeech", "ClaimedToHave", "Call"];
    private static readonly Dictionary<string, (ClaimantPattern Pattern, Regex Specification)> Patterns = PatternNames.ToDictionary(name => name, Load);

    public static TheoryData<string> EdgeCases =>
    [
        "The Armenian Defense Ministry  also   said that two drones were shot down.",
        "He once again firmly denied the report, saying that fighting continued.",
        "Aliyev\tsaid\tthat the army advanced.",
        "Aliyev\u00A0said that the army advanced.",
        "Sources: the ministry said that the town fell.",
        "The ministry; its spokesman said that the town fell.",
        "He deniedly walked away.",
        "Hi said that it was over.",
        "H said that it was over.",
        "  said that it was over.",
        "said that it was over.",
        new string('x', 158) + " said that it was over.",
        new string('x', 159) + " said that it was over.",
        new string('x', 160) + " said that it was over.",
        "The minister, who said nothing, later told reporters that talks would resume.",
        "Pashinyan called on the international community to recognize Nagorno-Karabakh.",
        "The ministry called these reports completely false.",
        "The ministry described the claims as a lie.",
        "Stepanyan said in an interview with Sputnik Armenia that the front was stable.",
        "The spokesperson stated on the 28th, adding that the shelling continued.",
        "Then",
        string.Empty,
    ];

    [Fact]
    public void Constructor_TailNotAnchoredWhereTheClaimantEnds_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new ClaimantPattern(new Regex(@"\s+said\s+"), ["also"], ["said"]));

        Assert.Contains(@"must start with \G", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tail_IsThePatternAfterItsAnchor() =>
        Assert.Equal(@"\s+said\s+", new ClaimantPattern(new Regex(@"\G\s+said\s+"), [], ["said"]).Tail);

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Match_EdgeCases_AreTheSpecificationsMatches(string text)
    {
        foreach (var name in PatternNames)
        {
            AssertSameAsSpecification(name, text);
        }
    }

    [Fact]
    public void Match_EverySentenceOfTheSeedsAndDevelopmentArticles_IsTheSpecificationsMatch()
    {
        var texts = Paths.AllSentences().SelectMany(Suffixes).ToList();

        Assert.True(texts.Count > 200, $"Only {texts.Count} texts were read.");
        foreach (var text in texts)
        {
            foreach (var name in PatternNames)
            {
                AssertSameAsSpecification(name, text);
            }
        }
    }

    // The finder runs the patterns on what follows a sentence's prefixes ("According to …, "): every text
    // after a comma stands for one.
    private static IEnumerable<string> Suffixes(string sentence)
    {
        yield return sentence;
        for (var at = sentence.IndexOf(", ", StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(", ", at + 1, StringComparison.Ordinal))
        {
            yield return sentence[(at + 2)..];
        }
    }

    [Theory]
    [InlineData("According to TASS, the ministry also said that two drones were shot down.", 18)]
    [InlineData("In addition, Aliyev firmly denied the report.", 13)]
    [InlineData("Meanwhile, Pashinyan called on the world to act.", 11)]
    [InlineData("Earlier, xx", 9)]
    public void Match_FromAnOffset_IsTheSpecificationsMatchOfTheRestAtTheSameIndexes(string sentence, int start)
    {
        var rest = sentence[start..];
        foreach (var name in PatternNames)
        {
            var (pattern, specification) = Patterns[name];
            var expected = specification.Match(rest);

            var actual = pattern.Match(sentence, start);

            Assert.Equal(expected.Success, actual.Success);
            if (expected.Success)
            {
                Assert.Equal(expected.Groups["claimant"].Value, actual.Claimant);
                Assert.Equal(start + expected.Length, actual.End);
                Assert.Equal(start + expected.Groups["cue"].Index, actual.Group("cue").Index);
            }
        }
    }

    private static (ClaimantPattern, Regex) Load(string name)
    {
        var pattern = (ClaimantPattern)typeof(AttributionFinder).GetField(name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        return (pattern, Rx.Create(ClaimantPattern.ClaimantSpecification + pattern.Tail));
    }

    private static void AssertSameAsSpecification(string name, string text)
    {
        var (pattern, specification) = Patterns[name];
        var expected = specification.Match(text);

        var actual = pattern.Match(text);

        var context = $"{name} on \"{text}\"";
        Assert.True(expected.Success == actual.Success, $"{context}: expected success {expected.Success}.");
        if (expected.Success)
        {
            Assert.True(expected.Groups["claimant"].Value == actual.Claimant, $"{context}: claimant '{actual.Claimant}', expected '{expected.Groups["claimant"].Value}'.");
            Assert.True(expected.Length == actual.End, $"{context}: length {actual.End}, expected {expected.Length}.");
            Assert.True(expected.Groups["cue"].Index == actual.Group("cue").Index && expected.Groups["cue"].Value == actual.Group("cue").Value, $"{context}: cue '{actual.Group("cue").Value}'.");
        }
    }
}
