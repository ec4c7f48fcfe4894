namespace NakaClaims.SeedLoader;

/// <summary>A problem found while loading one document: which file, which line, what is wrong.</summary>
/// <param name="Source">The file path, or the id given for a string or stream.</param>
/// <param name="Line">The 1-based line of the problem, or <see langword="null"/> when it concerns the whole document.</param>
/// <param name="Severity">Whether the document was still loaded.</param>
/// <param name="Message">What is wrong, and what to do about it where that is known.</param>
/// <remarks>Equality compares every component. Instances are immutable and thread-safe.</remarks>
public sealed record LoadDiagnostic(string Source, int? Line, DiagnosticSeverity Severity, string Message)
{
    /// <summary>Formats the diagnostic as compilers do: <c>file(12): error: message</c>.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString() =>
        $"{Source}{(Line is { } l ? $"({l})" : string.Empty)}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
}
