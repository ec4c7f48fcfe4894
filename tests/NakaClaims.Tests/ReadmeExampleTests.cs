namespace NakaClaims.Tests;

public class ReadmeExampleTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Example_PrintsTheHelicopterDispute()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            ReadmeExample.Run();
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(
            "helicopter shot down, owner Azerbaijan, 2020-09-27: 2 per Ministry of Defense of Armenia vs 1 per Ministry of National Defense (Azerbaijan)",
            output.ToString().Trim());
    }

    [Fact]
    public void Readme_ShowsTheCompiledExampleVerbatim()
    {
        var source = File.ReadAllText(Path.Combine(Root, "tests", "NakaClaims.Tests", "ReadmeExample.cs"));
        var start = source.IndexOf("// begin-readme", StringComparison.Ordinal) + "// begin-readme".Length;
        var end = source.IndexOf("        // end-readme", StringComparison.Ordinal);
        var lines = source[start..end].Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.Trim()).Select(l => l.TrimEnd('\r'));
        var snippet = string.Join("\n", lines).Trim();
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains(snippet, readme, StringComparison.Ordinal);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NakaClaims.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("NakaClaims.sln not found above the test binaries.");
    }
}
