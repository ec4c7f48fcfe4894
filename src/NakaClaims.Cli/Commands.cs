using NakaClaims.SeedLoader;
using NakaClaims.Serialization;

namespace NakaClaims.Cli;

// What each command does, apart from parsing its arguments.
internal static class Commands
{
    // Fewer files load in a blink; more deserve a sign of life on stderr.
    private const int ProgressThreshold = 300;

    public static int Extract(string[] inputs, string format, FileInfo? outFile, Settings settings, TextWriter output, TextWriter errors, bool interactive)
    {
        if (Load(inputs, settings, errors) is not { } loaded)
        {
            return CommandLine.UsageError;
        }

        if (loaded.Missing == inputs.Length)
        {
            return CommandLine.InputProblems;
        }

        var set = loaded.Result.ClaimSet;
        var text = format switch
        {
            "json" => ClaimSetJson.ToJson(set),
            "jsonl" => JsonLines.Write(set),
            "dot" => ClaimGraph.Dot(set),
            "mermaid" => ClaimGraph.Mermaid(set),
            _ => null,
        };
        if (text is null && outFile is null && interactive)
        {
            RichReport.Write(set);
        }
        else
        {
            Write(text ?? Report.Write(set), outFile, output);
        }

        return Finish(loaded, errors);
    }

    public static int Disputes(string[] inputs, Settings settings, TextWriter output, TextWriter errors)
    {
        if (inputs is [var single] && single.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ReadClaimSet(new FileInfo(single), errors) is { } set ? Done(output, Report.Disputes(set)) : CommandLine.InputProblems;
        }

        if (Load(inputs, settings, errors) is not { } loaded)
        {
            return CommandLine.UsageError;
        }

        output.Write(Report.Disputes(loaded.Result.ClaimSet));
        return Finish(loaded, errors);
    }

    public static int Validate(FileInfo file, TextWriter output, TextWriter errors)
    {
        if (ReadClaimSet(file, errors) is not { } set)
        {
            return CommandLine.InputProblems;
        }

        output.WriteLine($"{file}: valid ({set}).");
        return CommandLine.Success;
    }

    private static (LoadResult Result, int Missing)? Load(string[] inputs, Settings settings, TextWriter errors)
    {
        var missing = inputs.Where(i => !File.Exists(i) && !Directory.Exists(i)).ToList();
        foreach (var m in missing)
        {
            errors.WriteLine($"{m}: error: no such file or folder.");
        }

        var files = inputs.Except(missing)
            .SelectMany(i => Directory.Exists(i) ? Directory.EnumerateFiles(i, "*.txt", SearchOption.AllDirectories) : [i])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        using var progress = files.Count > ProgressThreshold ? new ProgressLine(errors, files.Count) : null;
        try
        {
            return (new SeedLoader.SeedLoader(settings.Options(progress)).LoadFiles(files), missing.Count);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException)
        {
            errors.WriteLine($"naka-claims: {e.Message}");
            return null;
        }
    }

    private static ClaimSet? ReadClaimSet(FileInfo file, TextWriter errors)
    {
        if (!file.Exists)
        {
            errors.WriteLine($"{file}: error: no such file.");
            return null;
        }

        try
        {
            using var stream = file.OpenRead();
            return ClaimSetJson.Read(stream);
        }
        catch (ClaimSetFormatException e)
        {
            errors.WriteLine($"{file}{(e.LineNumber is { } l ? $"({l})" : string.Empty)}: error: {e.Message}");
            return null;
        }
    }

    private static int Finish((LoadResult Result, int Missing) loaded, TextWriter errors)
    {
        foreach (var d in loaded.Result.Diagnostics)
        {
            errors.WriteLine(d);
        }

        return loaded.Missing > 0 || !loaded.Result.Success ? CommandLine.InputProblems : CommandLine.Success;
    }

    private static void Write(string text, FileInfo? outFile, TextWriter output)
    {
        if (outFile is null)
        {
            output.Write(text);
        }
        else
        {
            File.WriteAllText(outFile.FullName, text);
        }
    }

    private static int Done(TextWriter output, string text)
    {
        output.Write(text);
        return CommandLine.Success;
    }
}
