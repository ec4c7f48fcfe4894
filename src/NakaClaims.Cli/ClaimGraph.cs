using System.Text;

namespace NakaClaims.Cli;

// The web of claims as a graph: linked claims as nodes (grouped by document, labelled by claimant),
// contradictions as red edges and corroborations as green dashed ones. Unlinked claims are left out so the
// picture shows what is disputed or confirmed.
internal static class ClaimGraph
{
    public static string Dot(ClaimSet set)
    {
        var linked = Linked(set);
        var dot = new StringBuilder("digraph claims {\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f7f7f7\", fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
        var cluster = 0;
        foreach (var document in set.Documents)
        {
            var claims = set.ClaimsInDocument(document.Id).Where(c => linked.Contains(c.Id)).ToList();
            if (claims.Count == 0)
            {
                continue;
            }

            dot.Append($"  subgraph cluster_{cluster++} {{\n    label=\"{Escape(document.Id)}\";\n    color=\"#bbbbbb\";\n");
            foreach (var claim in claims)
            {
                dot.Append($"    \"{claim.Id}\" [label=\"{Escape(Label(claim))}\"];\n");
            }

            dot.Append("  }\n");
        }

        foreach (var link in set.Links)
        {
            var style = link.Type == LinkType.Contradicts ? "color=\"#c0392b\", penwidth=2, label=\"contradicts\"" : "color=\"#27ae60\", style=dashed, dir=none, label=\"corroborates\"";
            dot.Append($"  \"{link.From}\" -> \"{link.To}\" [{style}];\n");
        }

        return dot.Append("}\n").ToString();
    }

    public static string Mermaid(ClaimSet set)
    {
        var linked = Linked(set);
        var ids = set.Claims.Where(c => linked.Contains(c.Id)).Select((c, i) => (c, i)).ToDictionary(p => p.c.Id, p => $"c{p.i}");
        var text = new StringBuilder("graph LR\n");
        foreach (var claim in set.Claims.Where(c => ids.ContainsKey(c.Id)))
        {
            text.Append($"  {ids[claim.Id]}[\"{Label(claim).Replace("\"", "'", StringComparison.Ordinal).Replace("\n", "<br/>", StringComparison.Ordinal)}\"]\n");
        }

        var index = 0;
        foreach (var link in set.Links)
        {
            text.Append(link.Type == LinkType.Contradicts
                ? $"  {ids[link.From]} -- contradicts --> {ids[link.To]}\n"
                : $"  {ids[link.From]} -. corroborates .- {ids[link.To]}\n");
            text.Append($"  linkStyle {index++} stroke:{(link.Type == LinkType.Contradicts ? "#c0392b" : "#27ae60")}\n");
        }

        return text.ToString();
    }

    private static HashSet<ClaimId> Linked(ClaimSet set) => [.. set.Links.SelectMany(l => new[] { l.From, l.To })];

    private static string Label(Claim claim)
    {
        var text = claim.Text.Length > 48 ? claim.Text[..47] + "…" : claim.Text;
        var value = claim.Quantities.IsEmpty ? string.Empty : $" ({string.Join(", ", claim.Quantities.Select(q => q.FormatValue() + " " + q.Item))})";
        return $"{claim.Claimant.DisplayName}{(claim.Polarity == Polarity.Denies ? " denies" : string.Empty)}\n{text}{value}";
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
