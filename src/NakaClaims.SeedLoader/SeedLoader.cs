using System.Text;
using NakaClaims.SeedLoader.Gazetteers;
using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader;

/// <summary>
/// Loads news articles into a <see cref="ClaimSet"/>: who claimed what, when, through whom, and which claims
/// contradict or corroborate each other. Entry points for a folder, files, a string and a stream.
/// </summary>
/// <remarks>
/// <para>
/// Loading never throws for content: an article that cannot be read (empty, binary, not UTF-8, too large,
/// not English) gets an error <see cref="LoadDiagnostic"/> naming its file and line, and every other article
/// still loads. Articles are processed in ordinal order of their ids, so the same input gives the same result.
/// </para>
/// <para>Instances are immutable and thread-safe: one loader can serve many loads.</para>
/// </remarks>
public sealed class SeedLoader
{
    private readonly Gazetteer _gazetteer;
    private readonly SeedLoaderOptions _options;

    /// <summary>Creates a loader, checking its options once.</summary>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SeedLoaderOptions.MaxArticleBytes"/> is less than 1.</exception>
    /// <exception cref="FileNotFoundException">A gazetteer file does not exist.</exception>
    /// <exception cref="InvalidDataException">A gazetteer file is not valid; the message names it.</exception>
    /// <exception cref="ArgumentException">A side in <see cref="SeedLoaderOptions.Sides"/> is not in the gazetteer.</exception>
    public SeedLoader(SeedLoaderOptions? options = null)
    {
        _options = options ?? new SeedLoaderOptions();
        if (_options.MaxArticleBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxArticleBytes, "SeedLoaderOptions.MaxArticleBytes must be 1 or more.");
        }

