using System.Globalization;

namespace NakaClaims;

// Every message the library shows, in one place, so that their wording stays consistent: each says what
// was wrong, with the value, and what is allowed.
internal static class Messages
{
    public const string NegativeSpanStart = "A span's start must be zero or more.";
    public const string NegativeSpanLength = "A span's length must be zero or more.";
    public const string SpanOverflow = "A span's start plus its length must not exceed Int32.MaxValue.";
    public const string TimeHasSeconds = "A minute-precision time must have zero seconds and sub-seconds; round it to the minute first.";
    public const string UndefinedInferredParts = "The inferred parts contain undefined flags; combine only the named InferredParts values.";
    public const string YearRange = "The year must be from 1 to 9999.";
    public const string MonthRange = "The month must be from 1 to 12.";
    public const string DefaultOwner = "The owner is default(Side); pass null for no owner or a side made with Side.Create.";
    public const string DefaultSide = "The side is default(Side); pass null for no side or a side made with Side.Create.";
    public const string QuantityWithoutValue = "A quantity needs a count, a lower bound or an upper bound; all three are null.";
    public const string ApproximateWithoutCount = "An approximate quantity needs a count ('about 20'); bounds alone cannot be approximate.";
    public const string ActorWithoutName = "An actor needs a name or an organization; both are null.";
    public const string NullReporter = "The reporting chain contains null; every reporter needs a name.";
    public const string DefaultEventType = "The event type is default(EventType); create one with EventType.Create(\"shot-down\").";
    public const string DefaultClaimId = "A claim id is default(ClaimId); create ids with ClaimId.Create or ClaimId.ForSpan.";
    public const string DefaultQuantity = "A quantity is default(Quantity); create quantities with Quantity.Exactly, AtLeast, About or Create.";

    public static string SpanOutsideText(TextSpan span, int length) =>
        Format($"The span {span} does not fit in a text of {length} characters.");

    public static string ClaimIdLength(int length) =>
        Format($"A claim id must have 1 to {ClaimId.MaxLength} characters; this one has {length}.");

    public static string ClaimIdCharacter(string value, char c) =>
        Format($"The claim id '{value}' contains '{c}' (U+{(int)c:X4}); only letters, digits and _ - . : @ # / are allowed.");

    public static string DocumentId(string id, int max) =>
        Format($"The document id '{id}' is invalid: it must have 1 to {max} characters from letters, digits and _ - . : (Document.ToId makes a valid id from any text).");

    public static string? CheckName(string text, int max, string what = "name")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Format($"The {what} must not be empty or white space.");
        }

        if (text.Length > max)
        {
            return Format($"The {what} has {text.Length} characters; at most {max} are allowed.");
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return Format($"The {what} '{text}' has leading or trailing white space; trim it.");
        }

        return HasControl(text) ? Format($"The {what} '{text}' contains a control character; remove it.") : null;
    }

    public static string EventTypeKey(string key) =>
        Format($"The event type key '{key}' is invalid: use 1 to {EventType.MaxLength} lower-case letters and digits in words joined by single hyphens, starting with a letter, such as 'shot-down'.");

    public static string DayRange(int year, int month, int days) =>
        Format($"The day must be from 1 to {days} in {year:0000}-{month:00}.");

    public static string TimeText(string text, string problem) =>
        Format($"'{text}' is not a valid time reference: {problem}.");

    public static string NegativeQuantity(long? count, long? min, long? max) =>
        Format($"Quantities must be zero or more; got count {Show(count)}, min {Show(min)}, max {Show(max)}.");

    public static string InconsistentBounds(long? count, long? min, long? max) =>
        Format($"The bounds are inconsistent: need min <= count <= max, got count {Show(count)}, min {Show(min)}, max {Show(max)}.");

    public static string UndefinedEnum(string type) => Format($"The value is not a defined {type}.");

    public static string ChainTooLong(int length, int max) =>
        Format($"The reporting chain has {length} reporters; at most {max} are allowed.");

    public static string DefaultTime(string what) =>
        Format($"The {what} time is default(TimeReference); pass null for unknown or create one with TimeReference.OfDay and friends.");

    public static string ClaimText(int length, int max) =>
        Format($"A claim's text must not be blank and have at most {max} characters; it has {length}.");

    public static string BadDenialTarget(ClaimId id, ClaimId target) =>
        Format($"The claim '{id}' cannot deny '{target}': a denial's target must be another claim's valid id.");

    public static string SelfLink(ClaimId id) =>
        Format($"A link must join two different claims; both ends are '{id}'.");

    // Vectorized, because every name, cue and place of every claim passes through here.
    private static bool HasControl(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') >= 0 || text.AsSpan().IndexOfAnyInRange('\u007f', '\u009f') >= 0;

    private static string Show(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
