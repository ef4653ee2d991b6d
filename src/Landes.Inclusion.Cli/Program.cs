using Landes.Inclusion.Cli;

return CliApplication.Run(args, Console.Out, Console.Error);
