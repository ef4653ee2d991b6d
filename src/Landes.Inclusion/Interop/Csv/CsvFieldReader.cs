using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop;
using NodaTime;
using NodaTime.Text;

namespace Landes.Inclusion.Interop.Csv;

/// <summary>
/// Reads the fields of one row at a time and records their problems. A problem on a required field is an error and
/// rejects the row; the same problem on an optional field is a warning and the value is left out.
/// </summary>
internal sealed class CsvFieldReader
{
    private readonly List<Problem> problems;
    private readonly ProblemCap _cap = new();
    private int _row;
    private string? _rowPath;

    public CsvFieldReader(List<Problem> problems)
    {
        this.problems = problems;
        FieldPathOf = FieldPath;
    }

    public bool Rejected { get; private set; }

    /// <summary>Gets the number of problems reported so far (kept or counted by the cap): a read that leaves it unchanged was clean.</summary>
    public int ReportCount { get; private set; }

    /// <summary>The most distinct strings <see cref="Text"/> shares within a file, and the longest it shares.</summary>
    public const int MaxPooledStrings = 16_384;

    /// <summary>The longest text <see cref="Text"/> shares.</summary>
    public const int MaxPooledLength = 512;

    /// <summary>The most distinct cells of one column whose clean reading <see cref="Remember{T}"/> keeps.</summary>
    public const int MaxCachedCells = 4096;

    /// <summary>How many lookups of a column's values are counted before a column whose values rarely repeat stops being shared.</summary>
    public const int SharingTrial = 1024;

