using NodaTime;

namespace Landes.Inclusion.Diagnostics;

/// <summary>
/// The documented limits of the readers: beyond them an input is answered with a problem of area <c>LIM</c> (or of
/// the reader's own area), never an exception, and the cost of reporting stays proportional to the input.
/// </summary>
/// <remarks>See <c>docs/reliability.md</c> for the measurements behind them.</remarks>
public static class InputLimits
{
    /// <summary>The deepest nesting of a JSON document (64 levels); a deeper one is refused with <c>LI-JSON-012</c>.</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>The largest JSON document read, in bytes (64 MiB); a larger one is refused with <c>LI-LIM-001</c>.</summary>
    public const int MaxJsonDocumentBytes = 64 * 1024 * 1024;

    /// <summary>The longest JSON string or property name, in bytes (1 MiB); a longer one refuses the document with <c>LI-LIM-006</c>.</summary>
    public const int MaxJsonStringBytes = 1024 * 1024;

    /// <summary>The most columns a CSV header may have (1,024); a wider header is refused with <c>LI-LIM-003</c>.</summary>
    public const int MaxCsvColumns = 1024;

    /// <summary>The longest CSV cell read, in characters (65,536); a longer one is left out with <c>LI-LIM-004</c>.</summary>
    public const int MaxCsvCellLength = 65_536;

    /// <summary>The most problems of one code kept in a report (1,000); the others are counted in one <c>LI-LIM-002</c>.</summary>
    public const int MaxProblemsPerCode = 1000;

    /// <summary>The longest quoted value in a message (100 characters); a longer one is cut and ends with an ellipsis.</summary>
    public const int MaxQuotedLength = 100;

    /// <summary>Gets the earliest date the readers accept (1900-01-01).</summary>
    public static LocalDate EarliestDate { get; } = new(1900, 1, 1);

    /// <summary>Gets the latest date the readers accept (2199-12-31).</summary>
    public static LocalDate LatestDate { get; } = new(2199, 12, 31);

    /// <summary>Tells whether a date lies between <see cref="EarliestDate"/> and <see cref="LatestDate"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the readers accept it.</returns>
    public static bool IsSupportedDate(LocalDate date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>Cuts a quoted value to <see cref="MaxQuotedLength"/> characters plus an ellipsis (never inside a surrogate pair).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value, or its beginning followed by « … ».</returns>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= MaxQuotedLength)
        {
            return value;
        }

        int cut = MaxQuotedLength;
        if (char.IsHighSurrogate(value[cut - 1]))
        {
            cut--;
        }

        return string.Concat(value.AsSpan(0, cut), "…");
    }
}
