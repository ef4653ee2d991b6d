using System.Globalization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Interop;
using nietras.SeparatedValues;

namespace Landes.Inclusion.Interop.Csv;

/// <summary>A column of a CSV format: its name and whether a row must fill it.</summary>
internal readonly record struct CsvColumn(string Name, bool Required, int Position);

/// <summary>
/// Opens CSV text with Sep (comma, RFC 4180 quoting, header row) and maps a format's columns to the header's,
/// reporting missing and unknown columns.
/// </summary>
internal static class CsvTable
{
    public static SepReader OpenReader(TextReader reader) =>
        Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(reader);

    public static SepWriter OpenWriter(TextWriter writer) =>
        Sep.New(',').Writer(o => o with { Escape = true, WriteHeader = true }).To(writer, leaveOpen: true);

    /// <summary>
    /// Finds each column of the format in the header; -1 when absent. Returns false when a required one is absent.
    /// A name repeated in the header is an error (the first is read); an empty or unknown name is reported.
    /// </summary>
    public static bool MapColumns(IReadOnlyList<string> names, IReadOnlyList<CsvColumn> columns, string format, List<Problem> problems, out int[] indexes)
    {
        indexes = new int[columns.Count];
        bool complete = true;
        for (int i = 0; i < columns.Count; i++)
        {
            indexes[i] = IndexOf(names, columns[i].Name);
            if (indexes[i] < 0)
            {
                ProblemSeverity severity = columns[i].Required ? ProblemSeverity.Error : ProblemSeverity.Warning;
                problems.Add(new Problem(CsvProblemDefinitions.MissingColumn, "header", severity, ProblemArguments.Of(("column", columns[i].Name), ("format", format))));
                complete &= !columns[i].Required;
            }
        }

        var firstOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            string name = names[i].Trim();
            if (!firstOf.TryAdd(name, i))
            {
                problems.Add(new Problem(CsvProblemDefinitions.DuplicateColumn, "header", ProblemArguments.Of(
                    ("column", name), ("first", Invariant(firstOf[name] + 1)), ("second", Invariant(i + 1)))));
            }
            else if (!columns.Any(c => string.Equals(c.Name, name, StringComparison.Ordinal)))
            {
                problems.Add(new Problem(CsvProblemDefinitions.UnknownColumn, "header", ProblemArguments.Of(("column", names[i]), ("format", format))));
            }
        }

        return complete;
    }

    public static Problem TooManyColumns(int actual) =>
        new(LimitProblemDefinitions.TooManyColumns, "header", ProblemArguments.Of(("actual", Invariant(actual)), ("max", Invariant(InputLimits.MaxCsvColumns))));

    /// <summary>The cell of a column in a row; empty when the header lacks the column.</summary>
    public static ReadOnlySpan<char> Cell(SepReader.Row row, int[] indexes, CsvColumn column) =>
        indexes[column.Position] is int index and >= 0 ? row[index].Span : [];

    public static Problem Malformed(Exception exception) =>
        new(CsvProblemDefinitions.Malformed, ProblemPath.Root, ProblemArguments.Of(("detail", exception.Message)));

    public static Problem CellCount(string rowPath, int actual, int expected) =>
        new(CsvProblemDefinitions.CellCount, rowPath, ProblemArguments.Of(("actual", Invariant(actual)), ("expected", Invariant(expected))));

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);


    private static int IndexOf(IReadOnlyList<string> names, string column)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i].Trim(), column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
