using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NakaClaims.SeedLoader.Tests;

// Snapshooter stores objects; the parsed tree keeps the snapshot a readable JSON document, dates as strings.
internal static class SnapshotJson
{
    public static JToken Tree(string json) =>
        JsonConvert.DeserializeObject<JToken>(json, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })!;
}
