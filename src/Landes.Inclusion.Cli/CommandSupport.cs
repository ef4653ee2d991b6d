using System.CommandLine;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Cli;

/// <summary>What every command shares: reading and writing files (an unreadable file is exit code 2), printing problems.</summary>
internal static class CommandSupport
{
    private static readonly CliText CannotRead = new("Impossible de lire « {0} » : {1}", "Cannot read '{0}': {1}");
    private static readonly CliText CannotWrite = new("Impossible d'écrire « {0} » : {1}", "Cannot write '{0}': {1}");
    private static readonly CliText NotFound = new("le fichier n'existe pas", "the file does not exist");
    private static readonly CliText NoProblem = new("aucun problème", "no problem");
    private static readonly CliText ErrorWord = new("erreur", "error");
    private static readonly CliText WarningWord = new("avertissement", "warning");
    private static readonly CliText Summary = new("{0} erreur(s), {1} avertissement(s)", "{0} error(s), {1} warning(s)");

    /// <summary>The argument <c>FILE</c> of a command.</summary>
    public static Argument<string> FileArgument(string name, string description) => new(name) { Description = description };

    /// <summary>Reads a whole file; on failure prints a clear message (no stack trace) and returns false: exit code 2.</summary>
    public static bool TryReadFile(string path, ParseResult result, out byte[] bytes)
    {
        MessageLanguage language = CommonOptions.LanguageOf(result);
        TextWriter error = result.InvocationConfiguration.Error;
        bytes = [];
        if (!File.Exists(path))
        {
            error.WriteLine(Format(CannotRead, language, path, NotFound.In(language)));
            return false;
        }

        try
        {
            bytes = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(Format(CannotRead, language, path, exception.Message));
            return false;
        }
    }

    /// <summary>Writes a whole file; on failure prints a clear message and returns false: exit code 2.</summary>
    public static bool TryWriteFile(string path, string content, ParseResult result)
    {
        try
        {
            File.WriteAllText(path, content, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            result.InvocationConfiguration.Error.WriteLine(Format(CannotWrite, CommonOptions.LanguageOf(result), path, exception.Message));
            return false;
        }
    }

    /// <summary>Writes text to a file when a path is given, else to the command's output.</summary>
    public static bool TryWriteOutput(string? path, string content, ParseResult result)
    {
        if (path is null)
        {
            result.InvocationConfiguration.Output.Write(content);
            if (!content.EndsWith('\n'))
            {
                result.InvocationConfiguration.Output.WriteLine();
            }

            return true;
        }

        return TryWriteFile(path, content, result);
    }

    /// <summary>
    /// Prints every problem of a report, one a line: <c>severity code path : message</c>, then a count line.
    /// </summary>
    public static void WriteProblems(TextWriter writer, ValidationReport report, MessageLanguage language)
    {
        if (report.Problems.Count == 0)
        {
            writer.WriteLine("  " + NoProblem.In(language));
            return;
        }

        foreach (Problem problem in report.Problems)
        {
            string severity = problem.Severity == ProblemSeverity.Error ? ErrorWord.In(language) : WarningWord.In(language);
            string path = problem.Path.Length == 0 ? "(document)" : problem.Path;
            string separator = language == MessageLanguage.English ? ":" : " :";
            writer.WriteLine($"  {severity} {problem.Code} {path}{separator} {problem.GetMessage(language)}");
        }

        writer.WriteLine("  " + Format(Summary, language, report.Errors.Count(), report.Warnings.Count()));
    }

    /// <summary>Prints the file's name, then its problems.</summary>
    public static void WriteProblems(TextWriter writer, string file, ValidationReport report, MessageLanguage language)
    {
        writer.WriteLine(file);
        WriteProblems(writer, report, language);
    }

    /// <summary>JSON documents as one JSON text: the document itself when there is one, else an array of them.</summary>
    public static string JsonDocuments(IReadOnlyList<string> documents, bool alwaysArray = false) =>
        documents.Count == 1 && !alwaysArray ? documents[0] : "[\n" + string.Join(",\n", documents) + "\n]";

    /// <summary>0 when the report has no error, 1 otherwise.</summary>
    public static int ExitCodeOf(ValidationReport report) => report.IsValid ? CliApplication.Success : CliApplication.Invalid;

    /// <summary>A text with positional arguments, invariant culture.</summary>
    public static string Format(CliText text, MessageLanguage language, params object?[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, text.In(language), arguments);
}
