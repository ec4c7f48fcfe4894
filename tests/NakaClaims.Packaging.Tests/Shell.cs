using System.Diagnostics;

namespace NakaClaims.Packaging.Tests;

// Runs dotnet (or a tool) as a user would, and fails with everything it printed when it fails.
internal static class Shell
{
    public static string Run(string file, string arguments, string workingDirectory, int timeoutSeconds = 600)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{file} {arguments}' did not finish in {timeoutSeconds} s.");
        }

        var text = output.Result + errors.Result;
        return process.ExitCode == 0 ? text : throw new InvalidOperationException($"'{file} {arguments}' exited with {process.ExitCode}:\n{text}");
    }
}
