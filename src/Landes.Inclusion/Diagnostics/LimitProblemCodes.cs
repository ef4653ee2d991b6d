namespace Landes.Inclusion.Diagnostics;

/// <summary>Codes of the readers' documented limits (area <c>LIM</c>).</summary>
/// <remarks>The codes are stable: programs may rely on them. Each code's severity and messages are in <see cref="ProblemCatalog"/>, and <c>docs/errors.md</c> lists them.</remarks>
public static class LimitProblemCodes
{
    /// <summary>The input is larger than the reader accepts.</summary>
    public const string TooLarge = "LI-LIM-001";

    /// <summary>More problems of one code than a report keeps: the rest are counted.</summary>
    public const string TooManyProblems = "LI-LIM-002";

    /// <summary>A CSV header has more columns than the reader accepts.</summary>
    public const string TooManyColumns = "LI-LIM-003";

    /// <summary>A CSV cell is longer than the reader accepts: its value is left out.</summary>
    public const string CellTooLong = "LI-LIM-004";

    /// <summary>A CSV row is longer than the CSV reader can hold: reading stops there.</summary>
    public const string RowTooLong = "LI-LIM-005";

    /// <summary>A JSON string or property name is longer than the reader accepts.</summary>
    public const string StringTooLong = "LI-LIM-006";
}
