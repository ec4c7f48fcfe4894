using System.CommandLine;
using NakaClaims.SeedLoader;
using NakaClaims.Serialization;

namespace NakaClaims.Cli;

// The naka-claims commands. Exit codes: 0 success, 1 input problems (reported on stderr, the rest still
// processed), 2 usage errors.
internal static class CommandLine
{
    public static RootCommand Build(TextWriter output, TextWriter errors)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Article files or folders of *.txt articles", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "report (default), json, jsonl, dot or mermaid", DefaultValueFactory = _ => "report" };
        format.AcceptOnlyFromAmong("report", "json", "jsonl", "dot", "mermaid");
        var outFile = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var gazetteers = new Option<string[]>("--gazetteer") { Description = "Extra gazetteer JSON files", AllowMultipleArgumentsPerToken = true };
        var year = new Option<int?>("--year") { Description = "The year to assume for datelines without one when no article gives a year" };

        var extract = new Command("extract", "Extract claims, disputes and corroborations from articles") { inputs, format, outFile, gazetteers, year };
        extract.SetAction(parse => Extract(parse.GetValue(inputs)!, parse.GetValue(format)!, parse.GetValue(outFile), parse.GetValue(gazetteers) ?? [], parse.GetValue(year), output, errors, disputesOnly: false));

        var disputeInputs = new Argument<string[]>("inputs") { Description = "Article files or folders", Arity = ArgumentArity.OneOrMore };
        var disputes = new Command("disputes", "Show only the disputes") { disputeInputs };
        disputes.SetAction(parse => Extract(parse.GetValue(disputeInputs)!, "report", null, [], null, output, errors, disputesOnly: true));

        var file = new Argument<FileInfo>("claimset") { Description = "A claim-set JSON file" };
        var validate = new Command("validate", "Validate a claim-set JSON file") { file };
        validate.SetAction(parse => Validate(parse.GetValue(file)!, output, errors));

        return new RootCommand("Track who claimed what, when, according to whom, and who contradicts whom.") { extract, disputes, validate };
    }

    private static int Extract(string[] inputs, string format, FileInfo? outFile, string[] gazetteers, int? year, TextWriter output, TextWriter errors, bool disputesOnly)
    {
        SeedLoader.SeedLoader loader;
        try
        {
            loader = new SeedLoader.SeedLoader(new SeedLoaderOptions { GazetteerFiles = gazetteers, AssumedYear = year });
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException)
        {
            errors.WriteLine($"naka-claims: {e.Message}");
            return 2;
        }

        var missing = inputs.Where(i => !File.Exists(i) && !Directory.Exists(i)).ToList();
        foreach (var m in missing)
        {
            errors.WriteLine($"{m}: error: no such file or folder.");
        }

        var files = inputs.Except(missing).SelectMany(i => Directory.Exists(i) ? Directory.EnumerateFiles(i, "*.txt", SearchOption.AllDirectories) : [i]);
        var result = loader.LoadFiles(files);
        var text = format switch
        {
            "json" => ClaimSetJson.ToJson(result.ClaimSet),
            "jsonl" => JsonLines.Write(result.ClaimSet),
            "dot" => ClaimGraph.Dot(result.ClaimSet),
            "mermaid" => ClaimGraph.Mermaid(result.ClaimSet),
            _ => disputesOnly ? Report.Disputes(result.ClaimSet) : Report.Write(result.ClaimSet),
        };
        if (outFile is null)
        {
            output.Write(text);
        }
        else
        {
            File.WriteAllText(outFile.FullName, text);
        }

        foreach (var d in result.Diagnostics)
        {
            errors.WriteLine(d);
        }

        return missing.Count > 0 || !result.Success ? 1 : 0;
    }

    private static int Validate(FileInfo file, TextWriter output, TextWriter errors)
    {
        if (!file.Exists)
        {
            errors.WriteLine($"{file}: error: no such file.");
            return 1;
        }

        using var stream = file.OpenRead();
        try
        {
            var set = ClaimSetJson.Read(stream);
            output.WriteLine($"{file}: valid ({set}).");
            return 0;
        }
        catch (ClaimSetFormatException e)
        {
            errors.WriteLine($"{file}{(e.LineNumber is { } l ? $"({l})" : string.Empty)}: error: {e.Message}");
            return 1;
        }
    }
}
