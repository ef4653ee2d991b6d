using System.Globalization;

namespace Landes.Inclusion.Cli.Rendering;

/// <summary>
/// Numbers as each language writes them: « 433 570 », « 82,8 % », « 14,4 km » in French; "433,570", "82.8%" in English.
/// Built from the invariant culture so that the tool works in globalization-invariant mode.
/// </summary>
internal static class Numbers
{
    private const string NarrowNoBreakSpace = "\u202F";

    public static string Integer(long value, bool english) =>
        english ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("N0", CultureInfo.InvariantCulture).Replace(",", NarrowNoBreakSpace, StringComparison.Ordinal);

    public static string Share(double share, bool english) =>
        english ? share.ToString("0.0%", CultureInfo.InvariantCulture) : Decimal(share * 100, "0.0", english) + " %";

    public static string Kilometres(double km, bool english) => Decimal(km, "0.#", english) + " km";

    public static string Hours(decimal hours, bool english) => Decimal((double)hours, "0.##", english) + " h";

    private static string Decimal(double value, string format, bool english) =>
        english ? value.ToString(format, CultureInfo.InvariantCulture) : value.ToString(format, CultureInfo.InvariantCulture).Replace('.', ',');
}
