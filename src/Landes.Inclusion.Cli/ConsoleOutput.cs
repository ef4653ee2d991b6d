using Spectre.Console;

namespace Landes.Inclusion.Cli;

/// <summary>
/// Spectre.Console over any writer. A real terminal gives its width, colours and interaction; anything else (a file, a
/// pipe, a test's capture) gets plain text that is never wrapped: its width is <see cref="UnboundedWidth"/>, so that a
/// long path or a long finding stays on one line whatever the length of the clone's folder.
/// </summary>
internal static class ConsoleOutput
{
    /// <summary>The width given to output that is not a terminal: wider than any line the tool writes.</summary>
    public const int UnboundedWidth = 1_000_000;

    public static IAnsiConsole Create(TextWriter writer) => Create(writer, IsTerminal(writer));

    /// <summary>Creates the console; <paramref name="terminal"/> says whether the writer is a real terminal.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool terminal)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = UnboundedWidth;
        }

        return console;
    }

    /// <summary>Whether the console writes to something without a width of its own (never wrap, never fill a line).</summary>
    public static bool IsUnbounded(IAnsiConsole console) => console.Profile.Width >= UnboundedWidth;

    private static bool IsTerminal(TextWriter writer) => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
}
