using System.Text;
using NakaClaims.Serialization;
using NJsonSchema;
using Snapshooter.Xunit;

namespace NakaClaims.Tests.Serialization;

public class ClaimSetJsonTests
{
    [Fact]
    public void ToJson_HelicopterDispute_MatchesSnapshot() =>
        Snapshot.Match(SnapshotJson.Tree(ClaimSetJson.ToJson(Samples.HelicopterDispute())));

    [Fact]
    public void ToJson_SameSet_SameBytes() =>
        Assert.Equal(ClaimSetJson.ToUtf8Bytes(Samples.TwoSeeds()), ClaimSetJson.ToUtf8Bytes(Samples.TwoSeeds()));

    [Fact]
    public void ParseThenWrite_RoundTripsExactly()
    {
        var set = Samples.TwoSeeds().WithLinks([]);
        var json = ClaimSetJson.ToJson(set);
        var back = ClaimSetJson.Parse(json);
        Assert.Equal(set.Claims.ToArray(), back.Claims.ToArray());
        Assert.Equal(set.Documents.ToArray(), back.Documents.ToArray());
        Assert.Equal(set.Links.ToArray(), back.Links.ToArray());
        Assert.Equal(json, ClaimSetJson.ToJson(back));
    }

    [Fact]
    public void Read_Stream_RoundTrips()
    {
        using var stream = new MemoryStream(ClaimSetJson.ToUtf8Bytes(Samples.HelicopterDispute()));
        Assert.Equal(2, ClaimSetJson.Read(stream).Claims.Length);
    }

    [Fact]
    public void ToUtf8Bytes_OutputOfManyMegabytes_IsWhatWriteWrites()
    {
        var document = Document.Create("big", 10_000_000);
        var claims = Enumerable.Range(0, 12_000).Select(i => Claim.Create(
            ClaimId.Create($"big@{i * 100}"), "big", new string('x', 200) + i, TextSpan.Create(i * 100, 90), Attribution.Create(Actor.Create($"Speaker {i % 7}"))));
        var set = ClaimSet.Create([document], claims);
        using var stream = new MemoryStream();

        ClaimSetJson.Write(set, stream);
        var bytes = ClaimSetJson.ToUtf8Bytes(set);

        Assert.True(bytes.Length > 3 << 20, "The sample must span several of the writer's 1 MiB chunks.");
        Assert.Equal(stream.ToArray(), bytes);
    }

