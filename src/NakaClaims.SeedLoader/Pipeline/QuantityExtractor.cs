using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using NakaClaims.SeedLoader.Gazetteers;

namespace NakaClaims.SeedLoader.Pipeline;

// Stage 6: quantities. A number (digits or words, "a"/"an" for one), an optional bound ("more than 50" is at
// least 51), up to three words, then an item the gazetteer knows; the owner is a side named among those
// words, before the number ("Armenia's 12 …") or after the item ("… in Azerbaijan", "of the Armenian army").
internal sealed partial class QuantityExtractor(Gazetteer gazetteer)
{
    private static readonly Dictionary<string, long> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["no"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["a hundred"] = 100, ["a dozen"] = 12, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, long> Plurals = new(StringComparer.Ordinal)
    {
        ["dozens"] = 24, ["hundreds"] = 200, ["thousands"] = 2000, ["tens of thousands"] = 20000,
    };

    private const string Bounds = @"more\s+than|over|at\s+least|no\s+fewer\s+than|about|around|nearly|approximately|almost|some|up\s+to|less\s+than|fewer\s+than|at\s+most|no\s+more\s+than";

    private const string Numbers = @"(?<plural>tens\s+of\s+thousands|dozens|hundreds|thousands)\s+of|\d+(?:\.\d+)?\s+(?:thousand|million)|\d{1,3}(?:,\d{3})+|\d+|a\s+dozen|a\s+hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|an|a";

    // Not inside a word, a time or a model name ("S-300"); after "20-" it is the high end of a range ("20-30 tanks").
    [GeneratedRegex(@"(?<![\w:]|(?<!\d)-|\d[.,])(?<bound>" + Bounds + @")?\s*(?<number>" + Numbers + @")\b(?![:-])", Rx.IgnoreCaseOptions)]
    private static partial Regex Number { get; }

    // The bound of a Number match, read from the match alone: the bound the pattern takes is the first one
    // after which the rest of the match is a number.
    [GeneratedRegex(@"^(?:" + Bounds + @")(?=\s*(?:" + Numbers + @")\z)", Rx.IgnoreCaseOptions)]
    private static partial Regex BoundOfMatch { get; }

    [GeneratedRegex(@"^(?:tens\s+of\s+thousands|dozens|hundreds|thousands)\s+of\z", Rx.IgnoreCaseOptions)]
    private static partial Regex PluralNumber { get; }

    private static readonly System.Buffers.SearchValues<char> Figure = System.Buffers.SearchValues.Create("0123456789,.");
    // A total's figure, whole: not the start of "1,200.5" or of a longer run of digits.
    private const string TotalFigure = @"(?<n>\d{1,3}(?:,\d{3})+|\d+)\b(?![,.]?\d)";

    [GeneratedRegex(@"\b(?:number|death\s+toll)\s+(?:of|among|from|in)\s+(?<words>[^,.;:""“”]{1,80}?)\s+(?:has\s+|had\s+)?(?:risen|rose|increased|grown|grew|reached)\s+(?:to\s+)?" + TotalFigure + @"|\bbringing\s+(?:the|its)\s+(?<words>(?:total|overall)\s+[^,.;:""“”]{1,80}?)\s+to\s+" + TotalFigure, Rx.Options)]
    private static partial Regex Total { get; }

    // The words between a number and its item describe the item, and may be a quoted name ("3 BM-21 "Grad"
    // rocket launchers"); an auxiliary starts a verb phrase instead ("the two sides will exchange prisoners"
    // counts no prisoners).
    [GeneratedRegex(@"^\s*(?:(?!(?:will|would|shall|should|can|could|may|might|must|have|has|had|was|were|is|are|be|been|do|does|did)\s)[""“]?[\p{L}\p{N}’'-]+[""”]?\s+){0,3}?$", Rx.IgnoreCaseOptions)]
    private static partial Regex Between { get; }

    // "3 of its tanks", "our soldiers": the speaker's own side owns them.
    [GeneratedRegex(@"\b(?:its|our|their\s+own)\b", Rx.IgnoreCaseOptions)]
    private static partial Regex Possessive { get; }

    [GeneratedRegex(@"^(?:\s*$|\s*[,.;:]|\s+(?:was|were|is|are|had|has|have|in|of|from|on|at|near|over|by|during|with|and|belonging|that|which)\b)", Rx.Options)]
    private static partial Regex EndsNounPhrase { get; }

    [GeneratedRegex(@"\s+", Rx.Options)]
    private static partial Regex Spaces { get; }

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:and\s+)?$", Rx.Options)]
    private static partial Regex Joiner { get; }

