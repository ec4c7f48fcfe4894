using System.Collections.Immutable;

namespace NakaClaims.SeedLoader;

/// <summary>What a load produced: the claim set of every document that could be read, and a diagnostic for each problem.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LoadResult
{
    internal LoadResult(ClaimSet claimSet, ImmutableArray<LoadDiagnostic> diagnostics)
    {
        ClaimSet = claimSet;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the claims, documents and links of every document that loaded.</summary>
    /// <value>The claim set; empty when nothing loaded.</value>
    public ClaimSet ClaimSet { get; }

    /// <summary>Gets the problems found, ordered by source then line.</summary>
    /// <value>The diagnostics; empty when everything loaded cleanly.</value>
    public ImmutableArray<LoadDiagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether no document failed to load.</summary>
    /// <value><see langword="true"/> when there is no error diagnostic (warnings allowed).</value>
    public bool Success => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Returns the claim set, or throws when a document failed to load.</summary>
    /// <returns>The claim set.</returns>
    /// <exception cref="InvalidDataException">A document failed to load; the message lists every error.</exception>
    public ClaimSet GetValueOrThrow() => Success
        ? ClaimSet
        : throw new InvalidDataException("Some documents could not be loaded:" + string.Concat(Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Environment.NewLine + " -- " + d)));
}
