namespace NakaClaims.SeedLoader.Pipeline;

/// <summary>A sentence of an article: where it stands (UTF-16 offsets into the article) and on which line.</summary>
internal readonly record struct Sentence(int Start, int Length, int Line)
{
    public int End => Start + Length;

    public string Text(string article) => article.Substring(Start, Length);
}
