namespace NakaClaims.SeedLoader.Pipeline;

// Names taken from the text keep its layout and its noise: "Ministry of\tDefense", "Azerbaijan  News
// Agency", an invisible control character. The model refuses control characters in names, and a name
// should read the same however the text was wrapped, so every run of whitespace in a name becomes one
// space and other control characters are dropped.
internal static class NameText
{
    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                result.Append(c);
            }
            else if (char.IsWhiteSpace(c) && result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString().TrimEnd();
    }

    // Whether the text holds at least count letters: a name, a cue or a sentence needs some, and noise the
    // patterns took for one ("According to ‹control characters›, …", a line of figures) has none or few.
    public static bool HasLetters(ReadOnlySpan<char> text, int count)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && --count == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) || (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || text[i + 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }
}
