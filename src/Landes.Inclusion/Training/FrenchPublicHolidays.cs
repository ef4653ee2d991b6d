using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>
/// The French public holidays (jours fériés) of a calendar year, computed rather than listed: Code du travail,
/// article L. 3133-1 (1 January, Easter Monday, 1 May, 8 May, Ascension, Whit Monday, 14 July, 15 August,
/// 1 November, 11 November, 25 December), and optionally the two extra days of Alsace-Moselle (Bas-Rhin, Haut-Rhin,
/// Moselle), Code du travail L. 3134-13: Good Friday and 26 December.
/// </summary>
/// <remarks>
/// <para>Easter Sunday follows the Gregorian computus (the anonymous algorithm of Meeus, Jones and Butcher), valid for
/// every Gregorian year; Easter Monday is Easter + 1 day, Ascension Easter + 39, Whit Monday Easter + 50.</para>
/// <para>Whit Monday stays a public holiday even where it is the journée de solidarité (L. 3133-7): whether a
/// training centre works it is a local decision, which <see cref="TrainingSchedule"/> lets a caller express with
/// extra closed days. Good Friday in Alsace-Moselle is, strictly, a holiday only in communes with a Protestant
/// temple or a mixed church; the option treats it as a holiday everywhere in the three départements.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class FrenchPublicHolidays
{
    /// <summary>Gets Easter Sunday of a Gregorian year.</summary>
    /// <param name="year">The year (1583 or later).</param>
    /// <returns>The date of Easter Sunday.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before 1583 or after 9999.</exception>
    public static LocalDate EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    /// <summary>Gets the public holidays of a year, in date order.</summary>
    /// <param name="year">The year (1583 to 9999).</param>
    /// <param name="alsaceMoselle">Whether to add Good Friday and 26 December (Alsace-Moselle, L. 3134-13).</param>
    /// <returns>The holidays with their French names.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before 1583 or after 9999.</exception>
    public static IReadOnlyList<PublicHoliday> For(int year, bool alsaceMoselle = false)
    {
        LocalDate easter = EasterSunday(year);
        var days = new List<PublicHoliday>(13)
        {
            new(new LocalDate(year, 1, 1), "Jour de l'an"),
            new(easter.PlusDays(1), "Lundi de Pâques"),
            new(new LocalDate(year, 5, 1), "Fête du Travail"),
            new(new LocalDate(year, 5, 8), "Victoire 1945"),
            new(easter.PlusDays(39), "Ascension"),
            new(easter.PlusDays(50), "Lundi de Pentecôte"),
            new(new LocalDate(year, 7, 14), "Fête nationale"),
            new(new LocalDate(year, 8, 15), "Assomption"),
            new(new LocalDate(year, 11, 1), "Toussaint"),
            new(new LocalDate(year, 11, 11), "Armistice 1918"),
            new(new LocalDate(year, 12, 25), "Noël"),
        };
        if (alsaceMoselle)
        {
            days.Add(new PublicHoliday(easter.PlusDays(-2), "Vendredi saint (Alsace-Moselle)"));
            days.Add(new PublicHoliday(new LocalDate(year, 12, 26), "Saint-Étienne (Alsace-Moselle)"));
        }

        days.Sort(static (x, y) => x.Date.CompareTo(y.Date));
        return days;
    }

    /// <summary>Tells whether a date is a public holiday.</summary>
    /// <param name="date">The date.</param>
    /// <param name="alsaceMoselle">Whether to count the two Alsace-Moselle days.</param>
    /// <returns><see langword="true"/> for a public holiday.</returns>
    public static bool IsHoliday(LocalDate date, bool alsaceMoselle = false)
    {
        int month = date.Month;
        int day = date.Day;
        switch (month)
        {
            case 1 when day == 1:
            case 5 when day is 1 or 8:
            case 7 when day == 14:
            case 8 when day == 15:
            case 11 when day is 1 or 11:
            case 12 when day == 25:
                return true;
            case 12 when day == 26:
                return alsaceMoselle;
            case < 3 or > 6:
                return false;
            default:
                int offset = Period.Between(EasterSunday(date.Year), date, PeriodUnits.Days).Days;
                return offset is 1 or 39 or 50 || (alsaceMoselle && offset == -2);
        }
    }
}