    private const string ElidedBound = @"(?<bound>more\s+than|over|about|nearly|almost|at\s+least)?\s*";

    [GeneratedRegex(@"(?<![\w:.,-])" + ElidedBound + @"(?<number>\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+(?:(?:others|more)\b|(?=(?:were|was|had|have|injured|wounded|killed|dead|hurt|missing)\b))|^(?:injuring|wounding|killing|and)\s+" + ElidedBound + @"(?<number>\d{1,3}(?:,\d{3})+|\d+)\s*$", Rx.IgnoreCaseOptions)]
    private static partial Regex ElidedCount { get; }

    // The event's verb, then what it acted on: "shot down an Armenian Su-25", "destroyed 5 tanks".
    [GeneratedRegex(@"^[\p{L}-]+(?:\s+(?:down|up|out|off))?\s+$", Rx.Options)]
    private static partial Regex ActiveVerb { get; }

    [GeneratedRegex(@"^\s+(?:in|of|from|belonging\s+to|owned\s+by)\s+(?:the\s+)?(?<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+(?:side|army|forces|troops))?)", Rx.Options)]
    private static partial Regex OwnerAfter { get; }

    [ThreadStatic]
    private static List<(Quantity Quantity, int Start, int End, bool OwnerAfter)>? t_found;

