namespace NakaClaims.Packaging.Tests;

// Packs the three shipped projects once into a temporary folder feed, with a version no earlier run used,
// so that the NuGet cache can never serve a stale package.
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Root = FindRoot();
        Folder = Directory.CreateTempSubdirectory("naka-feed-").FullName;
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Guid.NewGuid():N}"[..40].TrimEnd('.');
        foreach (var project in new[] { "NakaClaims", "NakaClaims.SeedLoader", "NakaClaims.Cli" })
        {
            Shell.Run("dotnet", $"pack src/{project}/{project}.csproj -c Release -o \"{Folder}\" -p:Version={Version}", Root);
        }
    }

    public string Root { get; }

    public string Folder { get; }

    public string Version { get; }

    public string Seeds => Path.Combine(Root, "seeds");

    public void Dispose() => Directory.Delete(Folder, recursive: true);

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
