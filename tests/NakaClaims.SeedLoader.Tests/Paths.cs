namespace NakaClaims.SeedLoader.Tests;

internal static class Paths
{
    public static string Seeds => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string Article(string name) => Path.Combine(AppContext.BaseDirectory, "Articles", name);

    public static string Seed(string prefix) => Directory.EnumerateFiles(Seeds, prefix + "_*.txt").Single();

    // The texts of every article the tests have, the seeds and the development articles: what the tests
    // that compare a fast path with its specification run on.
    public static IEnumerable<string> AllArticleTexts() =>
        Directory.EnumerateFiles(Seeds, "*.txt").Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "*.txt")).Order(StringComparer.Ordinal).Select(File.ReadAllText);

    public static IEnumerable<string> AllSentences() =>
        AllArticleTexts().SelectMany(article => NakaClaims.SeedLoader.Pipeline.SentenceSplitter.Split(article, 0).Select(s => s.Text(article)));
}
