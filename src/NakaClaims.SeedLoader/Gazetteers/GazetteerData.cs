#pragma warning disable CA1812, CA2227, CA1002 // JSON DTOs, instantiated by the serializer.
using System.Text.Json.Serialization;

namespace NakaClaims.SeedLoader.Gazetteers;

// The gazetteer file format (see Data/gazetteer.json): every list is optional, so a user file may add just one entry.
internal sealed class GazetteerData
{
    public List<NamedEntry>? Sides { get; set; }

    public List<string>? BothSides { get; set; }

    public List<string>? NotSides { get; set; }

    public List<NamedEntry>? Countries { get; set; }

    public List<string>? Organizations { get; set; }

    public List<NamedEntry>? Outlets { get; set; }

    public List<ActorEntry>? Actors { get; set; }

    public List<string>? Roles { get; set; }

    public List<NamedEntry>? Places { get; set; }

    public List<ItemEntry>? Items { get; set; }

    public List<EventEntry>? Events { get; set; }

    public List<string>? AgentEvents { get; set; }

    public List<string>? DeclarationEvents { get; set; }

    public List<string>? MeetingEvents { get; set; }

    public List<string>? SpeechActEvents { get; set; }

    public List<string>? HistoricalMarkers { get; set; }
}

internal sealed class NamedEntry
{
    public string Name { get; set; } = string.Empty;

    public List<string>? Aliases { get; set; }

    public string? Side { get; set; }

    public string? Zone { get; set; }
}

internal sealed class ActorEntry
{
    public string Name { get; set; } = string.Empty;

    public List<string>? Aliases { get; set; }

    public string? Role { get; set; }

    public string? Organization { get; set; }

    public string? Side { get; set; }
}

internal sealed class ItemEntry
{
    public string Item { get; set; } = string.Empty;

    public List<string>? Forms { get; set; }
}

internal sealed class EventEntry
{
    public string Type { get; set; } = string.Empty;

    public List<string>? Triggers { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 8)]
[JsonSerializable(typeof(GazetteerData))]
internal sealed partial class GazetteerJsonContext : JsonSerializerContext;