    // The control characters a cell may not hold: C0 but tab, line feed and carriage return; DEL and C1.
    private static readonly SearchValues<char> Inadmissible = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)]);

    private readonly PartitionedStringMap<string> _strings = new();
    private bool _rowAdmissible; // Whether the current row as a whole passed Admissible's checks.
    private ColumnMemory?[] _columns = new ColumnMemory?[32]; // By column position: what the file taught of each column.

    /// <summary>
    /// Schedules already read in this file, by their text: files repeat the same opening hours on many rows, and a
    /// <see cref="Schedules.WeeklySchedule"/> is immutable, so each distinct text is parsed once (at most
    /// <see cref="MaxCachedSchedules"/> of them).
    /// </summary>
    public PartitionedStringMap<Schedules.WeeklySchedule> ScheduleCache { get; } = new();

    public const int MaxCachedSchedules = 4096;

    /// <summary>The French date pattern of the France Services list (<c>dd/MM/uuuu</c>), read without the pattern machinery.</summary>
    public static LocalDatePattern FrenchDate { get; } = LocalDatePattern.CreateWithInvariantCulture("dd/MM/uuuu");

    public List<Problem> Problems => problems;

    /// <summary>Gets the cap the problems of this file go through (a problem it drops need not be built).</summary>
    public ProblemCap Cap => _cap;

    /// <summary>Gets the path of the current row (<c>rows[i]</c>), built the first time a problem needs it.</summary>
    public string RowPath => _rowPath ??= ProblemPath.Index("rows", _row);

    /// <summary>Gets <see cref="FieldPath"/> as a delegate made once per file.</summary>
    public Func<string, string> FieldPathOf { get; }

    /// <summary>Starts a row: <paramref name="raw"/> is its text as read, before any cell is unquoted.</summary>
    public void BeginRow(int index, ReadOnlySpan<char> raw)
    {
        _row = index;
        _rowPath = null;
        Rejected = false;

        // A cell's characters are some of its row's (unquoting only removes some): when the whole row is short enough
        // and free of control characters, so is every cell, and one scan of the row replaces one scan per cell.
        _rowAdmissible = raw.Length <= InputLimits.MaxCsvCellLength && !raw.ContainsAny(Inadmissible);
    }

    public void RejectRow(Problem problem)
    {
        Add(problem);
        Rejected = true;
    }

    /// <summary>One « … and N more » problem per code of which more than the cap were reported (for the end of the file).</summary>
    public IEnumerable<Problem> Summaries() => _cap.Summaries();

    public string FieldPath(string column) => RowPath + "." + column;

    /// <summary>Reports a problem on a field (its path relative to the field), as an error when required.</summary>
    public void Report(Problem relative, string column, bool required)
    {
        ReportCount++;
        ProblemSeverity severity = required ? ProblemSeverity.Error : ProblemSeverity.Warning;
        if (_cap.Admit(relative.Code, severity))
        {
            problems.Add(new Problem(relative.Definition, ProblemPath.Combine(FieldPath(column), relative.Path), severity, relative.Arguments));
        }

        Rejected |= required;
    }

    public void Report(ProblemDefinition code, string column, bool required, params (string Name, string Value)[] arguments)
    {
        ReportCount++;
        ProblemSeverity severity = required ? ProblemSeverity.Error : ProblemSeverity.Warning;
        if (_cap.Admit(code.Code, severity))
        {
            problems.Add(new Problem(code, FieldPath(column), severity, ProblemArguments.Of(arguments)));
        }

        Rejected |= required;
    }

    public void Warn(ProblemDefinition code, string column, params (string Name, string Value)[] arguments)
    {
        ReportCount++;
        if (_cap.Admit(code.Code, ProblemSeverity.Warning))
        {
            problems.Add(new Problem(code, FieldPath(column), ProblemSeverity.Warning, ProblemArguments.Of(arguments)));
        }
    }

    /// <summary>
    /// False, with a problem (an error when the column is required, else a warning and the value left out), when a
    /// cell is longer than <see cref="InputLimits.MaxCsvCellLength"/> or holds a control character other than tab,
    /// line feed and carriage return: such a value is never read, nor silently cleaned.
    /// </summary>
    public bool Admissible(ReadOnlySpan<char> raw, CsvColumn column)
    {
        if (_rowAdmissible)
        {
            return true;
        }

        if (raw.Length > InputLimits.MaxCsvCellLength)
        {
            Report(LimitProblemDefinitions.CellTooLong, column.Name, column.Required,
                ("length", CsvTable.Invariant(raw.Length)), ("max", CsvTable.Invariant(InputLimits.MaxCsvCellLength)));
            return false;
        }

        int control = raw.IndexOfAnyInRange('\u0000', '\u001F');
        while (control >= 0 && raw[control] is '\t' or '\n' or '\r')
        {
            int next = raw[(control + 1)..].IndexOfAnyInRange('\u0000', '\u001F');
            control = next < 0 ? -1 : control + 1 + next;
        }

        if (control < 0)
        {
            control = raw.IndexOfAnyInRange('\u007F', '\u009F');
        }

        if (control >= 0)
        {
            string text = raw.ToString();
            Report(Landes.Inclusion.Json.JsonTextCheck.ControlCharacter(CsvProblemDefinitions.ControlCharacter, text, control, ProblemPath.Root), column.Name, column.Required);
            return false;
        }

        return true;
    }

    /// <summary>
    /// The trimmed text, or null when empty (an error when required); trimming is reported. Files repeat values
    /// (communes, sources, typologies, addresses of shared sites…): equal texts of one file share one string (up to
    /// <see cref="MaxPooledStrings"/> of them, each at most <see cref="MaxPooledLength"/> long), so that the records
    /// of a large file hold each value once.
    /// </summary>
    public string? Text(ReadOnlySpan<char> raw, CsvColumn column) => TryText(raw, column, out ReadOnlySpan<char> text) ? Share(text, column) : null;

    /// <summary>The trimmed text as <see cref="Text"/> reads it, in a string of its own: for values that never repeat (identifiers, names).</summary>
    public string? DistinctText(ReadOnlySpan<char> raw, CsvColumn column) => TryText(raw, column, out ReadOnlySpan<char> text) ? text.ToString() : null;

    /// <summary>
    /// The string of a text of a column: the one already made for an equal text of this file, else a new one (then
    /// kept for the next). A column whose values rarely repeat (fewer than half of its first
    /// <see cref="SharingTrial"/>) is no longer shared: its strings are made as they come, without a lookup or an
    /// entry that would not pay for itself.
    /// </summary>
    public string Share(ReadOnlySpan<char> text, CsvColumn column)
    {
        Sharing sharing = MemoryOf(column).Texts;
        if (text.Length > MaxPooledLength || sharing.Stopped)
        {
            return text.ToString();
        }

        bool found = _strings.TryGetValue(text, out string? shared);
        sharing.Count(found);
        if (found)
        {
            return shared!;
        }

        shared = text.ToString();
        if (_strings.Count < MaxPooledStrings)
        {
            _strings.TryAdd(shared, shared);
        }

        return shared;
    }

    /// <summary>
    /// The value a cell of this column gave earlier in the file when that reading reported no problem: the same cell
    /// then gives the same value and again no problem, so it is not read again. Lists are shared read-only.
    /// </summary>
    public bool TryRecall<T>(ReadOnlySpan<char> raw, CsvColumn column, [NotNullWhen(true)] out T? value)
        where T : class
    {
        value = null;
        ColumnMemory memory = MemoryOf(column);
        Sharing sharing = memory.Cells;
        if (sharing.Stopped)
        {
            return false;
        }

        bool found = memory.Values.TryGetValue(raw, out object? known) && (value = known as T) is not null;
        sharing.Count(found);
        return found;
    }

    /// <summary>
    /// Keeps the value read from a cell for <see cref="TryRecall{T}"/> when its reading reported nothing since
    /// <paramref name="reportsBefore"/>, and while the column's cells repeat often enough to be worth keeping.
    /// </summary>
    public T Remember<T>(ReadOnlySpan<char> raw, CsvColumn column, T value, int reportsBefore)
        where T : class
    {
        ColumnMemory memory = MemoryOf(column);
        if (ReportCount != reportsBefore || raw.Length > MaxPooledLength || memory.Cells.Stopped)
        {
            return value;
        }

        if (memory.Values.Count < MaxCachedCells)
        {
            memory.Values.TryAdd(raw.ToString(), value);
        }

        return value;
    }

    private ColumnMemory MemoryOf(CsvColumn column)
    {
        if (column.Position >= _columns.Length)
        {
            Array.Resize(ref _columns, column.Position + 1);
        }

        return _columns[column.Position] ??= new ColumnMemory();
    }

    /// <summary>
    /// The trimmed text as a span of the cell, false when the cell is inadmissible or empty (an error when required);
    /// trimming is reported. What <see cref="Text"/> checks, without making a string.
    /// </summary>
    public bool TryText(ReadOnlySpan<char> raw, CsvColumn column, out ReadOnlySpan<char> text)
    {
        text = default;
        if (!Admissible(raw, column))
        {
            return false;
        }

        ReadOnlySpan<char> trimmed = raw.Trim();
        if (trimmed.Length != raw.Length && !trimmed.IsEmpty)
        {
            Warn(CsvProblemDefinitions.Trimmed, column.Name, ("value", raw.ToString()));
        }

        if (trimmed.IsEmpty)
        {
            if (column.Required)
            {
                Report(CsvProblemDefinitions.RequiredFieldMissing, column.Name, required: true, ("column", column.Name));
            }

            return false;
        }

        text = trimmed;
        return true;
    }

    public T? Identifier<T>(ReadOnlySpan<char> raw, CsvColumn column)
        where T : struct, IIdentifier<T>
    {
        if (!TryText(raw, column, out ReadOnlySpan<char> text))
        {
            return null;
        }

        if (T.TryParse(text, out T value, out Problem? problem))
        {
            return value;
        }

        Report(problem, column.Name, column.Required);
        return null;
    }

    public double? Number(ReadOnlySpan<char> raw, CsvColumn column, double min, double max)
    {
        if (!TryText(raw, column, out ReadOnlySpan<char> text))
        {
            return null;
        }

        if (!DecimalText.TryParse(text, out double value) && !double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            || !double.IsFinite(value))
        {
            Report(CsvProblemDefinitions.InvalidNumber, column.Name, column.Required, ("value", text.ToString()));
            return null;
        }

        if (value < min || value > max)
        {
            Report(CsvProblemDefinitions.CoordinateOutOfRange, column.Name, column.Required, ("value", text.ToString()), ("column", column.Name),
                ("min", min.ToString(CultureInfo.InvariantCulture)), ("max", max.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        return value;
    }

    public LocalDate? Date(ReadOnlySpan<char> raw, CsvColumn column, LocalDatePattern pattern)
    {
        if (!TryText(raw, column, out ReadOnlySpan<char> span))
        {
            return null;
        }

        if (ReferenceEquals(pattern, LocalDatePattern.Iso) && TryParseDate(span, '-', 4, 7, 0, 5, 8, out LocalDate date))
        {
            return InRange(date, span, column);
        }

        if (ReferenceEquals(pattern, FrenchDate) && TryParseDate(span, '/', 2, 5, 6, 3, 0, out date))
        {
            return InRange(date, span, column);
        }

        string text = span.ToString();
        ParseResult<LocalDate> result = pattern.Parse(text);
        if (result.Success)
        {
            return InRange(result.Value, span, column);
        }

        Report(CsvProblemDefinitions.InvalidDate, column.Name, column.Required, ("value", text), ("pattern", pattern.PatternText));
        return null;
    }

    private LocalDate? InRange(LocalDate date, ReadOnlySpan<char> text, CsvColumn column)
    {
        if (InputLimits.IsSupportedDate(date))
        {
            return date;
        }

        Report(CsvProblemDefinitions.DateOutOfRange, column.Name, column.Required, ("value", text.ToString()),
            ("min", LocalDatePattern.Iso.Format(InputLimits.EarliestDate)), ("max", LocalDatePattern.Iso.Format(InputLimits.LatestDate)));
        return null;
    }

    private void Add(Problem problem)
    {
        ReportCount++;
        if (_cap.Admit(problem))
        {
            problems.Add(problem);
        }
    }

    // yyyy-MM-dd and dd/MM/yyyy (ten characters, two separators, digits elsewhere) without NodaTime's general pattern
    // machinery; anything unusual falls back to the pattern, which gives the same value or the problem.
    private static bool TryParseDate(ReadOnlySpan<char> text, char separator, int separator1, int separator2, int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[separator1] != separator || text[separator2] != separator)
        {
            return false;
        }

        if (!TryDigits(text.Slice(year, 4), out int y) || !TryDigits(text.Slice(month, 2), out int m) || !TryDigits(text.Slice(day, 2), out int d))
        {
            return false;
        }

        if (y < 1 || m is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, m))
        {
            return false;
        }

        date = new LocalDate(y, m, d);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (char c in digits)
        {
            int digit = c - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    /// <summary>Splits a multi-value field on <c>|</c>, trimming each item (reported) and skipping empty items.</summary>
    public IReadOnlyList<string> Items(ReadOnlySpan<char> raw, CsvColumn column)
    {
        if (!TryText(raw, column, out ReadOnlySpan<char> text))
        {
            return [];
        }

        var items = new List<string>(2);
        foreach (Range range in text.Split('|'))
        {
            ReadOnlySpan<char> item = text[range];
            ReadOnlySpan<char> trimmed = item.Trim();
            if (trimmed.Length != item.Length && !trimmed.IsEmpty)
            {
                Warn(CsvProblemDefinitions.Trimmed, column.Name, ("value", item.ToString()));
            }

            if (!trimmed.IsEmpty)
            {
                items.Add(Share(trimmed, column));
            }
        }

        return items;
    }

    /// <summary>The lookups of one column's values and how many found one: whether sharing them still pays.</summary>
    private sealed class Sharing
    {
        private int _lookups;
        private int _hits;

        /// <summary>Gets a value indicating whether the column's values proved too distinct to share.</summary>
        public bool Stopped { get; private set; }

        public void Count(bool hit)
        {
            _lookups++;
            _hits += hit ? 1 : 0;
            if (_lookups == SharingTrial)
            {
                Stopped = _hits * 2 < SharingTrial;
            }
        }
    }

    /// <summary>One column's memory within a file: whether its texts and its cells repeat, and the cells read cleanly.</summary>
    private sealed class ColumnMemory
    {
        public Sharing Texts { get; } = new();

        public Sharing Cells { get; } = new();

        public PartitionedStringMap<object> Values { get; } = new();
    }
}