    // Most clauses count nothing: they get the empty array. What a clause counts is gathered in a list of the
    // thread's, and only the result is allocated, at its size.
    // eventAt is where the clause's event word starts, or -1.
    public ImmutableArray<Quantity> Extract(string content, bool allowArticleAsOne, Side? speakerSide = null, int eventAt = -1)
    {
        List<(Quantity Quantity, int Start, int End, bool OwnerAfter)>? found = null;
        var items = gazetteer.Items(content);
        if (items.Count == 0)
        {
            // Every quantity ends in an item, so without one there is nothing to count but a toll of deaths.
            return RisenTo(content) is { } toll ? [toll.Quantity] : [];
        }

        // Most numbers (dates, years, figures of other things) have no item after them: that is checked on
        // the bare match before its groups are built.
        foreach (var candidate in Number.EnumerateMatches(content))
        {
            var item = ItemAfter(content, items, candidate.Index + candidate.Length);
            if (item.Name is null)
            {
                continue;
            }

            var (bound, value) = Parts(content.AsSpan(candidate.Index, candidate.Length));
            var end = candidate.Index + candidate.Length;
            var isArticle = value.Equals("a", StringComparison.OrdinalIgnoreCase) || value.Equals("an", StringComparison.OrdinalIgnoreCase) || value.Equals("no", StringComparison.OrdinalIgnoreCase);
            if ((isArticle && !allowArticleAsOne) || (bound is null && IsYearOrDay(content, value, end)) || (found is not null && IsPartOfTheCountBefore(content, candidate.Index)))
            {
                continue;
            }

            // "Su-25 fighter jets": a run of item words is one item, named by its last word.
            var itemStart = item.Start;
            item = ItemRightAfter(content, items, item) ?? item;

            // "a missile attack" counts attacks, not missiles: a word count must end its noun phrase.
            if (isArticle && !EndsNounPhrase.IsMatch(content.AsSpan(item.End)))
            {
                continue;
            }

            var between = content.AsSpan(end..itemStart);
            var owner = gazetteer.FirstSide(between) ?? OwnerBefore(content, candidate.Index)
                ?? (Possessive.IsMatch(between) ? speakerSide?.Name : null);
            var after = owner is null ? OwnerAfter.Match(content, item.End, content.Length - item.End) : Match.Empty;
            var afterSide = after.Success ? gazetteer.FirstSide(after.Groups["owner"].ValueSpan) : null;
            // "dozens of houses" is at least two dozen: the smallest number the plural allows.
            var quantity = PluralNumber.IsMatch(value)
                ? Build("at least", Plurals[Spaces.Replace(value[..^2].TrimEnd().ToLowerInvariant(), " ")], item.Name, NameText.Clean(content[itemStart..item.End]), owner ?? afterSide)
                : Parse(value) is { } n ? Build(bound ?? string.Empty, n, item.Name, NameText.Clean(content[itemStart..item.End]), owner ?? afterSide) : null;
            if (quantity is { } q)
            {
                (found ??= Scratch()).Add((bound is null ? RangeOrShare(content, candidate.Index, q) : q, candidate.Index, item.End, afterSide is not null));
            }
        }

        if (RisenTo(content) is { } total)
        {
            (found ??= Scratch()).Add(total);
        }

        if (found is null)
        {
            return [];
        }

        // "a Turkish F-16 had shot down an Armenian Su-25": when the event's verb acts on what is counted right after
        // it, what is counted before it did the act and is not its count.
        if (eventAt >= 0 && ActsOnACount(content, found, eventAt))
        {
            for (var i = found.Count - 1; i >= 0; i--)
            {
                if (found[i].End <= eventAt)
                {
                    found.RemoveAt(i);
                }
            }
        }

        // "two helicopter gunships and three drones in Azerbaijan": a trailing owner covers the whole list. Two
        // numbers before one item ("100 of the 200 tanks") overlap, and are not a list.
        for (var i = found.Count - 2; i >= 0; i--)
        {
            if (found[i].Quantity.Owner is null && found[i + 1].OwnerAfter && found[i].End <= found[i + 1].Start && Joiner.IsMatch(content.AsSpan(found[i].End, found[i + 1].Start - found[i].End)))
            {
                found[i] = (found[i].Quantity.WithOwner(found[i + 1].Quantity.Owner), found[i].Start, found[i].End, true);
            }
        }

        // "3 Azerbaijani helicopters and 26 drones": an owner before the first item of a list covers the items after it.
        for (var i = 1; i < found.Count; i++)
        {
            if (found[i].Quantity.Owner is null && found[i - 1].Quantity.Owner is { } owner && found[i - 1].End <= found[i].Start && Joiner.IsMatch(content.AsSpan(found[i - 1].End, found[i].Start - found[i - 1].End)))
            {
                found[i] = (found[i].Quantity.WithOwner(owner), found[i].Start, found[i].End, found[i].OwnerAfter);
            }
        }

        var quantities = new Quantity[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            quantities[i] = found[i].Quantity;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(quantities);
    }

    // "between 200 and 300 soldiers", "from 200 to 300 soldiers", "20-30 tanks": the low end of a range stands before the count.
    [GeneratedRegex(@"(?:\bbetween\s+(?<low>\d{1,3}(?:,\d{3})+|\d+)\s+and\s+|(?<![\w.,-])(?:from\s+)?(?<low>\d{1,3}(?:,\d{3})+|\d+)\s+to\s+|(?<![\w.,-])(?<low>\d{1,3}(?:,\d{3})+|\d+)\s*[-–—]\s*)\z", Rx.Options | RegexOptions.RightToLeft)]
    private static partial Regex RangeLow { get; }

    // "nearly half of the region's 150,000 residents", "30 percent of its 200 tanks": a share of the number.
    [GeneratedRegex(@"\b(?<share>half|a\s+third|one\s+third|two\s+thirds|a\s+quarter|one\s+quarter|three\s+quarters|(?<percent>\d{1,2}(?:\.\d+)?)\s*(?:%|percent|per\s+cent))\s+of\s+(?:(?:the|its|their|our)\s+)?(?:[\p{L}-]+['’]s\s+)?\z", Rx.IgnoreCaseOptions | RegexOptions.RightToLeft)]
    private static partial Regex ShareOf { get; }

    // An exact count is a range when the low end of one stands before it, and about a share of itself when a share
    // of it is named: what was counted is then that share, not the whole.
    private static Quantity RangeOrShare(string content, int numberStart, Quantity counted)
    {
        if (counted.Count is not { } n)
        {
            return counted;
        }

        var before = content.AsSpan(0, numberStart).TrimEnd();
        if ((before.EndsWith("and", StringComparison.Ordinal) || before.EndsWith("to", StringComparison.Ordinal) || before.EndsWith('-') || before.EndsWith('–') || before.EndsWith('—'))
            && RangeLow.Match(content, 0, numberStart) is { Success: true } range && Numerals.TryParse(range.Groups["low"].Value, out var low) && low < n)
        {
            return Quantity.Between(low, n, counted.Item, counted.ItemText, counted.Owner);
        }

        if (before.Contains("of", StringComparison.Ordinal) && ShareOf.Match(content, 0, numberStart) is { Success: true } share && Fraction(share) is { } f)
        {
            return Quantity.About((long)Math.Round(n * f, MidpointRounding.AwayFromZero), counted.Item, counted.ItemText, counted.Owner);
        }

        return counted;
    }

    private static decimal? Fraction(Match share) =>
        share.Groups["percent"].Success
            ? decimal.TryParse(share.Groups["percent"].ValueSpan, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var percent) ? percent / 100m : null
            : Spaces.Replace(share.Groups["share"].Value.ToLowerInvariant(), " ") switch
            {
                "half" => 0.5m,
                "a third" or "one third" => 1m / 3m,
                "two thirds" => 2m / 3m,
                "a quarter" or "one quarter" => 0.25m,
                "three quarters" => 0.75m,
                _ => null,
            };

    // "31 civilians had been killed and 154 injured", "killed 13 civilians and injured 50 others", "killing 13
    // people and injuring more than 50": a count with no item of its own, right before "others" or the verb or
    // ending the clause, counts what the claim before it counted.
    public static Quantity? Elided(string clause, Quantity before)
    {
        if (ElidedCount.Match(clause) is not { Success: true } m || Parse(m.Groups["number"].Value) is not { } n)
        {
            return null;
        }

        return Build(m.Groups["bound"].Value, n, before.Item, (before.Count ?? before.Min ?? before.Max) == 1 && n != 1 ? Plural(before.ItemText) : before.ItemText, before.Owner?.Name);
    }

    // "1 civilian was killed and 30 were injured": the second count's item is the first's, in the plural.
    private static string Plural(string itemText) =>
        itemText.EndsWith("child", StringComparison.OrdinalIgnoreCase) ? itemText + "ren"
        : itemText.EndsWith("person", StringComparison.OrdinalIgnoreCase) ? itemText[..^"person".Length] + "people"
        : itemText.EndsWith("man", StringComparison.OrdinalIgnoreCase) ? itemText[..^"an".Length] + "en"
        : itemText.EndsWith('s') ? itemText : itemText + "s";

    // "killed 13 civilians, including 2 children": a count within the count before it is not another count.
    private static bool IsPartOfTheCountBefore(string content, int numberStart)
    {
        var before = content.AsSpan(0, numberStart).TrimEnd();
        return before.EndsWith("including", StringComparison.OrdinalIgnoreCase) || before.EndsWith("among them", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("of whom", StringComparison.OrdinalIgnoreCase) || before.EndsWith("of which", StringComparison.OrdinalIgnoreCase);
    }

    private static List<(Quantity Quantity, int Start, int End, bool OwnerAfter)> Scratch()
    {
        var found = t_found ??= [];
        found.Clear();
        return found;
    }

    // "Su-25 fighter jets": the item named right after another, with only spaces between.
    private static Mention? ItemRightAfter(string content, IReadOnlyList<Mention> items, Mention item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Start > item.End && content.AsSpan(item.End, items[i].Start - item.End).IsWhiteSpace())
            {
                return items[i];
            }
        }

        return null;
    }

