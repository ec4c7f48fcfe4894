using NakaClaims.Analysis;
using System.Text;

namespace NakaClaims.Cli;

// The report for people: per document its claims, then the disputes side by side, then corroborations.
internal static class Report
{
    public static string Write(ClaimSet set)
    {
        var text = new StringBuilder();
        foreach (var document in set.Documents)
        {
            text.Append("== ").Append(document).Append('\n');
            foreach (var claim in set.ClaimsInDocument(document.Id))
            {
                text.Append(ClaimLine(claim));
            }

            text.Append('\n');
        }

        text.Append(Disputes(set)).Append('\n').Append(Corroborations(set));
        return text.ToString();
    }

    public static string Disputes(ClaimSet set)
    {
        var text = new StringBuilder("== Disputes\n");
        foreach (var dispute in set.Disputes())
        {
            text.Append("* ").Append(dispute.Subject).Append('\n');
            foreach (var position in dispute.Positions)
            {
                text.Append("    ").Append(position.Value.PadRight(10)).Append(" per ").Append(position.Source)
                    .Append("  [").Append(string.Join(", ", position.Claims.Select(c => c.Id))).Append("]\n");
            }
        }

        return text.ToString();
    }

    // Each claimant once per document: one speaker's two clauses of the same proposition are one source there.
    private static string Corroborations(ClaimSet set)
    {
        var text = new StringBuilder("== Corroborations\n");
        foreach (var c in set.Corroborations())
        {
            text.Append("* ").Append(c.Proposition).Append(": ")
                .Append(string.Join("; ", c.Claims.Select(x => $"{x.Claimant.DisplayName} ({x.DocumentId})").Distinct(StringComparer.Ordinal)))
                .Append(" — ").Append(Independence(c)).Append('\n');
        }

        return text.ToString();
    }

    // Whether the proposition rests on independent sources, or on one claimant or one side reported again.
    internal static string Independence(Corroboration corroboration) =>
        corroboration.IsIndependent ? "independent sources" : corroboration.Sources.Length == 1 ? "one source, reported again" : "one side only";

    private static string ClaimLine(Claim claim)
    {
        var line = new StringBuilder("  - ").Append(claim.Claimant);
        if (!claim.Attribution.Via.IsEmpty)
        {
            line.Append(" via ").Append(string.Join(" ← ", claim.Attribution.Via));
        }

        line.Append(claim.Polarity == Polarity.Denies ? " DENIES" : string.Empty).Append('\n')
            .Append("      \"").Append(claim.Text).Append("\"\n");
        if (claim.Event is { } e)
        {
            line.Append("      event: ").Append(e).Append(e.Agent is { } a ? $" (by {a})" : string.Empty).Append('\n');
        }

        if (!claim.Quantities.IsEmpty)
        {
            line.Append("      quantities: ").Append(string.Join("; ", claim.Quantities)).Append('\n');
        }

        return line.ToString();
    }
}
