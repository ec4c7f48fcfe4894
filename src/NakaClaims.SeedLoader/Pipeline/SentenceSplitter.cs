namespace NakaClaims.SeedLoader.Pipeline;

// Stage 3: sentences. Paragraph breaks always end a sentence; '.', '!', '?' end one when followed by space
// and a capital, digit or quote, except inside quotations and after abbreviations ("U.S.", "Gen.", "No.").
internal static class SentenceSplitter
{
    // A longer "sentence" is cut, so that no later stage ever sees unbounded input.
    public const int MaxLength = 2000;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "U.S", "U.N", "U.K", "E.U", "Inc", "Ltd", "Co", "etc", "vs", "i.e", "e.g", "Prof", "Sen", "Rep", "Gov", "Amb",

        // "At 10:30 a.m. Baku time": a clock's zone is named after it far more often than a sentence starts there.
        "a.m", "p.m",
    };

    // Every full stop before a capital is looked up: by span, not by a string cut for the lookup.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<Sentence> Split(string text, int start)
    {
        var sentences = new List<Sentence>();
        Split(text, start, sentences);
        return sentences;
    }

    // The same, into a list the caller keeps for article after article: one list per article, grown in it, was
    // 1% of what a load allocated.
    public static void Split(string text, int start, List<Sentence> sentences)
    {
        sentences.Clear();
        var line = 1 + text.AsSpan(0, start).Count('\n');
        var sentenceStart = start;
        var sentenceLine = line;
        var inQuote = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(sentences, text, sentenceStart, i, sentenceLine);
                line++;
                sentenceStart = i + 1;
                sentenceLine = line;
                inQuote = false;
                continue;
            }

            var wasInQuote = inQuote;
            inQuote = c switch { '“' => true, '”' => false, '"' => !inQuote, _ => inQuote };
            var cut = i - sentenceStart >= MaxLength;
            if (wasInQuote && !inQuote && i > 0 && text[i - 1] is '.' or '!' or '?' && EndsSentence(text, i))
            {
                Add(sentences, text, sentenceStart, i + 1, sentenceLine);
                sentenceStart = i + 1;
                continue;
            }

            if (cut || (!inQuote && c is '.' or '!' or '?' && EndsSentence(text, i)))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '”' or '"' or '’' && !cut)
                {
                    end++;
                }

                Add(sentences, text, sentenceStart, end, sentenceLine);
                sentenceStart = end;
                i = end - 1;
            }
        }

        Add(sentences, text, sentenceStart, text.Length, sentenceLine);
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '”' or '"' or '’' or '.')
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        // A bracket may open the next sentence: the end mark "(End)" and "[Editor: …]" follow the last one.
        if (next < text.Length && !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '“' or '"' or '(' or '[' or '（' or '【' or '\r' or '\n'))
        {
            return false;
        }

        return !IsAbbreviation(text, i);
    }

    private static bool IsAbbreviation(string text, int period)
    {
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        return AbbreviationLookup.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end, int line)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, end - start, line));
        }
    }
}