    private static bool ActsOnACount(string content, List<(Quantity Quantity, int Start, int End, bool OwnerAfter)> found, int eventAt)
    {
        foreach (var f in found)
        {
            if (f.Start > eventAt && ActiveVerb.IsMatch(content.AsSpan(eventAt, f.Start - eventAt)))
            {
                return true;
            }
        }

        return false;
    }

    // "The number of Azerbaijani civilians killed … had risen to 65", "the death toll among civilians rose to
    // 29": a total named after its item.
    private (Quantity Quantity, int Start, int End, bool OwnerAfter)? RisenTo(string content)
    {
        if ((!content.Contains("number ", StringComparison.Ordinal) && !content.Contains("death toll", StringComparison.Ordinal) && !content.Contains("bringing ", StringComparison.Ordinal))
            || Total.Match(content) is not { Success: true } total)
        {
            return null;
        }

        var words = total.Groups["words"].Value;
        // "the death toll from the missile attack on Ganja": a toll counts the dead, whatever else its words name.
        var toll = total.Value.StartsWith("death toll", StringComparison.Ordinal);
        var (itemName, itemText) = gazetteer.Items(words) is [var item, ..] && (!toll || People.Contains(item.Name)) ? (item.Name, NameText.Clean(words.Substring(item.Start, item.Length)))
            : Dead(words, toll);
        if (itemName is null || itemText is null || Parse(total.Groups["n"].Value) is not { } n)
        {
            return null;
        }

        var owner = gazetteer.FirstSide(words);
        return Build(string.Empty, n, itemName, itemText, owner) is { } q
            ? (q, total.Index, total.Index + total.Length, false)
            : null;
    }

    // "the total number of military deaths", "the total death toll of the army": a toll names its dead by
    // whom they were, or only as deaths, which are of people. A death toll counts the dead whatever its words.
    private static (string? Item, string? Text) Dead(string words, bool toll) =>
        !toll && !DeathWords.IsMatch(words) ? (null, null)
        : MilitaryWords.IsMatch(words) ? ("soldier", "soldiers")
        : words.Contains("civilian", StringComparison.OrdinalIgnoreCase) ? ("civilian", "civilians")
        : ("person", "people");

