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
        text.Append(CultureInfo.InvariantCulture, $"China News Service, {Pick(Places)}, {Pick(Months)} {day}th. Comprehensive news: Armenia and Azerbaijan continued fighting in the Naka region on the {Math.Max(1, day - 1)}th local time.\n\n");
        for (var i = _random.Next(6, 10); i > 0; i--)
        {
            text.Append("  ").Append(Sentence(day)).Append("\n\n");
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

    private string Sentence(int day) => _random.Next(9) switch
    {
        0 => $"According to the Armenian News Agency, {Pick(Armenian)} said that {Count()} in Azerbaijan were destroyed on the {Math.Max(1, day - 1)}th.",
        1 => $"The Azerbaijan News Agency quoted the Ministry of National Defense as saying that {Count()} of the Armenian army were destroyed in the battle, and an Azerbaijani helicopter was shot down.",
        2 => $"{Pick(Azerbaijani)} announced on the {Math.Max(1, day - 1)}th that the Azerbaijani army had taken control of {_random.Next(2, 15)} villages near {Pick(Towns)}.",
        3 => $"The Ministry of Defense of Armenia denied that {Pick(Towns)} had been captured.",
        4 => $"{Pick(Third)} called on both sides to respect the ceasefire and resume negotiations.",
        5 => $"It is reported that the shelling of {Pick(Towns)} continued on the {day}th, and {Count()} were injured.",
        6 => "Both sides accused each other of violating the ceasefire agreement.",
        7 => $"He added that \"the enemy suffered heavy losses near {Pick(Towns)}.\"",
        _ => $"From 0:00 local time on the {day}th, a curfew will be imposed in {Pick(Places)}, {Pick(Third)} noted.",
    };

    private string Count() => $"{Pick(Bounds)}{_random.Next(2, 120)} {Pick(Items)}";

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
