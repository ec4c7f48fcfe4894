using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Gazetteers;

// Finds the aliases of a set of entries in a text: one alternation of escaped literals, longest first, so a
// longer alias ("Nagorno-Karabakh region") wins over its prefix ("Nagorno-Karabakh"). Literal alternations
// cannot backtrack catastrophically; the timeout is a second line of defence.
internal sealed class AliasMatcher
{
    private readonly Regex? _regex;
    private readonly Dictionary<string, string> _canonical;

    public AliasMatcher(IEnumerable<(string Alias, string Name)> aliases)
    {
        _canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, name) in aliases)
        {
            _canonical.TryAdd(alias, name);
        }

        if (_canonical.Count > 0)
        {
            var alternation = string.Join("|", _canonical.Keys.OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).Select(Regex.Escape));
            _regex = new Regex($@"(?<![\w-])(?:{alternation})(?![\w-])", RegexOptions.CultureInvariant, NakaClaims.SeedLoader.Pipeline.Rx.Timeout);
        }
    }

    public IEnumerable<Mention> Find(string text)
    {
        if (_regex is null)
        {
            yield break;
        }

        foreach (Match m in _regex.Matches(text))
        {
            yield return new Mention(m.Index, m.Length, _canonical[m.Value]);
        }
    }

    public Mention? First(string text) => Find(text).Select(m => (Mention?)m).FirstOrDefault();
}
