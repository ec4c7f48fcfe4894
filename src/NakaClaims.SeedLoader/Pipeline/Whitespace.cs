namespace NakaClaims.SeedLoader.Pipeline;

// Names taken from the text keep its layout: "Ministry of\tDefense", "Azerbaijan  News Agency". The model
// refuses control characters in names, and a name should read the same however the text was wrapped, so
// every run of whitespace in a name becomes one space.
internal static class Whitespace
{
    public static string Collapse(string text)
    {
        if (!NeedsCollapsing(text))
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                result.Append(c);
            }
            else if (result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString().TrimEnd();
    }

    private static bool NeedsCollapsing(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i + 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