        if (_options.MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxDegreeOfParallelism, "SeedLoaderOptions.MaxDegreeOfParallelism must be 1 or more.");
        }

        if (_options.AssumedYear is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.AssumedYear, "SeedLoaderOptions.AssumedYear must be from 1 to 9999.");
        }

        var gazetteer = _options.GazetteerFiles.Aggregate(Gazetteer.Default, (g, file) => g.Merge(Gazetteer.Load(file)));
        _gazetteer = _options.Sides.Count > 0 ? gazetteer.WithSides(_options.Sides) : gazetteer;
    }

    /// <summary>Loads every <c>*.txt</c> file under a folder and its subfolders.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The claim set and diagnostics.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public LoadResult LoadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Directory.Exists(folder)
            ? LoadFiles(Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories))
            : throw new DirectoryNotFoundException($"The folder '{folder}' does not exist.");
    }

    /// <summary>Loads the given files; a file that is missing or unreadable gets a diagnostic.</summary>
    /// <param name="paths">The file paths; each document's id is its file name without extension.</param>
    /// <returns>The claim set and diagnostics.</returns>
    public LoadResult LoadFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var inputs = paths.Order(StringComparer.Ordinal).Select(path => (Document.ToId(Path.GetFileNameWithoutExtension(path)), path, (Func<(Article?, LoadDiagnostic?)>)(() => ReadFile(path))));
        return Load(inputs);
    }

    /// <summary>Loads one article given as a string.</summary>
    /// <param name="id">The document id (made valid with <see cref="Document.ToId"/>).</param>
    /// <param name="text">The article's text.</param>
    /// <returns>The claim set and diagnostics.</returns>
    public LoadResult LoadText(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        return Load([(Document.ToId(id), id, () => ArticleReader.Decode(Document.ToId(id), id, Encoding.UTF8.GetBytes(text)))]);
    }

    /// <summary>Loads one article from a stream of UTF-8 text.</summary>
    /// <param name="id">The document id (made valid with <see cref="Document.ToId"/>).</param>
    /// <param name="stream">The stream; read to its end or to the size limit, not closed.</param>
    /// <returns>The claim set and diagnostics.</returns>
    public LoadResult LoadStream(string id, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(stream);
        return Load([(Document.ToId(id), id, () => ArticleReader.Read(Document.ToId(id), id, stream, _options.MaxArticleBytes))]);
    }

    // An article with its header and the full dates it names, or why it could not be read.
    private (Article? Article, LoadDiagnostic? Problem, Header? Header, List<(int Month, int Year)> Dates) ReadAndScan(Func<(Article?, LoadDiagnostic?)> read)
    {
        var (article, problem) = read();
        return article is null
            ? (null, problem, null, [])
            : (article, problem, HeaderParser.Parse(article.Text, _gazetteer), YearInference.FullDates(article.Text));
    }

    private (ExtractedDocument? Document, IEnumerable<LoadDiagnostic> Diagnostics) Extract(DocumentExtractor extractor, Article article, Header? header, int?[] yearOfMonth)
    {
        var year = header is { Year: null, Month: { } month } ? (month is >= 1 and <= 12 ? yearOfMonth[month - 1] : null) ?? _options.AssumedYear : null;
        try
        {
            var document = extractor.Extract(article, header, year);
            return (document, document.Warnings);
        }
#pragma warning disable CA1031 // One article that the loader cannot handle must not cost the user every other article of the load.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return (null, [new LoadDiagnostic(article.Source, null, DiagnosticSeverity.Error, $"The article could not be processed ({e.GetType().Name}: {e.Message}); the other articles are loaded. This is a bug in NakaClaims.SeedLoader: please report it with the article.")]);
        }
    }

    private (Article?, LoadDiagnostic?) ReadFile(string path)
    {
        try
        {
            return ArticleReader.ReadFile(Document.ToId(Path.GetFileNameWithoutExtension(path)), path, _options.MaxArticleBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new LoadDiagnostic(path, null, DiagnosticSeverity.Error, $"The file cannot be read: {e.Message}"));
        }
    }

    // The results in input order, computed on up to MaxDegreeOfParallelism threads. On one, the caller's thread
    // does the work: PLINQ's ordered merge still handed every item to a worker and back.
    private List<TResult> InOrder<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector) =>
        _options.MaxDegreeOfParallelism == 1
            ? source.Select(selector).ToList()
            : source.AsParallel().AsOrdered().WithDegreeOfParallelism(_options.MaxDegreeOfParallelism).Select(selector).ToList();

    private LoadResult Load(IEnumerable<(string Id, string Source, Func<(Article?, LoadDiagnostic?)> Read)> inputs)
    {
        var diagnostics = new List<LoadDiagnostic>();
        var articles = new List<(Article Article, Header? Header)>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);

        // Reading and extraction run in parallel but keep input order, so the result never depends on timing.
        // Each article's header and full dates are found in the parallel stage too: done afterwards they
        // were a sequential pass over the whole corpus.
        var read = InOrder(inputs, input => (input.Id, input.Source, Read: ReadAndScan(input.Read)));
        var corpusDates = new List<(int Month, int Year)>();
        foreach (var (id, source, (article, problem, header, dates)) in read)
        {
            if (seen.TryGetValue(id, out var first))
            {
                diagnostics.Add(new LoadDiagnostic(source, null, DiagnosticSeverity.Error, $"The document id '{id}' is already used by '{first}'; rename one of the files."));
                continue;
            }

            if (problem is not null)
            {
                diagnostics.Add(problem);
            }

            if (article is not null)
            {
                seen[id] = source;
                articles.Add((article, header));
                corpusDates.AddRange(dates);
            }
        }

        // A dateline's year depends only on its month and the corpus: inferred once per month, not per article.
        var yearOfMonth = Enumerable.Range(1, 12).Select(month => YearInference.Infer(month, corpusDates)).ToArray();
        var extractor = new DocumentExtractor(_gazetteer);
        var done = 0;
        var outcomes = InOrder(articles, a =>
        {
            var outcome = Extract(extractor, a.Article, a.Header, yearOfMonth);
            _options.Progress?.Report(Interlocked.Increment(ref done));
            return outcome;
        });
        var extracted = outcomes.Where(o => o.Document is not null).Select(o => o.Document!).ToList();
        diagnostics.AddRange(outcomes.SelectMany(o => o.Diagnostics));

        var set = ClaimSet.Create(extracted.Select(e => e.Document), extracted.SelectMany(e => e.Claims), extracted.SelectMany(e => e.Links));
        return new LoadResult(_options.Link ? set.Linked() : set, [.. diagnostics.OrderBy(d => d.Source, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0)]);
    }
}
