using Spectre.Console;

namespace NakaClaims.Cli;

// The report for a terminal: the same content as Report, as coloured tables.
internal static class RichReport
{
    public static void Write(ClaimSet set)
    {
        foreach (var document in set.Documents)
        {
            var table = new Table().Title($"[bold]{Markup.Escape(document.ToString())}[/]").Border(TableBorder.Rounded).Expand();
            table.AddColumns("Claimant", "Via", "When", "Claim", "Quantities");
            foreach (var claim in set.ClaimsInDocument(document.Id))
            {
                var claimant = Markup.Escape(claim.Claimant.ToString()) + (claim.Polarity == Polarity.Denies ? " [red]denies[/]" : string.Empty);
                table.AddRow(
                    claimant,
                    Markup.Escape(string.Join(" ← ", claim.Attribution.Via)),
                    Markup.Escape(claim.Event?.On?.ToString() ?? claim.AssertedOn?.ToString() ?? string.Empty),
                    Markup.Escape(claim.Text) + (claim.Event is { } e ? $"\n[grey]{Markup.Escape(e.Type.DisplayName)}[/]" : string.Empty),
                    Markup.Escape(string.Join("; ", claim.Quantities)));
            }

            AnsiConsole.Write(table);
        }

        var disputes = new Table().Title("[bold red]Disputes[/]").Border(TableBorder.Rounded).Expand().AddColumns("What", "Value", "Per");
        foreach (var dispute in set.Disputes())
        {
            foreach (var (position, i) in dispute.Positions.Select((p, i) => (p, i)))
            {
                disputes.AddRow(i == 0 ? Markup.Escape(dispute.Subject) : string.Empty, $"[bold]{Markup.Escape(position.Value)}[/]", Markup.Escape(position.Source));
            }
        }

        AnsiConsole.Write(disputes);
        var corroborations = new Table().Title("[bold green]Corroborations[/]").Border(TableBorder.Rounded).Expand().AddColumns("Proposition", "Sources", "Independence");
        foreach (var c in set.Corroborations())
        {
            corroborations.AddRow(Markup.Escape(c.Proposition), Markup.Escape(string.Join("; ", c.Claims.Select(x => $"{x.Claimant.DisplayName} ({x.DocumentId})"))), Report.Independence(c));
        }

        AnsiConsole.Write(corroborations);
    }
}
