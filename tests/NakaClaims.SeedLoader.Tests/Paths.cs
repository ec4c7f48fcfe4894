namespace NakaClaims.SeedLoader.Tests;

internal static class Paths
{
    public static string Seeds => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string Article(string name) => Path.Combine(AppContext.BaseDirectory, "Articles", name);

    public static string Seed(string prefix) => Directory.EnumerateFiles(Seeds, prefix + "_*.txt").Single();
}
