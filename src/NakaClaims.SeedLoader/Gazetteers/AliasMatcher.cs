using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Gazetteers;

// Finds the aliases of a set of entries in a text, as whole words: an alias matches where it is neither
// preceded nor followed by a word character or hyphen. Where several aliases start at one place, the
// longest wins ("Nagorno-Karabakh region" over "Nagorno-Karabakh"); matches do not overlap, leftmost first.
// This is what the regex (?<![\w-])(?:longest|…|shortest)(?![\w-]) finds, but a regex alternation of a
// hundred lowercase phrases cannot skip ahead and tried every alternative at every letter. Instead each
// alias is filed under its first word (its leading run of word characters and hyphens): an alias can
// only start where the text's word equals that first word, so each word of the text costs one lookup,
// and most words are turned away by their first letter or length before that.
internal sealed class AliasMatcher
{
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _canonical;
    private readonly string[] _startingWithPunctuation;
    private readonly bool[] _firstLetters = new bool[char.MaxValue + 1];
    private readonly ulong _wordLengths;

    [ThreadStatic]
    private static List<Mention>? t_found;

    public AliasMatcher(IEnumerable<(string Alias, string Name)> aliases)
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, name) in aliases)
        {
            if (alias.Length > 0)
            {
                canonical.TryAdd(alias, name);
            }
        }

        _canonical = canonical.GetAlternateLookup<ReadOnlySpan<char>>();
        var ordered = canonical.Keys.OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).ToArray();
        var byFirstWord = ordered.Where(a => WordCharacters.Is(a[0])).GroupBy(FirstWord, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _startingWithPunctuation = [.. ordered.Where(a => !WordCharacters.Is(a[0]))];
        foreach (var word in byFirstWord.Keys)
        {
            _firstLetters[word[0]] = true;
            _wordLengths |= LengthBit(word.Length);
        }
    }

    // Most texts mention none of a matcher's aliases, so that case allocates nothing, and one mention is the
    // next most common. Longer lists are gathered in a buffer of the thread's and returned at their exact size:
    // a growing list allocated its arrays several times over for every clause that names a few items.
    public IReadOnlyList<Mention> Find(ReadOnlySpan<char> text)
    {
        var at = 0;
        if (Next(text, ref at) is not { } first)
        {
            return [];
        }

        if (Next(text, ref at) is not { } second)
        {
            return [first];
        }

        var found = t_found ??= new List<Mention>(16);
        found.Clear();
        found.Add(first);
        found.Add(second);
        while (Next(text, ref at) is { } mention)
        {
            found.Add(mention);
        }

        return found.ToArray();
    }

    public Mention? First(ReadOnlySpan<char> text)
    {
        var at = 0;
        return Next(text, ref at);
    }

    // For callers that look at each match once and keep none: no list is built. Start with at = 0.
    public bool TryNext(ReadOnlySpan<char> text, ref int at, out Mention mention)
    {
        mention = Next(text, ref at) ?? default;
        return mention.Name is not null;
    }

    // The next match at or after the given place, which must not be inside a word; on return it is just past
    // the match.
    private Mention? Next(ReadOnlySpan<char> text, ref int at)
    {
        while (at < text.Length)
        {
            if (WordCharacters.Is(text[at]))
            {
                var end = at + 1;
                while (end < text.Length && WordCharacters.Is(text[end]))
                {
                    end++;
                }

                if (MatchWord(text, at, end) is { } matchEnd)
                {
                    var start = at;
                    at = matchEnd;
                    return Found(text, start, matchEnd);
                }

                at = end;
                continue;
            }

            if (_startingWithPunctuation.Length > 0 && (at == 0 || !WordCharacters.Is(text[at - 1])) && MatchAt(text, at, _startingWithPunctuation) is { } matchEnd2)
            {
                var start = at;
                at = matchEnd2;
                return Found(text, start, matchEnd2);
            }

            at++;
        }

        return null;
    }

    private int? MatchWord(ReadOnlySpan<char> text, int start, int end)
    {
        if (!_firstLetters[text[start]] || (_wordLengths & LengthBit(end - start)) == 0
            || !_byFirstWord.TryGetValue(text.Slice(start, end - start), out var candidates))
        {
            return null;
        }

        return MatchAt(text, start, candidates);
    }

    private static int? MatchAt(ReadOnlySpan<char> text, int start, string[] candidates)
    {
        foreach (var alias in candidates)
        {
            var end = start + alias.Length;
            if (end <= text.Length && text.Slice(start, alias.Length).SequenceEqual(alias) && (end == text.Length || !WordCharacters.Is(text[end])))
            {
                return end;
            }
        }

        return null;
    }

    private Mention Found(ReadOnlySpan<char> text, int start, int end) => new(start, end - start, _canonical[text.Slice(start, end - start)]);

    private static string FirstWord(string alias)
    {
        var end = 1;
        while (end < alias.Length && WordCharacters.Is(alias[end]))
        {
            end++;
        }

        return alias[..end];
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    // The characters of the regex class [\w-], taken from the regex engine itself so that the two agree.
    private static class WordCharacters
    {
        private static readonly bool[] Table = Build();

        public static bool Is(char c) => Table[c];

        private static bool[] Build()
        {
            var table = new bool[char.MaxValue + 1];
            var all = string.Create(char.MaxValue + 1, 0, (span, _) =>
            {
                for (var c = 0; c <= char.MaxValue; c++)
                {
                    span[c] = (char)c;
                }
            });
            foreach (var m in new Regex(@"[\w-]", RegexOptions.CultureInvariant).EnumerateMatches(all))
            {
                table[m.Index] = true;
            }

            return table;
        }
    }
}
