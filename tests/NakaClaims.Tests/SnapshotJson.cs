using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NakaClaims.Tests;

// Snapshooter stores objects, not text: handing it the parsed JSON tree keeps the snapshot file a readable
// JSON document instead of one long escaped string. Dates stay strings, exactly as written.
internal static class SnapshotJson
{
    public static JToken Tree(string json) =>
        JsonConvert.DeserializeObject<JToken>(json, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })!;
}