    private static readonly HashSet<string> People = new(["soldier", "civilian", "person", "crew member", "prisoner of war"], StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:deaths|dead|death\s+toll|fatalities)\b", Rx.IgnoreCaseOptions)]
    private static partial Regex DeathWords { get; }

    [GeneratedRegex(@"\b(?:military|army|soldiers?|servicemen|troops)\b", Rx.IgnoreCaseOptions)]
    private static partial Regex MilitaryWords { get; }

    // The first item that follows a number within three words, none of them a number: in "a total of 220
    // servicemen" the count is 220, not "a".
    private static Mention ItemAfter(string content, IReadOnlyList<Mention> items, int numberEnd)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Start >= numberEnd && Between.IsMatch(content.AsSpan(numberEnd, item.Start - numberEnd)) && !HasFigure(content.AsSpan(numberEnd, item.Start - numberEnd)))
            {
                return item;
            }
        }

        return default;
    }

    // A word of digits alone ("220", "1,200"); a model name such as "S-300" is not a figure.
    private static bool HasFigure(ReadOnlySpan<char> words)
    {
        foreach (var range in words.SplitAny(" \t\r\n"))
        {
            var word = words[range];
            if (!word.IsEmpty && char.IsAsciiDigit(word[0]) && !word.ContainsAnyExcept(Figure))
            {
                return true;
            }
        }

        return false;
    }

    private string? OwnerBefore(string content, int numberStart)
    {
        var before = content.AsSpan(0, numberStart).TrimEnd();
        if (!before.EndsWith("’s", StringComparison.Ordinal) && !before.EndsWith("'s", StringComparison.Ordinal))
        {
            return null;
        }

        return gazetteer.Sides(before[..^2]) is [.., var owner] && owner.End == before.Length - 2 ? owner.Name : null;
    }

    private static bool IsYearOrDay(string content, string number, int end) =>
        number.Length == 4 && number.All(char.IsDigit) && content.AsSpan(end).TrimStart().StartsWith(",");

    // The bound ("more than", or null) and the number of a Number match, read from the match's text: a Match
    // and its groups, built for every count, were 6% of what a load allocated.
    private static (string? Bound, string Number) Parts(ReadOnlySpan<char> match)
    {
        foreach (var bound in BoundOfMatch.EnumerateMatches(match))
        {
            return (match[..bound.Length].ToString(), match[bound.Length..].TrimStart().ToString());
        }

        return (null, match.TrimStart().ToString());
    }

    // A number word or digits; null for digits too many for a long, which count nothing anyone claimed.
    private static long? Parse(string value) =>
        Words.TryGetValue(Spaces.Replace(value, " "), out var n) ? n
        : Numerals.TryParse(value, out var digits) ? digits
        : value.Split('-') is [var tens, var units] && Words.TryGetValue(tens, out var t) && Words.TryGetValue(units, out var u) ? t + u
        : Scaled(value);

    // "100 thousand", "1.2 million", "5 THOUSAND": a figure times its scale word, when that is a whole number.
    private static long? Scaled(string value)
    {
        var space = value.IndexOfAny([' ', '\t', '\n', '\u00a0']);
        var word = space < 0 ? [] : value.AsSpan(space).TrimStart();
        var scale = word.Equals("thousand", StringComparison.OrdinalIgnoreCase) ? 1_000m
            : word.Equals("million", StringComparison.OrdinalIgnoreCase) ? 1_000_000m
            : (decimal?)null;
        return scale is { } s && decimal.TryParse(value.AsSpan(0, space), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var figure)
            && figure * s is var n && n == decimal.Truncate(n) && n <= long.MaxValue ? (long)n : null;
    }

    private static Quantity? Build(string bound, long n, string item, string itemText, string? owner)
    {
        var side = owner is null ? (Side?)null : Side.Create(owner);
        var b = Spaces.Replace(bound.ToLowerInvariant(), " ");
        return b switch
        {
            "more than" or "over" => n < long.MaxValue ? Quantity.AtLeast(n + 1, item, itemText, side) : null,
            "at least" or "no fewer than" => Quantity.AtLeast(n, item, itemText, side),
            "about" or "around" or "nearly" or "approximately" or "almost" or "some" => Quantity.About(n, item, itemText, side),
            "up to" or "at most" or "no more than" => Quantity.AtMost(n, item, itemText, side),
            "less than" or "fewer than" => n > 0 ? Quantity.AtMost(n - 1, item, itemText, side) : null,
            _ => Quantity.Exactly(n, item, itemText, side),
        };
    }
}
