#pragma warning disable CA1812 // Instantiated by the source-generated serializer.
#pragma warning disable CA1002, CA2227, CA1819 // DTOs mirror the JSON format; they are internal and short-lived.
using System.Text.Json.Serialization;

namespace NakaClaims.Serialization;

// The JSON format, schemaVersion 1, one DTO per object. Declaration order is the property order written.
internal sealed class ClaimSetDto
{
    public int SchemaVersion { get; set; }

    public List<DocumentDto?>? Documents { get; set; }

    public List<ClaimDto?>? Claims { get; set; }

    public List<LinkDto?>? Links { get; set; }
}

internal sealed class DocumentDto
{
    public string? Id { get; set; }

    public string? Publisher { get; set; }

    public string? Place { get; set; }

    public string? Published { get; set; }

    public int? Length { get; set; }
}

internal sealed class ClaimDto
{
    public string? Id { get; set; }

    public string? DocumentId { get; set; }

    public string? Text { get; set; }

    public SpanDto? Span { get; set; }

    public ActorDto? Claimant { get; set; }

    public List<string?>? Via { get; set; }

    public string? Cue { get; set; }

    public string? Mode { get; set; }

    public string? AssertedOn { get; set; }

    public EventDto? Event { get; set; }

    public List<QuantityDto?>? Quantities { get; set; }

    public string? Polarity { get; set; }

    public string? Target { get; set; }
}

internal sealed class SpanDto
{
    public int? Start { get; set; }

    public int? Length { get; set; }
}

internal sealed class ActorDto
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Organization { get; set; }

    public string? Side { get; set; }
}

internal sealed class EventDto
{
    public string? Type { get; set; }

    public string? On { get; set; }

    public string? Place { get; set; }

    public string? Agent { get; set; }
}

internal sealed class QuantityDto
{
    public long? Count { get; set; }

    public long? Min { get; set; }

    public long? Max { get; set; }

    public bool? Approximate { get; set; }

    public string? Item { get; set; }

    public string? ItemText { get; set; }

    public string? Owner { get; set; }
}

internal sealed class LinkDto
{
    public string? Type { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? Reason { get; set; }

    public string? Basis { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    MaxDepth = ClaimSetJson.MaxDepth,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ClaimSetDto))]
internal sealed partial class ClaimSetJsonContext : JsonSerializerContext;
