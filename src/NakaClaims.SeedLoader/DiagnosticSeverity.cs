namespace NakaClaims.SeedLoader;

/// <summary>How serious a <see cref="LoadDiagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The document was loaded, with a caveat (for example its year was not found).</summary>
    Warning = 0,

    /// <summary>The document could not be loaded; the other documents were.</summary>
    Error = 1,
}
