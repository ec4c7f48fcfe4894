using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Gazetteers;

// Finds the aliases of a set of entries in a text: one alternation of escaped literals, longest first, so a
// longer alias ("Nagorno-Karabakh region") wins over its prefix ("Nagorno-Karabakh"). A literal alternation
// cannot backtrack catastrophically. Matching enumerates value matches and looks the alias up by span, so
// finding mentions allocates only the result list.
internal sealed class AliasMatcher
{
    private readonly Regex? _regex;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _canonical;

    public AliasMatcher(IEnumerable<(string Alias, string Name)> aliases)
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, name) in aliases)
        {
            canonical.TryAdd(alias, name);
        }

        _canonical = canonical.GetAlternateLookup<ReadOnlySpan<char>>();
        if (canonical.Count > 0)
        {
            var alternation = string.Join("|", canonical.Keys.OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).Select(Regex.Escape));
            _regex = new Regex($@"(?<![\w-])(?:{alternation})(?![\w-])", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        }
    }

    public List<Mention> Find(string text)
    {
        var found = new List<Mention>();
        if (_regex is null)
        {
            return found;
        }

        foreach (var m in _regex.EnumerateMatches(text))
        {
            found.Add(new Mention(m.Index, m.Length, _canonical[text.AsSpan(m.Index, m.Length)]));
        }

        return found;
    }

    public Mention? First(string text)
    {
        if (_regex is null)
        {
            return null;
        }

        foreach (var m in _regex.EnumerateMatches(text))
        {
            return new Mention(m.Index, m.Length, _canonical[text.AsSpan(m.Index, m.Length)]);
        }

        return null;
    }
}
