namespace NakaClaims.SeedLoader.Tests;

// What every development-article test does: load some articles (which, like many real ones, never name a
// year, so the loader is told which to assume) and find the one claim whose text contains a phrase.
internal static class DevelopmentArticles
{
    public static ClaimSet Load(params string[] names) =>
        new SeedLoader(new SeedLoaderOptions { AssumedYear = 2020 }).LoadFiles(names.Select(Paths.Article)).GetValueOrThrow();

    public static Claim Single(this ClaimSet set, string text) =>
        set.Claims.Single(c => c.Text.Contains(text, StringComparison.Ordinal));
}
