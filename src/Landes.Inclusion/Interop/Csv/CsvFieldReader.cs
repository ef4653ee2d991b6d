using System.Globalization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using NodaTime;
using NodaTime.Text;

namespace Landes.Inclusion.Interop.Csv;

/// <summary>
/// Reads the fields of one row at a time and records their problems. A problem on a required field is an error and
/// rejects the row; the same problem on an optional field is a warning and the value is left out.
/// </summary>
internal sealed class CsvFieldReader(List<Problem> problems)
{
    private string _rowPath = string.Empty;

    public bool Rejected { get; private set; }

    public List<Problem> Problems => problems;

    public string RowPath => _rowPath;

    public void BeginRow(int index)
    {
        _rowPath = ProblemPath.Index("rows", index);
        Rejected = false;
    }

    public void RejectRow(Problem problem)
    {
        problems.Add(problem);
        Rejected = true;
    }

    public string FieldPath(string column) => _rowPath + "." + column;

    /// <summary>Reports a problem on a field (its path relative to the field), as an error when required.</summary>
    public void Report(Problem relative, string column, bool required)
    {
        problems.Add(new Problem(relative.Code, ProblemPath.Combine(FieldPath(column), relative.Path),
            required ? ProblemSeverity.Error : ProblemSeverity.Warning, relative.Arguments));
        Rejected |= required;
    }

    public void Report(string code, string column, bool required, params (string Name, string Value)[] arguments) =>
        Report(new Problem(code, ProblemPath.Root, CsvTable.Args(arguments)), column, required);

    public void Warn(string code, string column, params (string Name, string Value)[] arguments) =>
        problems.Add(new Problem(code, FieldPath(column), ProblemSeverity.Warning, CsvTable.Args(arguments)));

    /// <summary>The trimmed text, or null when empty (an error when required); trimming is reported.</summary>
    public string? Text(ReadOnlySpan<char> raw, CsvColumn column)
    {
        ReadOnlySpan<char> trimmed = raw.Trim();
        if (trimmed.Length != raw.Length && !trimmed.IsEmpty)
        {
            Warn(ProblemCodes.Csv.Trimmed, column.Name, ("value", raw.ToString()));
        }

        if (trimmed.IsEmpty)
        {
            if (column.Required)
            {
                Report(ProblemCodes.Csv.RequiredFieldMissing, column.Name, required: true, ("column", column.Name));
            }

            return null;
        }

        return trimmed.ToString();
    }

    public T? Identifier<T>(ReadOnlySpan<char> raw, CsvColumn column)
        where T : struct, IIdentifier<T>
    {
        if (Text(raw, column) is not { } text)
        {
            return null;
        }

        if (T.TryParse(text.AsSpan(), out T value, out Problem? problem))
        {
            return value;
        }

        Report(problem, column.Name, column.Required);
        return null;
    }

    public double? Number(ReadOnlySpan<char> raw, CsvColumn column, double min, double max)
    {
        if (Text(raw, column) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double value)
            || !double.IsFinite(value))
        {
            Report(ProblemCodes.Csv.InvalidNumber, column.Name, column.Required, ("value", text));
            return null;
        }

        if (value < min || value > max)
        {
            Report(ProblemCodes.Csv.CoordinateOutOfRange, column.Name, column.Required, ("value", text), ("column", column.Name),
                ("min", min.ToString(CultureInfo.InvariantCulture)), ("max", max.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        return value;
    }

    public LocalDate? Date(ReadOnlySpan<char> raw, CsvColumn column, LocalDatePattern pattern)
    {
        if (Text(raw, column) is not { } text)
        {
            return null;
        }

        ParseResult<LocalDate> result = pattern.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Report(ProblemCodes.Csv.InvalidDate, column.Name, column.Required, ("value", text), ("pattern", pattern.PatternText));
        return null;
    }

    /// <summary>Splits a multi-value field on <c>|</c>, trimming each item (reported) and skipping empty items.</summary>
    public List<string> Items(ReadOnlySpan<char> raw, CsvColumn column)
    {
        var items = new List<string>();
        if (Text(raw, column) is not { } text)
        {
            return items;
        }

        foreach (Range range in text.AsSpan().Split('|'))
        {
            ReadOnlySpan<char> item = text.AsSpan(range);
            ReadOnlySpan<char> trimmed = item.Trim();
            if (trimmed.Length != item.Length && !trimmed.IsEmpty)
            {
                Warn(ProblemCodes.Csv.Trimmed, column.Name, ("value", item.ToString()));
            }

            if (!trimmed.IsEmpty)
            {
                items.Add(trimmed.ToString());
            }
        }

        return items;
    }
}
