using System.Buffers;
using System.Text;

namespace NakaClaims.SeedLoader.Pipeline;

/// <summary>An article's text as read: the exact characters, so that spans point at the real text.</summary>
internal sealed record Article(string Id, string Source, string Text);

// Stage 1: bytes to text. Strict UTF-8 (a BOM is skipped), refusing what is not an article: empty, binary,
// too large, undecodable or not English. Line ends and quotes are kept as they are, so offsets stay true.
internal static class ArticleReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string[] EnglishWords = ["the", "of", "and", "to", "in", "on", "that", "a", "is", "was"];
    private static readonly int EnglishWordLength = EnglishWords.Max(w => w.Length);

    public static (Article? Article, LoadDiagnostic? Problem) Read(string id, string source, Stream stream, int maxBytes)
    {
        var bytes = ReadBounded(stream, maxBytes);
        if (bytes is null)
        {
            return (null, Error(source, null, $"The file is larger than {maxBytes} bytes, too large for a news article; split it or raise SeedLoaderOptions.MaxArticleBytes."));
        }

        return Decode(id, source, bytes);
    }

    // A file's bytes go through a pooled buffer: only the decoded text stays. Throws IOException and
    // UnauthorizedAccessException as File.ReadAllBytes does.
    public static (Article? Article, LoadDiagnostic? Problem) ReadFile(string id, string path, int maxBytes)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
        {
            using var stream = new FileStream(handle, FileAccess.Read);
            return Read(id, path, stream, maxBytes);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = 0;
            int n;
            while (read < length && (n = RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read)) > 0)
            {
                read += n;
            }

            return Decode(id, path, buffer.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static (Article? Article, LoadDiagnostic? Problem) Decode(string id, string source, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            return (null, Error(source, LineAt(bytes, nul), "The file is binary (it contains NUL bytes), not a text article."));
        }

        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? e.Index : 0;
            return (null, Error(source, LineAt(bytes, Math.Min(at, bytes.Length)), $"The file is not valid UTF-8 (bad byte at offset {at}); save it as UTF-8."));
        }

        return Check(new Article(id, source, text));
    }

    private static (Article?, LoadDiagnostic?) Check(Article article)
    {
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            return (null, Error(article.Source, null, "The file is empty; there is no article to read."));
        }

        var (words, english, latin, letters) = CountWordsAndLetters(article.Text);
        if (letters == 0 || latin < letters * 0.8 || english < Math.Max(1, words / 30))
        {
            return (null, Error(article.Source, 1, "The article does not look like English; the loader reads English translations only."));
        }

        return (article, null);
    }

    // Words are runs of non-space characters; common English words are counted whatever their case. One pass
    // counts words and letters alike: this check reads every character of every article, and two passes over
    // the text were 4% of a load's time.
    private static (int Words, int English, int Latin, int Letters) CountWordsAndLetters(ReadOnlySpan<char> text)
    {
        var (words, english, latin, letters, wordStart) = (0, 0, 0, 0, -1);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetter(c))
            {
                (latin, letters) = (latin + 1, letters + 1);
            }
            else if (c > '\u007f' && char.IsLetter(c))
            {
                letters++;
            }
            else if ((c <= ' ' || c > '\u007f') && char.IsWhiteSpace(c))
            {
                if (wordStart >= 0)
                {
                    (words, english, wordStart) = (words + 1, english + (IsCommonEnglish(text[wordStart..i]) ? 1 : 0), -1);
                }

                continue;
            }

            wordStart = wordStart < 0 ? i : wordStart;
        }

        return wordStart < 0 ? (words, english, latin, letters) : (words + 1, english + (IsCommonEnglish(text[wordStart..]) ? 1 : 0), latin, letters);
    }

    private static bool IsCommonEnglish(ReadOnlySpan<char> word)
    {
        // Most words are longer than every common one, and are turned away before ten comparisons.
        if (word.Length > EnglishWordLength)
        {
            return false;
        }

        foreach (var common in EnglishWords)
        {
            if (word.Equals(common, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static byte[]? ReadBounded(Stream stream, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    private static LoadDiagnostic Error(string source, int? line, string message) => new(source, line, DiagnosticSeverity.Error, message);
}
