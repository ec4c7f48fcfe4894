using System.Text;
using System.Text.Json;
using NakaClaims.Serialization;

namespace NakaClaims.Cli;

// One claim per line, each the canonical JSON of that claim, for corpora too big to read as one document.
internal static class JsonLines
{
    public static string Write(ClaimSet set)
    {
        using var document = JsonDocument.Parse(ClaimSetJson.ToUtf8Bytes(set));
        var text = new StringBuilder();
        foreach (var claim in document.RootElement.GetProperty("claims").EnumerateArray())
        {
            text.Append(JsonSerializer.Serialize(claim)).Append('\n');
        }

        return text.ToString();
    }
}
