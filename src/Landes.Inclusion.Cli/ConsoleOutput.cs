using Spectre.Console;

namespace Landes.Inclusion.Cli;

/// <summary>Spectre.Console over any writer: plain text without colours when the writer is not a terminal.</summary>
internal static class ConsoleOutput
{
    public static IAnsiConsole Create(TextWriter writer)
    {
        bool terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            // Files and pipes have no width: wide enough for the report's tables, stable for golden outputs.
            console.Profile.Width = 140;
        }

        return console;
    }
}
