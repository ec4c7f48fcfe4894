namespace NakaClaims.Analysis;

// The reason of a numeric contradiction, "2 vs 1 (helicopter shot down, owner Azerbaijan).", made once per
// pair of values of one key: the same pair recurs on many days, and formatting it each time dominated linking.
internal sealed class PositionReasons(QuantityKey key, LinkCollector links)
{
    private readonly string _description = key.ToString();
    private readonly string _basis = key.Basis;
    private readonly Dictionary<(long, long, bool, long, long, bool), int> _texts = [];

    public int For(Quantity first, Quantity second)
    {
        var pair = (first.Count ?? first.Min ?? -1, first.Max ?? -1, first.Approximate, second.Count ?? second.Min ?? -1, second.Max ?? -1, second.Approximate);
        if (!_texts.TryGetValue(pair, out var text))
        {
            text = links.Text($"{first.FormatValue()} vs {second.FormatValue()} ({_description}).", _basis);
            _texts[pair] = text;
        }

        return text;
    }
}
