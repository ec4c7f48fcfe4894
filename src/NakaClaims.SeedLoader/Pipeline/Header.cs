namespace NakaClaims.SeedLoader.Pipeline;

/// <summary>The dateline of an article: publisher, place and date as written, and where the body begins.</summary>
internal sealed record Header(string? Publisher, string? Place, int? Month, int? Day, int? Year, int BodyStart, bool Hedged)
{
    // The line the dateline stands on (1-based): below a headline it is not the first.
    public int Line { get; init; } = 1;
}
