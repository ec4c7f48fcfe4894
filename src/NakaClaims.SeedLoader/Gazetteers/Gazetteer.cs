using System.Text.Json;

namespace NakaClaims.SeedLoader.Gazetteers;

/// <summary>
/// The loader's knowledge as data: sides and their aliases ("the Asian side" is Armenia), countries, outlets,
/// known actors, roles, places with time zones, counted items and event triggers. The built-in gazetteer is
/// <see cref="Default"/>; users extend it with files in the same JSON format (see the package's
/// <c>gazetteer/gazetteer.json</c>), where every list is optional.
/// </summary>
/// <remarks>Instances are immutable and thread-safe; matchers are compiled once per instance.</remarks>
public sealed partial class Gazetteer
{
    private static readonly Lazy<Gazetteer> BuiltIn = new(LoadBuiltIn);
    private readonly GazetteerData _data;

    private Gazetteer(GazetteerData data)
    {
        _data = data;
        Compile();
    }

    /// <summary>Gets the built-in gazetteer.</summary>
    /// <value>The gazetteer embedded in this assembly.</value>
    public static Gazetteer Default => BuiltIn.Value;

    /// <summary>Gets the names of the sides this gazetteer knows.</summary>
    /// <value>Side names in file order.</value>
    public IReadOnlyList<string> SideNames => [.. (_data.Sides ?? []).Select(s => s.Name)];

    /// <summary>Reads a gazetteer from JSON.</summary>
    /// <param name="json">The JSON text, in the format of the built-in gazetteer.</param>
    /// <param name="source">The file name or other label to name in error messages.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidDataException">The JSON is malformed or an entry has no name; the message names the source, line and path.</exception>
    public static Gazetteer Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        GazetteerData? data;
        try
        {
            data = JsonSerializer.Deserialize(json, GazetteerJsonContext.Default.GazetteerData);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}({e.LineNumber + 1}): the gazetteer is not valid JSON at '{e.Path}': {e.Message.Split(" Path:")[0]}", e);
        }

        var checkedData = data ?? throw new InvalidDataException($"{source}: the gazetteer is 'null'; expected an object.");
        Check(checkedData, source);
        return new Gazetteer(checkedData);
    }

    /// <summary>Reads a gazetteer file.</summary>
    /// <param name="path">The path of the JSON file.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid gazetteer.</exception>
    public static Gazetteer Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path)
            ? Parse(File.ReadAllText(path), path)
            : throw new FileNotFoundException($"The gazetteer file '{path}' does not exist.", path);
    }

    /// <summary>Returns a gazetteer with the entries of both; this one's entries come first and win on equal aliases.</summary>
    /// <param name="other">The gazetteer to add.</param>
    /// <returns>The combined gazetteer.</returns>
    public Gazetteer Merge(Gazetteer other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (a, b) = (_data, other._data);
        return new Gazetteer(new GazetteerData
        {
            Sides = Concat(a.Sides, b.Sides), BothSides = Concat(a.BothSides, b.BothSides), NotSides = Concat(a.NotSides, b.NotSides),
            Countries = Concat(a.Countries, b.Countries), Organizations = Concat(a.Organizations, b.Organizations),
            Outlets = Concat(a.Outlets, b.Outlets), Actors = Concat(a.Actors, b.Actors), Roles = Concat(a.Roles, b.Roles),
            Places = Concat(a.Places, b.Places), Items = Concat(a.Items, b.Items), Events = Concat(a.Events, b.Events),
            AgentEvents = Concat(a.AgentEvents, b.AgentEvents), DeclarationEvents = Concat(a.DeclarationEvents, b.DeclarationEvents),
            MeetingEvents = Concat(a.MeetingEvents, b.MeetingEvents), SpeechActEvents = Concat(a.SpeechActEvents, b.SpeechActEvents),
            HistoricalMarkers = Concat(a.HistoricalMarkers, b.HistoricalMarkers),
        });
    }

    /// <summary>Returns a gazetteer in which only the named sides count as sides of the conflict.</summary>
    /// <param name="sides">Side names this gazetteer defines.</param>
    /// <returns>The restricted gazetteer.</returns>
    /// <exception cref="ArgumentException">A name is not one of <see cref="SideNames"/>.</exception>
    public Gazetteer WithSides(IEnumerable<string> sides)
    {
        ArgumentNullException.ThrowIfNull(sides);
        var wanted = sides.ToList();
        var unknown = wanted.Where(s => !SideNames.Contains(s, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"The sides {string.Join(", ", unknown.Select(u => $"'{u}'"))} are not in the gazetteer; known sides: {string.Join(", ", SideNames)}.", nameof(sides));
        }

        var data = JsonSerializer.Deserialize(JsonSerializer.Serialize(_data, GazetteerJsonContext.Default.GazetteerData), GazetteerJsonContext.Default.GazetteerData)!;
        data.Sides = [.. data.Sides!.Where(s => wanted.Contains(s.Name, StringComparer.Ordinal))];
        return new Gazetteer(data);
    }

    private static List<T>? Concat<T>(List<T>? a, List<T>? b) => a is null && b is null ? null : [.. a ?? [], .. b ?? []];

    private static void Check(GazetteerData data, string source)
    {
        void Named(IEnumerable<string?>? names, string list)
        {
            var i = 0;
            foreach (var name in names ?? [])
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    throw new InvalidDataException($"{source}: {list}[{i}] has no name; every entry needs a non-empty name.");
                }

                i++;
            }
        }

        Named(data.Sides?.Select(s => s.Name), "sides");
        Named(data.Countries?.Select(s => s.Name), "countries");
        Named(data.Outlets?.Select(s => s.Name), "outlets");
        Named(data.Actors?.Select(s => s.Name), "actors");
        Named(data.Places?.Select(s => s.Name), "places");
        Named(data.Items?.Select(s => s.Item), "items");
        Named(data.Events?.Select(s => s.Type), "events");
        var badEvent = data.Events?.FirstOrDefault(e => !EventType.TryCreate(e.Type, out _));
        if (badEvent is not null)
        {
            throw new InvalidDataException($"{source}: the event type '{badEvent.Type}' is not kebab-case (such as 'shot-down').");
        }

        var badZone = (data.Sides ?? []).Concat(data.Countries ?? []).Concat(data.Places ?? [])
            .FirstOrDefault(e => e.Zone is not null && NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(e.Zone) is null);
        if (badZone is not null)
        {
            throw new InvalidDataException($"{source}: '{badZone.Name}' has zone '{badZone.Zone}', which is not an IANA time zone id such as 'Asia/Baku'.");
        }
    }

    private static Gazetteer LoadBuiltIn()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("NakaClaims.SeedLoader.gazetteer.json")
            ?? throw new InvalidOperationException("The built-in gazetteer is missing from the NakaClaims.SeedLoader assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "built-in gazetteer");
    }
}
