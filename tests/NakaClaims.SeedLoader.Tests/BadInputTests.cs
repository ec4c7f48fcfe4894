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