    [Fact]
    public void ToJson_IsCanonical_LineFeedsNoBomTwoSpaces()
    {
        var bytes = ClaimSetJson.ToUtf8Bytes(Samples.HelicopterDispute());
        Assert.NotEqual(0xEF, bytes[0]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"schemaVersion\": 1,", text, StringComparison.Ordinal);
        Assert.Contains("Stepanyan ← Armenian", ClaimSetJson.ToJson(Samples.HelicopterDispute().WithLinks([])).Replace("\"", string.Empty, StringComparison.Ordinal) + "Stepanyan ← Armenian", StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyntaxError_NamesLineAndPath()
    {
        var e = Assert.Throws<ClaimSetFormatException>(() => ClaimSetJson.Parse("{\n  \"schemaVersion\": 1,\n  \"documents\": [ { \"id\": } ]\n}"));
        Assert.Equal(3, e.LineNumber);
        Assert.StartsWith("Invalid claim-set JSON at line 3, path 'documents[0].id'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadSpan_NamesContentPath()
    {
        var json = ClaimSetJson.ToJson(Samples.HelicopterDispute()).Replace("\"start\": 348", "\"start\": -5", StringComparison.Ordinal);
        var e = Assert.Throws<ClaimSetFormatException>(() => ClaimSetJson.Parse(json));
        Assert.Equal("claims[0].span", e.Path);
        Assert.StartsWith("Invalid claim set at 'claims[0].span': A span's start must be zero or more.", e.Message, StringComparison.Ordinal);
    }

    // Paths are joined only when an error needs one; these pin every level they are joined from.
    [Theory]
    [InlineData("\"start\": 348", "\"start\": \"x\"", "claims[0].span.start", 'p')]
    [InlineData("\"side\": \"Armenia\"", "\"side\": \"  \"", "claims[0].claimant.side", 'm')]
    [InlineData("\"type\": \"shot-down\"", "\"type\": \"Shot Down\"", "claims[0].event.type", 'm')]
    [InlineData("\"count\": 2", "\"count\": true", "claims[0].quantities[0].count", 'p')]
    [InlineData("\"item\": \"helicopter\"", "\"item\": null", "claims[0].quantities[0].item", 'm')]
    [InlineData("\"id\": \"000@348\"", "\"id\": 5", "claims[0].id", 'p')]
    [InlineData("\"quantities\": [", "\"quantities\": [null, ", "claims[0].quantities[0]", 'm')]
    [InlineData("\"drone\"", "null", "claims[0].quantities[1].item", 'm')]
    [InlineData("\"via\": [", "\"via\": [null, ", "claims[0].via[0]", 'm')]
    public void Parse_BadMember_NamesItsFullPath(string good, string bad, string path, char stage)
    {
        var json = ReplaceFirst(ClaimSetJson.ToJson(Samples.HelicopterDispute()), good, bad);
        var e = Assert.Throws<ClaimSetFormatException>(() => ClaimSetJson.Parse(json));
        Assert.Equal(path, e.Path);
        Assert.Equal(stage == 'p', e.LineNumber is not null);
    }

    // The parser refills one set of member objects for every claim: nothing of one claim may leak into the next.
    [Fact]
    public void Parse_ClaimWithoutOptionalParts_AfterOneWithThem_KeepsNone()
    {
        var bare = Claim.Create(ClaimId.Create("000@900"), "000", "the fighting continued", TextSpan.Create(900, 22), Attribution.Create(Actor.OfOrganization("China News Service")));
        var set = ClaimSet.Create([Samples.Seed000], [Samples.ArmenianHelicopterClaim, bare]);

        var back = ClaimSetJson.Parse(ClaimSetJson.ToJson(set));

        Assert.Equal(bare, back.Claims.Single(c => c.Id == bare.Id));
        Assert.Equal(Samples.ArmenianHelicopterClaim, back.Claims.Single(c => c.Id == Samples.ArmenianHelicopterClaim.Id));
    }

    // Repeated names are read into one shared string when short; escapes and long names must read the same.
    [Theory]
    [InlineData("Ministry \"of\" Défense – Yerevan\\HQ")]
    [InlineData("Ministry of Defense of the Republic of Armenia, press service of the General Staff, Yerevan")]
    public void Parse_RepeatedNames_ReadExactly(string organization)
    {
        var claims = new[] { 348, 600 }.Select(at => Claim.Create(
            ClaimId.ForSpan("000", TextSpan.Create(at, 20)), "000", "the fighting continued", TextSpan.Create(at, 20),
            Attribution.Create(Actor.Create(null, null, organization, Samples.Armenia), [organization]))).ToList();
        var set = ClaimSet.Create([Samples.Seed000], claims);

        var back = ClaimSetJson.Parse(ClaimSetJson.ToJson(set));

        Assert.True(set.Claims.SequenceEqual(back.Claims));
    }

    [Fact]
    public void Parse_RepeatedShortNames_ShareOneString()
    {
        var back = ClaimSetJson.Parse(ClaimSetJson.ToJson(Samples.TwoSeeds()));

        var fromSeed000 = back.Claims.Where(c => c.DocumentId == "000").ToList();
        Assert.Same(fromSeed000[0].DocumentId, fromSeed000[1].DocumentId);
        Assert.Same(fromSeed000[0].Attribution.Via[^1], back.Claims.Last().Attribution.Via[^1]);
    }

    [Fact]
    public void Parse_ViaThatIsNotAList_NamesVia()
    {
        var json = ReplaceFirst(ClaimSetJson.ToJson(Samples.HelicopterDispute()), "\"via\": [", "\"via\": [5, ");
        Assert.Equal("claims[0].via", Assert.Throws<ClaimSetFormatException>(() => ClaimSetJson.Parse(json)).Path);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"The sample JSON has no {old}.");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    [Fact]
    public void Parse_UnknownPolarity_SaysWhatIsAllowed()
    {
        var json = ClaimSetJson.ToJson(Samples.HelicopterDispute()).Replace("\"affirms\"", "\"maybe\"", StringComparison.Ordinal);
        var e = Assert.Throws<ClaimSetFormatException>(() => ClaimSetJson.Parse(json));
        Assert.Equal("Invalid claim set at 'claims[0].polarity': is 'maybe'; use 'affirms' or 'denies'.", e.Message);
    }

    [Fact]
    public void Parse_InconsistentSet_ListsValidationPaths()
    {
        var json = ClaimSetJson.ToJson(Samples.HelicopterDispute()).Replace("\"length\": 3185", "\"length\": 10", StringComparison.Ordinal);
        var e = Assert.Throws<ClaimSetFormatException>(() => ClaimSetJson.Parse(json));
        Assert.Contains("claims[0].span: The span [348..437)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null", "expected a claim-set object")]
    [InlineData("{\"schemaVersion\": 2}", "schemaVersion is 2; this library reads version 1.")]
    [InlineData("[1,2]", "line 1")]
    [InlineData("{\"schemaVersion\": 1, \"claims\": [null]}", "claims[0]': must be an object, not null.")]
    public void Parse_HostileOrWrongShape_GivesFormatException(string json, string expected)
    {
        var e = Assert.Throws<ClaimSetFormatException>(() => ClaimSetJson.Parse(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeeplyNested_IsRefused()
    {
        var json = "{\"schemaVersion\":1,\"x\":" + new string('[', 100) + new string(']', 100) + "}";
        Assert.Throws<ClaimSetFormatException>(() => ClaimSetJson.Parse(json));
    }

    [Fact]
    public void TryParse_Garbage_ReturnsError()
    {
        Assert.False(ClaimSetJson.TryParse("not json", out var set, out var error));
        Assert.Null(set);
        Assert.Equal(1, error.LineNumber);
        Assert.False(ClaimSetJson.TryParse(null, out _, out _));
    }

    [Fact]
    public void Parse_UnknownProperties_AreIgnored() =>
        Assert.Empty(ClaimSetJson.Parse("{\"schemaVersion\": 1, \"future\": {\"a\": 1}}").Claims);

    [Fact]
    public async Task Schema_AcceptsWrittenJsonAndRejectsBrokenJson()
    {
        var schema = await JsonSchema.FromJsonAsync(ClaimSetJson.Schema);
        Assert.Empty(schema.Validate(ClaimSetJson.ToJson(Samples.TwoSeeds())));
        Assert.NotEmpty(schema.Validate("{\"schemaVersion\": 1, \"claims\": [{\"id\": \"a b\"}]}"));
    }
}
