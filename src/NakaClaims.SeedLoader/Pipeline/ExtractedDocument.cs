namespace NakaClaims.SeedLoader.Pipeline;

/// <summary>What one article yields: its document, its claims, the links its text states, and any warnings.</summary>
internal sealed record ExtractedDocument(Document Document, List<Claim> Claims, List<ClaimLink> Links, List<LoadDiagnostic> Warnings);
