using System.Globalization;
using System.Text;

namespace NakaClaims.Benchmarks;

/// <summary>
/// Generates articles in the seeds' style from a fixed seed: names, numbers, dates, places and constructions
/// vary, so no two articles are the same, and the same seed always gives the same corpus.
/// </summary>
public sealed class CorpusGenerator(int seed)
{
    private static readonly string[] Months = ["September", "October", "November"];
    private static readonly string[] Places = ["Baku", "Yerevan", "Moscow", "Stepanakert", "Ganja", "Nur-Sultan"];
    private static readonly string[] Towns = ["Jabrayil", "Fuzuli", "Hadrut", "Shusha", "Tartar", "Stepanakert", "Ganja"];
    private static readonly string[] Items = ["tanks", "drones", "helicopter gunships", "armored vehicles", "artillery pieces", "soldiers", "civilians", "villages"];
    private static readonly string[] Armenian = ["the spokesperson of the Ministry of Defense of the Asian Nations, Stepanyan,", "Armenian Prime Minister Pashinyan", "the Nagorno-Karabakh authorities", "Armenian President Sarkissian"];
    private static readonly string[] Azerbaijani = ["Azerbaijani President Aliyev", "the Ministry of National Defense of Azerbaijan", "Azerbaijani Presidential Assistant Hajiyev"];
    private static readonly string[] Third = ["Russian Foreign Minister Lavrov", "Turkish Foreign Minister Cavusoglu", "UN Secretary-General Guterres", "US State Department spokesperson Morgan Ortagus"];
    private static readonly string[] Bounds = ["", "more than ", "about ", "at least ", ""];

    private readonly Random _random = new(seed);

    public string Article()
    {
        var day = _random.Next(1, 29);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"China News Service, {Pick(Places)}, {Pick(Months)} {day}th. Comprehensive news: Armenia and Azerbaijan continued fighting in the Naka region on the {Before(day)}th local time.\n\n");
        for (var i = _random.Next(6, 10); i > 0; i--)
        {
            var sentence = Sentence(day);
            text.Append("  ").Append(char.ToUpperInvariant(sentence[0])).Append(sentence.AsSpan(1)).Append("\n\n");
        }

        text.Append("The Naka region is located in southwestern Azerbaijan, and its residents are mostly Armenians.\n");
        return text.ToString();
    }

    public IEnumerable<string> Articles(long totalBytes)
    {
        for (long written = 0; written < totalBytes;)
        {
            var article = Article();
            written += Encoding.UTF8.GetByteCount(article);
            yield return article;
        }
    }

    // The constructions of the development articles, each with its names, numbers, days and places drawn anew.
    private string Sentence(int day) => _random.Next(19) switch
    {
        0 => $"According to the Armenian News Agency, {Pick(Armenian)} said that {Count()} in Azerbaijan were destroyed on the {Before(day)}th.",
        1 => $"The Azerbaijan News Agency quoted the Ministry of National Defense as saying that {Count()} of the Armenian army were destroyed in the battle, and an Azerbaijani helicopter was shot down.",
        2 => $"{Pick(Azerbaijani)} announced on the {Before(day)}th that the Azerbaijani army had taken control of {_random.Next(2, 15)} villages near {Pick(Towns)}.",
        3 => $"The Ministry of Defense of Armenia denied that {Pick(Towns)} had been captured.",
        4 => $"{Pick(Third)} called on both sides to respect the ceasefire and resume negotiations.",
        5 => $"It is reported that the shelling of {Pick(Towns)} continued on the {day}th, and {Count()} were injured.",
        6 => "Both sides accused each other of violating the ceasefire agreement.",
        7 => $"He added that \"the enemy suffered heavy losses near {Pick(Towns)}.\"",
        8 => $"From 0:00 local time on the {day}th, a curfew will be imposed in {Pick(Places)}, {Pick(Third)} noted.",
        9 => $"{Pick(Azerbaijani)} said on the {Before(day)}th that the Armenian army had violated the humanitarian ceasefire and shelled {Pick(Towns)}.",
        10 => $"The Armenian side denied the accusation, saying that the Azerbaijani army launched an offensive in the direction of {Pick(Towns)} at dawn.",
        11 => $"According to data released by the Azerbaijani Prosecutor General's Office, since September 27, {_random.Next(2, 120)} civilians have been killed and {_random.Next(2, 400)} injured.",
        12 => $"\u201CWe will not give up an inch of our land,\u201D {Pick(Azerbaijani)} said in a televised address on the {Before(day)}th.",
        13 => $"TASS reported, citing the Armenian Defense Ministry, that {Pick(Towns)} was shelled overnight.",
        14 => $"A reporter from Xinhua News Agency learned from the Azerbaijani Ministry of Defense that {Count()} were destroyed in the fighting on the {Before(day)}th.",
        15 => $"{Pick(Armenian)} said that the Azerbaijani army had launched an offensive in the direction of {Pick(Towns)}, while the Azerbaijani Ministry of Defense said that the Armenian army had shelled {Pick(Towns)}.",
        16 => $"Azerbaijani media reported that {Pick(Towns)} came under heavy fire, which Yerevan denied.",
        17 => $"In a statement released on the {Before(day)}th, the Ministry of Defense of Nagorno-Karabakh said that {Count()} were destroyed and the enemy retreated.",
        _ => "Turkey has repeatedly denied sending Syrian mercenaries to the region.",
    };

    private static int Before(int day) => Math.Max(1, day - 1);

    private string Count() => $"{Pick(Bounds)}{_random.Next(2, 120)} {Pick(Items)}";

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
