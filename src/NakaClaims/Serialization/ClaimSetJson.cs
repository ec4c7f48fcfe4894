using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using FluentValidation;

namespace NakaClaims.Serialization;

/// <summary>
/// Reads and writes claim sets in the canonical JSON format (schema version 1): the same set always gives
/// the same bytes, and reading what was written gives an equal set.
/// </summary>
/// <remarks>
/// <para>
/// Canonical means: UTF-8 without BOM, two-space indentation, <c>\n</c> line ends, properties in the
/// documented order, absent values left out, documents by id, claims by document then span, links by type,
/// from, to. Text is not escaped beyond what JSON requires, so that files stay readable.
/// </para>
/// <para>
/// Reading is defensive: input is limited to <see cref="MaxInputBytes"/> and nesting to <see cref="MaxDepth"/>;
/// every error is a <see cref="ClaimSetFormatException"/> that names the line (for syntax) or the path (for
/// content) of the problem. Unknown properties are ignored, so that later minor versions stay readable.
/// </para>
/// </remarks>
public static class ClaimSetJson
{
    /// <summary>The version of the format this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The deepest nesting a claim-set file may have.</summary>
    public const int MaxDepth = 16;

    /// <summary>The largest claim-set input this library reads, in bytes (1 GiB).</summary>
    public const long MaxInputBytes = 1L << 30;

    /// <summary>Gets the JSON Schema (draft-07) of the format.</summary>
    /// <value>The schema text.</value>
    public static string Schema { get; } = LoadSchema();

    /// <summary>Writes the canonical JSON of a claim set to a stream.</summary>
    /// <param name="claimSet">The claim set.</param>
    /// <param name="utf8Json">The stream to write UTF-8 JSON to; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ClaimSet claimSet, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(claimSet);
        ArgumentNullException.ThrowIfNull(utf8Json);
        CanonicalWriter.Write(claimSet, utf8Json);
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Gets the canonical JSON of a claim set as UTF-8 bytes.</summary>
    /// <param name="claimSet">The claim set.</param>
    /// <returns>The bytes, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claimSet"/> is null.</exception>
    public static byte[] ToUtf8Bytes(ClaimSet claimSet)
    {
        ArgumentNullException.ThrowIfNull(claimSet);
        using var buffer = new ChunkedBuffer();
        CanonicalWriter.Write(claimSet, buffer);
        return buffer.ToArray("\n"u8);
    }

    /// <summary>Gets the canonical JSON of a claim set as a string.</summary>
    /// <param name="claimSet">The claim set.</param>
    /// <returns>The JSON, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claimSet"/> is null.</exception>
    public static string ToJson(ClaimSet claimSet) => Encoding.UTF8.GetString(ToUtf8Bytes(claimSet));

    /// <summary>Reads a claim set from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The claim set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ClaimSetFormatException">The text is not a valid claim set; the message says where.</exception>
    public static ClaimSet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if ((long)json.Length > MaxInputBytes)
        {
            throw TooLarge();
        }

        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Tries to read a claim set from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="claimSet">The claim set, on success.</param>
    /// <param name="error">What is wrong and where, on failure.</param>
    /// <returns><see langword="true"/> when the text is a valid claim set.</returns>
    public static bool TryParse(string? json, [NotNullWhen(true)] out ClaimSet? claimSet, [NotNullWhen(false)] out ClaimSetFormatException? error)
    {
        try
        {
            claimSet = Parse(json ?? throw new ClaimSetFormatException("The JSON text is null."));
            error = null;
            return true;
        }
        catch (ClaimSetFormatException e)
        {
            claimSet = null;
            error = e;
            return false;
        }
    }

    /// <summary>Reads a claim set from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <returns>The claim set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ClaimSetFormatException">The input is larger than <see cref="MaxInputBytes"/> or not a valid claim set.</exception>
    public static ClaimSet Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        if (utf8Json is MemoryStream memory && memory.TryGetBuffer(out var segment))
        {
            var remaining = segment.AsSpan((int)memory.Position);
            memory.Position = memory.Length;
            return remaining.Length > MaxInputBytes ? throw TooLarge() : Read(remaining);
        }

        // The input is read whole into a pooled buffer: a claim set is tens of megabytes, and a fresh array
        // of that size on every read is a large-object allocation that forces full collections.
        var expected = utf8Json.CanSeek ? (int)Math.Min(Math.Max(utf8Json.Length - utf8Json.Position, 0), MaxInputBytes) : 0;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(expected + 1, 81920));
        try
        {
            var length = 0;
            int read;
            while ((read = utf8Json.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length > MaxInputBytes)
                {
                    throw TooLarge();
                }

                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, MaxInputBytes + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return Read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ClaimSet Read(ReadOnlySpan<byte> utf8)
    {
        var (documents, claims, links) = StreamingParser.Parse(utf8);
        try
        {
            return ClaimSet.Create(documents, claims, links);
        }
        catch (ValidationException e)
        {
            var first = e.Errors.FirstOrDefault()?.PropertyName;
            throw new ClaimSetFormatException(e.Message, first, null, e);
        }
    }

    private static ClaimSetFormatException TooLarge() =>
        new($"The claim-set input is larger than {MaxInputBytes} bytes; split it into several files.", null, null);

    private static string LoadSchema()
    {
        using var stream = typeof(ClaimSetJson).Assembly.GetManifestResourceStream("NakaClaims.claimset.schema.json")
            ?? throw new InvalidOperationException("The embedded claim-set schema is missing from the NakaClaims assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
