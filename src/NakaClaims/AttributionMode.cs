namespace NakaClaims;

/// <summary>How the source attributes a statement to its claimant.</summary>
public enum AttributionMode
{
    /// <summary>Indirect speech: "X said that …".</summary>
    IndirectSpeech = 0,

    /// <summary>A direct quotation: "X said: "…"".</summary>
    DirectQuote = 1,

    /// <summary>"According to X, …".</summary>
    AccordingTo = 2,

    /// <summary>The publisher's own narration, without attribution.</summary>
    Narration = 3,

    /// <summary>The publisher's hedged narration: "It is reported that …", "According to reports, …".</summary>
    HedgedNarration = 4,
}
