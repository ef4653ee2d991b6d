using System.CommandLine;
using Landes.Inclusion.Cli.Commands;

namespace Landes.Inclusion.Cli;

/// <summary>
/// The <c>landes-inclusion</c> tool. Runs in-process with any output writers so that tests capture what a user sees.
/// Exit codes: 0 success, 1 the input is invalid, 2 usage error or unreadable file.
/// </summary>
internal static class CliApplication
{
    public const int Success = 0;
    public const int Invalid = 1;
    public const int UsageError = 2;

    public static RootCommand BuildRootCommand() => BuildRootCommand(NodaTime.SystemClock.Instance);

    public static RootCommand BuildRootCommand(NodaTime.IClock clock)
    {
        var root = new RootCommand(
            "landes-inclusion : titres professionnels, formation et couverture territoriale des réseaux de conseillers numériques.\n" +
            "Titles, training and territory coverage for networks of conseillers numériques.\n\n" +
            "Exemples / examples:\n" +
            "  landes-inclusion report\n" +
            "  landes-inclusion report --lang en\n" +
            "  landes-inclusion validate lieux.json dossier.json\n" +
            "  landes-inclusion coverage --places france-services.csv --svg couverture.svg");
        root.Options.Add(CommonOptions.Language);
        root.Subcommands.Add(ReportCommand.Create(clock));
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(CoverageCommand.Create(clock));
        root.Subcommands.Add(CommuneCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create(clock));
        root.Subcommands.Add(CatalogCommand.Create());
        root.Subcommands.Add(ProgrammesCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExportCommand.Create(clock));
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, NodaTime.SystemClock.Instance);

    public static int Run(string[] args, TextWriter output, TextWriter error, NodaTime.IClock clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            return RunChecked(args, output, error, clock);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The last guard of "never a stack trace": a defect of the tool, reported in one line with its kind so
            // that it can be filed; the fuzzing harness counts these lines as failures.
            error.WriteLine($"{InternalErrorMarker} ({exception.GetType().Name}): {exception.Message}");
            return UsageError;
        }
    }

    /// <summary>The text of the last-resort message, which the fuzzing harness looks for.</summary>
    public const string InternalErrorMarker = "Erreur interne / internal error";

    private static int RunChecked(string[] args, TextWriter output, TextWriter error, NodaTime.IClock clock)
    {
        ParseResult parse = BuildRootCommand(clock).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError parseError in parse.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Voir / see: landes-inclusion --help");
            return UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A user error (a file that cannot be read): a clear message, never a stack trace.
            error.WriteLine(exception.Message);
            return UsageError;
        }
    }
}
