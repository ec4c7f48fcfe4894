namespace NakaClaims.SeedLoader.Gazetteers;

/// <summary>Where a gazetteer entry is mentioned in a text.</summary>
/// <param name="Start">The index of the first character of the mention.</param>
/// <param name="Length">The length of the mention as written.</param>
/// <param name="Name">The entry's canonical name.</param>
internal readonly record struct Mention(int Start, int Length, string Name)
{
    public int End => Start + Length;
}
