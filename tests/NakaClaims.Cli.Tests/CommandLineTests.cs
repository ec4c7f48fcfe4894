using NakaClaims.Serialization;
using Snapshooter;
using Snapshooter.Xunit;

namespace NakaClaims.Cli.Tests;

public class CommandLineTests
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    private static (int Exit, string Output, string Errors) Run(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exit = CommandLine.Run(args, output, errors, interactive: false);
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public void Extract_Seeds_ReportMatchesSnapshot()
    {
        var (exit, output, errors) = Run("extract", Seeds);
        Assert.Equal((0, string.Empty), (exit, errors));
        Snapshot.Match(output.Split('\n'), SnapshotNameExtension.Create("report"));
    }

    [Fact]
    public void Extract_Json_IsTheCanonicalClaimSet()
    {
        var (exit, output, _) = Run("extract", Seeds, "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal(output, ClaimSetJson.ToJson(ClaimSetJson.Parse(output)));
    }

    [Fact]
    public void Extract_Jsonl_OneClaimPerLine()
    {
        var lines = Run("extract", Seeds, "-f", "jsonl").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var claims = ClaimSetJson.Parse(Run("extract", Seeds, "-f", "json").Output).Claims;
        Assert.Equal(claims.Length, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("{\"id\":", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("dot", "digraph claims {", "contradicts")]
    [InlineData("mermaid", "graph LR", "-- contradicts -->")]
    public void Extract_Graphs_DrawContradictions(string format, string start, string edge)
    {
        var output = Run("extract", Seeds, "--format", format).Output;
        Assert.StartsWith(start, output, StringComparison.Ordinal);
        Assert.Contains(edge, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Out_WritesTheFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"naka-{Guid.NewGuid():N}.json");
        var (exit, output, _) = Run("extract", Seeds, "--format", "json", "--out", file);
        Assert.Equal((0, string.Empty), (exit, output));
        Assert.Equal(3, ClaimSetJson.Parse(File.ReadAllText(file)).Documents.Length);
    }

    [Fact]
    public void Extract_BrokenFileInFolder_ExitsOneAndStillReports()
    {
        var folder = Directory.CreateTempSubdirectory("naka-cli-");
        File.Copy(Directory.EnumerateFiles(Seeds).First(), Path.Combine(folder.FullName, "good.txt"));
        File.WriteAllBytes(Path.Combine(folder.FullName, "bad.txt"), [0, 1, 2]);
        var (exit, output, errors) = Run("extract", folder.FullName);
        Assert.Equal(1, exit);
        Assert.Contains("== good", output, StringComparison.Ordinal);
        Assert.Contains("bad.txt(1): error: The file is binary", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MissingInput_ExitsOne() =>
        Assert.Equal((1, "nope.txt: error: no such file or folder.\n"), (Run("extract", "nope.txt").Exit, Run("extract", "nope.txt").Errors.Replace("\r", string.Empty, StringComparison.Ordinal)));

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "seeds", "--bogus")]
    [InlineData("extract", "seeds", "--format", "pdf")]
    [InlineData("frobnicate")]
    public void UsageErrors_ExitTwo(params string[] args) => Assert.Equal(2, Run(args).Exit);

    [Fact]
    public void Help_ListsTheCommands()
    {
        var (exit, output, _) = Run("--help");
        Assert.Equal(0, exit);
        Assert.Contains("extract", output, StringComparison.Ordinal);
        Assert.Contains("disputes", output, StringComparison.Ordinal);
        Assert.Contains("validate", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Disputes_FromArticlesAndFromJson_Agree()
    {
        var file = Path.Combine(Path.GetTempPath(), $"naka-{Guid.NewGuid():N}.json");
        Run("extract", Seeds, "--format", "json", "--out", file);
        var fromArticles = Run("disputes", Seeds).Output;
        Assert.Equal(fromArticles, Run("disputes", file).Output);
        Assert.Contains("helicopter shot down, owner Azerbaijan", fromArticles, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidFile_ExitsZero()
    {
        var file = Path.Combine(Path.GetTempPath(), $"naka-{Guid.NewGuid():N}.json");
        Run("extract", Seeds, "--format", "json", "--out", file);
        Assert.Equal(0, Run("validate", file).Exit);
    }

    [Fact]
    public void Validate_BrokenFile_ExitsOneWithThePath()
    {
        var file = Path.Combine(Path.GetTempPath(), $"naka-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{\"schemaVersion\": 1, \"documents\": [{\"id\": \"a\", \"length\": -1}]}");
        var (exit, _, errors) = Run("validate", file);
        Assert.Equal(1, exit);
        Assert.Contains("documents[0]", errors, StringComparison.Ordinal);
    }
}
