namespace NakaClaims.Serialization;

// The names the format gives to enum values, shared by the writer and the reader.
internal static class FormatNames
{
    public static string Name(AttributionMode mode) => mode switch
    {
        AttributionMode.DirectQuote => "direct-quote",
        AttributionMode.AccordingTo => "according-to",
        AttributionMode.Narration => "narration",
        AttributionMode.HedgedNarration => "hedged-narration",
        _ => "indirect-speech",
    };

    public static string Name(Polarity polarity) => polarity == Polarity.Denies ? "denies" : "affirms";

    public static string Name(LinkType type) => type == LinkType.Corroborates ? "corroborates" : "contradicts";
}
