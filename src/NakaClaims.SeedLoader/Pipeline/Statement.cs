namespace NakaClaims.SeedLoader.Pipeline;

/// <summary>What kind of claimant a statement has.</summary>
internal enum ClaimantKind
{
    /// <summary>The publisher narrates.</summary>
    Publisher,

    /// <summary>A phrase names the claimant.</summary>
    Named,

    /// <summary>"He", "she": the last named speaker.</summary>
    LastSpeaker,

    /// <summary>"According to the decree": whoever issued the last decree or statement, else the publisher.</summary>
    DocumentAuthor,

    /// <summary>"Both sides said …": each conflict side.</summary>
    BothSides,

    /// <summary>"Both sides accused each other of …": each side accuses the other.</summary>
    MutualAccusation,
}

/// <summary>One attributed statement in a sentence: who, through whom, with which cue, and where its content stands.</summary>
internal sealed record Statement(
    int ContentStart,
    int ContentLength,
    ClaimantKind Kind,
    string? ClaimantPhrase,
    IReadOnlyList<string> ReporterPhrases,
    string? Cue,
    NakaClaims.AttributionMode Mode,
    NakaClaims.Polarity Polarity,
    bool DeniesPrevious,
    string? AssertionPhrase)
{
    /// <summary>Gets where a counterclaim made with a denial begins ("denied the accusation, saying that X"), or 0.</summary>
    public int CounterStart { get; init; }

    /// <summary>Gets the length of that counterclaim; 0 when there is none.</summary>
    public int CounterLength { get; init; }

    /// <summary>Gets whether the denial names a claim before what it denies ("rejected Azerbaijan's claim that X").</summary>
    public bool DeniesAClaim { get; init; }

    /// <summary>Gets who denies the content in the same sentence ("…, which Turkey denied"), or null.</summary>
    public string? DenierPhrase { get; init; }

    /// <summary>Gets the verb of that denial ("denied").</summary>
    public string? DenialCue { get; init; }

    /// <summary>Gets where the words of that denial begin ("which Turkey denied").</summary>
    public int DenialStart { get; init; }

    /// <summary>Gets the length of those words; 0 when there is no denial.</summary>
    public int DenialLength { get; init; }

    /// <summary>Gets a second speaker's statement in the same sentence (", while the other side said …"), or null.</summary>
    public Statement? Next { get; init; }
}
