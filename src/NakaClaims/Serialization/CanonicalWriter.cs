using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NakaClaims.Serialization;

// Writes the canonical JSON straight from the model, in the property order of the format: no intermediate
// objects, so writing costs little more than the bytes it produces.
internal static class CanonicalWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static void Write(ClaimSet set, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        Write(set, json);
    }

    public static void Write(ClaimSet set, IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        Write(set, json);
    }

    private static void Write(ClaimSet set, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("schemaVersion"u8, ClaimSetJson.SchemaVersion);
        json.WriteStartArray("documents"u8);
        foreach (var d in set.Documents)
        {
            WriteDocument(json, d);
        }

        json.WriteEndArray();
        json.WriteStartArray("claims"u8);
        foreach (var c in set.Claims)
        {
            WriteClaim(json, c);
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("links"u8);
        foreach (var l in set.Links)
        {
            json.WriteStartObject();
            json.WriteString("type"u8, FormatNames.Name(l.Type));
            json.WriteString("from"u8, l.From.Value);
            json.WriteString("to"u8, l.To.Value);
            json.WriteString("reason"u8, l.Reason);
            Optional(json, "basis"u8, l.Basis);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, Document d)
    {
        json.WriteStartObject();
        json.WriteString("id"u8, d.Id);
        Optional(json, "publisher"u8, d.Publisher);
        Optional(json, "place"u8, d.Place);
        Optional(json, "published"u8, d.Published?.ToString());
        json.WriteNumber("length"u8, d.Length);
        json.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter json, Claim c)
    {
        json.WriteStartObject();
        json.WriteString("id"u8, c.Id.Value);
        json.WriteString("documentId"u8, c.DocumentId);
        json.WriteString("text"u8, c.Text);
        json.WriteStartObject("span"u8);
        json.WriteNumber("start"u8, c.Span.Start);
        json.WriteNumber("length"u8, c.Span.Length);
        json.WriteEndObject();
        json.WriteStartObject("claimant"u8);
        Optional(json, "name"u8, c.Claimant.Name);
        Optional(json, "role"u8, c.Claimant.Role);
        Optional(json, "organization"u8, c.Claimant.Organization);
        Optional(json, "side"u8, c.Claimant.Side?.Name);
        json.WriteEndObject();
        if (!c.Attribution.Via.IsEmpty)
        {
            json.WriteStartArray("via"u8);
            foreach (var reporter in c.Attribution.Via)
            {
                json.WriteStringValue(reporter);
            }

            json.WriteEndArray();
        }

        Optional(json, "cue"u8, c.Attribution.Cue);
        json.WriteString("mode"u8, FormatNames.Name(c.Attribution.Mode));
        Optional(json, "assertedOn"u8, c.AssertedOn?.ToString());
        if (c.Event is { } e)
        {
            json.WriteStartObject("event"u8);
            json.WriteString("type"u8, e.Type.Key);
            Optional(json, "on"u8, e.On?.ToString());
            Optional(json, "place"u8, e.Place);
            Optional(json, "agent"u8, e.Agent?.Name);
            json.WriteEndObject();
        }

        if (!c.Quantities.IsEmpty)
        {
            json.WriteStartArray("quantities"u8);
            foreach (var q in c.Quantities)
            {
                WriteQuantity(json, q);
            }

            json.WriteEndArray();
        }

        json.WriteString("polarity"u8, FormatNames.Name(c.Polarity));
        Optional(json, "target"u8, c.Target?.Value);
        json.WriteEndObject();
    }

    private static void WriteQuantity(Utf8JsonWriter json, Quantity q)
    {
        json.WriteStartObject();
        Optional(json, "count"u8, q.Count);
        Optional(json, "min"u8, q.Min);
        Optional(json, "max"u8, q.Max);
        if (q.Approximate)
        {
            json.WriteBoolean("approximate"u8, true);
        }

        json.WriteString("item"u8, q.Item);
        Optional(json, "itemText"u8, q.ItemText == q.Item ? null : q.ItemText);
        Optional(json, "owner"u8, q.Owner?.Name);
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Optional(Utf8JsonWriter json, ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
    }
}
