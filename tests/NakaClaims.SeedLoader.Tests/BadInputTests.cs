namespace NakaClaims.SeedLoader.Tests;

// Bad input gives one diagnostic per document, naming the file and line, and the other documents still load.
public class BadInputTests
{
    private static LoadResult LoadWithSeed(string name, byte[] content)
    {
        var folder = Directory.CreateTempSubdirectory("naka-bad-");
        File.Copy(Paths.Seed("000"), Path.Combine(folder.FullName, "000.txt"));
        File.WriteAllBytes(Path.Combine(folder.FullName, name), content);
        return new SeedLoader().LoadFolder(folder.FullName);
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "The file is empty")]
    [InlineData("binary.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "The file is binary")]
    [InlineData("latin1.txt", new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0x74, 0x68, 0x65 }, "The file is not valid UTF-8 (bad byte at offset 3)")]
    public void LoadFolder_BrokenFile_DiagnosesItAndLoadsTheRest(string name, byte[] content, string message)
    {
        var result = LoadWithSeed(name, content);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.EndsWith(name, diagnostic.Source, StringComparison.Ordinal);
        Assert.StartsWith(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Single(result.ClaimSet.Documents);
        Assert.NotEmpty(result.ClaimSet.Claims);
        Assert.False(result.Success);
        Assert.Throws<InvalidDataException>(result.GetValueOrThrow);
    }

    // The patterns' \d matches the digits of every script; reading such a number must not stop the load.
    [Fact]
    public void LoadText_DigitsOfOtherScripts_LoadWithoutError()
    {
        const string Article = "China News Service, Baku, September ٢٨\nThe Ministry of Defense of Azerbaijan said on the ٢٧th that ١٢ tanks of the Armenian army were destroyed in ٢٠٢٠, and that at ١٠:٠٠ local time on September ٢٧ the shelling of Tartar began.\n";

        var result = new SeedLoader().LoadText("digits", Article);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotEmpty(result.ClaimSet.Claims);
    }

    [Theory]
    [InlineData("The ministry said 99999999999999999999999 tanks and more than 9223372036854775807 drones were destroyed.")]
    [InlineData("The ministry said that 12 tanks were destroyed on September 31 and on February 30, 2021.")]
    public void LoadText_NumbersOutOfRange_LoadWithoutError(string sentence)
    {
        var result = new SeedLoader().LoadText("numbers", "China News Service, Baku, September 28, 2020\n" + sentence + "\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotEmpty(result.ClaimSet.Claims);
    }

    // Found by fuzzing: "the 31st" moves the story to October 31, so "on the 3rd" read after it is November 3,
    // later than the report's own date; such a claim set is invalid and its exception stopped the whole load.
    [Fact]
    public void LoadText_AssertionDateAfterPublication_IsDropped()
    {
        var result = new SeedLoader().LoadText("late", "China News Service, Moscow, October 3, 2020\nAt 0:00 local time on the 31st the shelling stopped.\nAliyev said on the 3rd that the army had liberated the village.\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Null(result.ClaimSet.Claims.Single(c => c.Claimant.Name == "Aliyev").AssertedOn);
    }

    // Found by fuzzing: noise in a claimant's place ("citing ‹a control character›, …", "According to ‹spaces›,
    // …") made an actor with no name, and cost the sentence.
    [Theory]
    [InlineData("According to TASS, citing \u0080 \u0081, 12 tanks were destroyed.")]
    [InlineData("According to    \u0080   , 12 tanks were destroyed.")]
    [InlineData("TASS reported, citing \u0080\u0081, that 12 tanks were destroyed.")]
    public void LoadText_ClaimantOfControlCharacters_IsNoClaimant_AndTheSentenceLoads(string sentence)
    {
        var result = new SeedLoader().LoadText("noise", "China News Service, Baku, September 28, 2020\n" + sentence + "\n");

        Assert.Empty(result.Diagnostics);
        Assert.Contains("12 tanks were destroyed", Assert.Single(result.ClaimSet.Claims).Text, StringComparison.Ordinal);
    }

    // Found by fuzzing: a tab inside a claimant's name was refused by the model and cost the whole sentence.
    [Fact]
    public void LoadText_ClaimantNameWithATab_IsReadWithASpace()
    {
        var result = new SeedLoader().LoadText("tab", "China News Service, Baku, September 28, 2020\nThe Ministry of\tDefense of Armenia said that 12 tanks were destroyed.\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Ministry of Defense of Armenia", Assert.Single(result.ClaimSet.Claims).Claimant.Organization);
    }

    [Theory]
    [InlineData("China News Service, Baku, September 28, 0000")]
    [InlineData("China News Service, Baku, February 30, 2021")]
    [InlineData("China News Service, Baku, September 0, 2020")]
    public void LoadText_ImpossibleDateline_LoadsWithoutADate(string dateline)
    {
        var result = new SeedLoader().LoadText("dateline", dateline + "\nThe ministry said that 12 tanks were destroyed.\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(result.Diagnostics, d => d.Line == 1 && d.Message.Contains("does not exist", StringComparison.Ordinal));
        Assert.Null(Assert.Single(result.ClaimSet.Documents).Published);
    }

    [Fact]
    public void LoadFolder_OtherLanguage_IsDiagnosed()
    {
        var result = LoadWithSeed("zh.txt", File.ReadAllBytes(Paths.Article("dev04_other_language.txt")));
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("The article does not look like English", StringComparison.Ordinal) && d.Line == 1);
    }

    [Fact]
    public void LoadStream_TooLarge_IsDiagnosedWithoutReadingItAll()
    {
        using var huge = new MemoryStream(new byte[5_000_000]);
        var result = new SeedLoader(new SeedLoaderOptions { MaxArticleBytes = 100_000 }).LoadStream("huge", huge);
        Assert.StartsWith("The file is larger than 100000 bytes", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Empty(result.ClaimSet.Documents);
    }

    [Fact]
    public void LoadFiles_NoDateline_WarnsAndStillExtracts()
    {
        var result = new SeedLoader().LoadFiles([Paths.Article("dev05_no_dateline.txt")]);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics).Severity);
        Assert.Contains(result.ClaimSet.Claims, c => c.Claimant.Name == "Pashinyan" && c.Quantities.Any(q => q.Item == "drone"));
        Assert.True(result.Success);
    }

    [Fact]
    public void LoadFiles_MissingFile_IsDiagnosed()
    {
        var result = new SeedLoader().LoadFiles(["/no/such/article.txt"]);
        Assert.StartsWith("The file cannot be read", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_PathologicalSentence_FinishesWithoutCatastrophicBacktracking()
    {
        var hostile = "China News Service, Baku, October 1st. " + string.Concat(Enumerable.Repeat("According to the the the, ", 3000)) + "said that";
        var result = new SeedLoader().LoadText("hostile", hostile);
        Assert.NotNull(result.ClaimSet);
    }

    [Fact]
    public void LoadText_BomAndCrlf_SpansStillPointAtText()
    {
        var text = "\uFEFFChina News Service, Baku, October 1st. Azerbaijani President Aliyev said that three Armenian tanks were destroyed.\r\n\r\n“Our army is advancing,” he added.";
        var set = new SeedLoader().LoadText("crlf", text).GetValueOrThrow();
        var original = text[1..];
        Assert.All(set.Claims, c => Assert.Equal(c.Text, c.Span.Slice(original).ToString()));
    }
}

public class HugeFileTests
{
    [Fact]
    public void LoadFolder_HundredMegabyteFile_IsRefusedAndTheSeedsStillLoad()
    {
        var folder = Directory.CreateTempSubdirectory("naka-huge-");
        foreach (var seed in Directory.EnumerateFiles(Paths.Seeds))
        {
            File.Copy(seed, Path.Combine(folder.FullName, Path.GetFileName(seed)));
        }

        using (var huge = File.Create(Path.Combine(folder.FullName, "huge.txt")))
        {
            huge.SetLength(100L * 1024 * 1024);
        }

        var result = new SeedLoader().LoadFolder(folder.FullName);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal($"{Path.Combine(folder.FullName, "huge.txt")}: error: The file is larger than 1048576 bytes, too large for a news article; split it or raise SeedLoaderOptions.MaxArticleBytes.", diagnostic.ToString());
        Assert.Equal(3, result.ClaimSet.Documents.Length);
    }
}

public class AdversarialInputTests
{
    // Liveness, not speed: a pattern that backtracked catastrophically would never finish these.
    [Theory]
    [InlineData("the minister said ")]
    [InlineData("According to the ")]
    [InlineData("a b c d e f, ")]
    [InlineData("“\"")]
    public async Task LoadText_RepetitiveSentences_Finish(string unit)
    {
        var text = "China News Service, Baku, October 1st. " + string.Concat(Enumerable.Repeat(unit, 5000)) + "\n\nThe Armenian side said that two tanks were destroyed.";
        var result = await Task.Run(() => new SeedLoader().LoadText("adversarial", text)).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Contains(result.ClaimSet.Claims, c => c.Text == "two tanks were destroyed");
    }
}
