using System.CommandLine;
using NakaClaims.SeedLoader;

namespace NakaClaims.Cli;

// The naka-claims commands. Exit codes: 0 success, 1 input problems (reported on stderr, the rest still
// processed), 2 usage errors.
internal static class CommandLine
{
    public const int Success = 0;
    public const int InputProblems = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter errors, bool interactive)
    {
        var root = Build(output, errors, interactive);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                errors.WriteLine($"naka-claims: {error.Message}");
            }

            errors.WriteLine("Run 'naka-claims --help' for usage.");
            return UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = errors });
    }

    private static RootCommand Build(TextWriter output, TextWriter errors, bool interactive)
    {
        // An argument takes any token, so an unknown option would otherwise be read as a file name.
        static void NoOptions(System.CommandLine.Parsing.ArgumentResult result)
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !File.Exists(t.Value)))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        }

        var format = new Option<string>("--format", "-f") { Description = "report (default), json, jsonl, dot or mermaid", DefaultValueFactory = _ => "report" };
        format.AcceptOnlyFromAmong("report", "json", "jsonl", "dot", "mermaid");
        var outFile = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output" };
        var gazetteers = new Option<string[]>("--gazetteer") { Description = "Extra gazetteer JSON files (see the package's gazetteer/gazetteer.json)", AllowMultipleArgumentsPerToken = true };
        var year = new Option<int?>("--year") { Description = "The year to assume for datelines without one when no article gives a year" };
        var inputs = new Argument<string[]>("inputs") { Description = "Article files (*.txt) or folders of them", Arity = ArgumentArity.OneOrMore };
        inputs.Validators.Add(NoOptions);

        var extract = new Command("extract", "Extract claims, disputes and corroborations from articles") { inputs, format, outFile, gazetteers, year };
        extract.SetAction(parse =>
        {
            var settings = new Settings(parse.GetValue(gazetteers) ?? [], parse.GetValue(year));
            return Commands.Extract(parse.GetValue(inputs)!, parse.GetValue(format)!, parse.GetValue(outFile), settings, output, errors, interactive);
        });

        var disputeInputs = new Argument<string[]>("inputs") { Description = "Article files or folders, or one claim-set .json file", Arity = ArgumentArity.OneOrMore };
        disputeInputs.Validators.Add(NoOptions);
        var disputes = new Command("disputes", "Show only the disputes") { disputeInputs, gazetteers, year };
        disputes.SetAction(parse => Commands.Disputes(parse.GetValue(disputeInputs)!, new Settings(parse.GetValue(gazetteers) ?? [], parse.GetValue(year)), output, errors));

        var file = new Argument<FileInfo>("claimset") { Description = "A claim-set JSON file" };
        var validate = new Command("validate", "Validate a claim-set JSON file: exit code 1 with every error and its path") { file };
        validate.SetAction(parse => Commands.Validate(parse.GetValue(file)!, output, errors));

        return new RootCommand("Track who claimed what, when, according to whom, and who contradicts whom.") { extract, disputes, validate };
    }
}

/// <summary>Loader settings shared by the commands that read articles.</summary>
internal sealed record Settings(string[] Gazetteers, int? Year)
{
    public SeedLoaderOptions Options(IProgress<int>? progress) =>
        new() { GazetteerFiles = Gazetteers, AssumedYear = Year, Progress = progress };
}
