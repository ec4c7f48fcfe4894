using System.Buffers;
using System.Text.RegularExpressions;

namespace NakaClaims.SeedLoader.Pipeline;

// Chinese reports put the offices and bodies of an unrecognised state in quotation marks: Naka's "President"
// Harutyunyan, the Nagorno-Karabakh "Defense Army", the so-called "Artsakh" authorities. Those marks quote
// no one, but a claimant phrase cannot hold a quotation mark (that is how the patterns keep a quotation out
// of a speaker's name), so such a sentence lost its speaker. Attribution reads the sentence with those marks
// blanked: spaces of the same length, so every offset it returns still holds in the sentence itself, and
// names are cleaned of the doubled spaces (NameText). A mark is a scare quote only when it wraps one to four
// capitalized words in the middle of a phrase, after a word and before one (or after and before another such
// mark: the "Artsakh Republic" "President"); a quotation after "said:" or a quoted phrase in lower case
// ("called it "groundless"") stays as it is.
internal static partial class ScareQuotes
{
    [GeneratedRegex(@"(?<=[\p{L}""”][’']?\s+)[""“](?<words>[A-Z][\w-]*(?:\s+(?:(?:of|the|and|for)\s+)?[A-Z][\w-]*){0,3})[""”](?=\s+[\p{L}""“])", Rx.Options)]
    private static partial Regex Marks { get; }

    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"“");

    // The sentence itself when it has no scare quotes, which is nearly always: nothing is allocated then.
    public static string Blank(string sentence)
    {
        if (!sentence.AsSpan().ContainsAny(QuotationMarks) || !Marks.IsMatch(sentence))
        {
            return sentence;
        }

        return string.Create(sentence.Length, sentence, static (span, text) =>
        {
            text.AsSpan().CopyTo(span);
            foreach (Match mark in Marks.Matches(text))
            {
                span[mark.Index] = ' ';
                span[mark.Index + mark.Length - 1] = ' ';
            }
        });
    }
}
