using NakaClaims.Cli;

return CommandLine.Build(Console.Out, Console.Error).Parse(args).Invoke();
