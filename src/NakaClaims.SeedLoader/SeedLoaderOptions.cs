namespace NakaClaims.SeedLoader;

/// <summary>Settings of a <see cref="SeedLoader"/>; checked once when the loader is built.</summary>
/// <remarks>Instances are immutable; a loader copies what it needs.</remarks>
public sealed record SeedLoaderOptions
{
    /// <summary>The default largest article, in bytes (1 MiB): news articles are a few KiB.</summary>
    public const int DefaultMaxArticleBytes = 1 << 20;

    /// <summary>Gets extra gazetteer files whose entries are added to the built-in one.</summary>
    /// <value>Paths of JSON files in the gazetteer format; empty by default.</value>
    public IReadOnlyList<string> GazetteerFiles { get; init; } = [];

    /// <summary>Gets the names of the conflict's sides, when only some of the gazetteer's sides should count as sides.</summary>
    /// <value>Side names that the gazetteer defines; empty (all of the gazetteer's sides) by default.</value>
    public IReadOnlyList<string> Sides { get; init; } = [];

    /// <summary>Gets the largest article the loader reads; larger files get a diagnostic.</summary>
    /// <value><see cref="DefaultMaxArticleBytes"/> by default; 1 or more.</value>
    public int MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;

    /// <summary>
    /// Gets the year to assume for a dateline without one when no loaded document gives a year either; the
    /// year is then marked inferred. Without it, such an article gets a warning and no dates.
    /// </summary>
    /// <value><see langword="null"/> (assume nothing) by default; otherwise 1 to 9999.</value>
    public int? AssumedYear { get; init; }

    /// <summary>Gets how many articles are read and analysed at once; the result is the same whatever the value.</summary>
    /// <value><see cref="Environment.ProcessorCount"/> by default; 1 or more.</value>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets a receiver of progress: the number of articles analysed so far, reported as each one finishes.</summary>
    /// <value><see langword="null"/> (no reports) by default.</value>
    public IProgress<int>? Progress { get; init; }

    /// <summary>Gets a value indicating whether the comparison engine links the loaded claims.</summary>
    /// <value><see langword="true"/> by default.</value>
    public bool Link { get; init; } = true;
}
