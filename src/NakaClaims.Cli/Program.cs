using NakaClaims.Cli;

return CommandLine.Run(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected);
