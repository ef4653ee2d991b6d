using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Interop;

/// <summary>
/// What a reader of an interchange file produced: the records of the rows it accepted, and every problem it found,
/// each with its path (<c>rows[12].h_lundi</c>: the thirteenth data row, zero-based, i.e. line 14 of the file).
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <remarks>
/// A row with an error is rejected (not in <see cref="Records"/>) and listed in <see cref="RejectedRows"/>; warnings
/// (values corrected, or optional values left out) never reject a row. A file-level error (a missing required column,
/// unreadable CSV) gives no record at all. Nothing is ever skipped without a problem saying so. Immutable; thread-safe.
/// </remarks>
public sealed class InteropReadResult<T>
{
    internal InteropReadResult(IReadOnlyList<T> records, int rowCount, IReadOnlyList<int> rejectedRows, ValidationReport report)
    {
        Records = records;
        RowCount = rowCount;
        RejectedRows = rejectedRows;
        Report = report;
    }

    /// <summary>Gets the records of the accepted rows, in file order.</summary>
    public IReadOnlyList<T> Records { get; }

    /// <summary>Gets the number of data rows read (accepted or rejected; the header is not counted).</summary>
    public int RowCount { get; }

    /// <summary>Gets the zero-based indexes of the rejected rows.</summary>
    public IReadOnlyList<int> RejectedRows { get; }

    /// <summary>Gets every problem found, in file order.</summary>
    public ValidationReport Report { get; }

    /// <summary>Gets a value indicating whether every row was read and no problem is an error.</summary>
    public bool IsComplete => Report.IsValid && RejectedRows.Count == 0;
}
