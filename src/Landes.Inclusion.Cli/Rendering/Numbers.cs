using System.Globalization;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Cli.Rendering;

/// <summary>
/// The one formatter of numbers and units for every output of the tool (text, Markdown, HTML, SVG titles).
/// French: « 433 570 » (narrow no-break space), « 82,8 % », « 14,4 km », « 7 h 30 »; English: "433,570", "82.8%",
/// "14.4 km", "7.5 h". Built on the invariant culture and character replacements, never on a constructed culture, so
/// that the tool works in globalization-invariant mode.
/// </summary>
internal static class Numbers
{
    /// <summary>The French thousands separator.</summary>
    public const string NarrowNoBreakSpace = "\u202F";

    public static string Integer(long value, bool english) =>
        english ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("N0", CultureInfo.InvariantCulture).Replace(",", NarrowNoBreakSpace, StringComparison.Ordinal);

    public static string Integer(long value, MessageLanguage language) => Integer(value, language == MessageLanguage.English);

    /// <summary>A share (0.477) as a percentage with one decimal: « 47,7 % », "47.7%".</summary>
    public static string Share(double share, bool english) =>
        english ? Decimal(share * 100, 1, english) + "%" : Decimal(share * 100, 1, english) + " %";

    public static string Share(double share, MessageLanguage language) => Share(share, language == MessageLanguage.English);

    /// <summary>A distance with at most one decimal: « 14,4 km », « 10 km ».</summary>
    public static string Kilometres(double km, bool english) => Decimal(km, "0.#", english) + " km";

    public static string Kilometres(double km, MessageLanguage language) => Kilometres(km, language == MessageLanguage.English);

    /// <summary>A distance without its unit: « 14,4 », "14.4".</summary>
    public static string KilometreValue(double km, MessageLanguage language) => Decimal(km, "0.#", language == MessageLanguage.English);

    /// <summary>Hours: « 7 h 30 », « 217 h » in French; "7.5 h", "217 h" in English.</summary>
    public static string Hours(decimal hours, bool english)
    {
        if (english)
        {
            return Decimal((double)hours, "0.##", english) + " h";
        }

        long totalMinutes = (long)Math.Round(hours * 60, MidpointRounding.AwayFromZero);
        long whole = totalMinutes / 60, minutes = Math.Abs(totalMinutes % 60);
        string text = Integer(whole, english) + " h";
        return minutes == 0 ? text : text + " " + minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    public static string Hours(decimal hours, MessageLanguage language) => Hours(hours, language == MessageLanguage.English);

    /// <summary>A number with a fixed count of decimals: « 1,25 », "1.25".</summary>
    public static string Decimal(double value, int decimals, bool english) =>
        Decimal(value, "0." + new string('0', decimals), english);

    public static string Decimal(double value, int decimals, MessageLanguage language) => Decimal(value, decimals, language == MessageLanguage.English);

    private static string Decimal(double value, string format, bool english)
    {
        string invariant = value.ToString(format, CultureInfo.InvariantCulture);
        int point = invariant.IndexOf('.', StringComparison.Ordinal);
        string integral = point < 0 ? invariant : invariant[..point];
        string fraction = point < 0 ? string.Empty : invariant[point..];
        // Thousands in the integral part, as for integers.
        if (long.TryParse(integral, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long whole) && Math.Abs(whole) >= 1000)
        {
            integral = (integral.StartsWith('-') && whole == 0 ? "-" : string.Empty) + Integer(whole, english);
        }

        return english ? integral + fraction : integral + fraction.Replace('.', ',');
    }
}
