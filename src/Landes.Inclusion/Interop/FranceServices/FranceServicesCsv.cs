using System.Text;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.Csv;
using Landes.Inclusion.Schedules;
using Landes.Inclusion.Territory;
using NodaTime;
using NodaTime.Text;
using nietras.SeparatedValues;

namespace Landes.Inclusion.Interop.FranceServices;

/// <summary>
/// Reads the ANCT list of France Services sites (CSV, UTF-8, comma, header row; the columns of the list published on
/// 2024-08-01 under Licence Ouverte 2.0) into <see cref="FranceServicesSite"/> records.
/// </summary>
/// <remarks>
/// <para>Required fields: <c>id_fs</c>, <c>lib_fs</c>, <c>insee_com</c>, <c>code_postal</c>, <c>lib_com</c>; a row
/// missing one, or with an invalid one, is rejected with an error. Hours (<c>h_lundi</c> … <c>h_samedi</c>) are
/// <c>HH:mm - HH:mm</c> ranges separated by <c>/</c>; unreadable hours reject the row too, since a wrong schedule would
/// mislead a coverage analysis; the placeholder <c>00:00 - 00:00</c> is dropped and duplicate or overlapping ranges
/// are merged, each with a warning (<c>LI-CSV-020</c>). Other optional fields that cannot be read are left out with a
/// warning. Paths are <c>rows[i].column</c> with <c>i</c> the zero-based data row.</para>
/// <para>The reader does no file I/O: give it a <see cref="TextReader"/>, a <see cref="Stream"/> or the text. Stateless and thread-safe.</para>
/// </remarks>
public static class FranceServicesCsv
{
    /// <summary>The name of the format in messages.</summary>
    public const string FormatName = "France Services (ANCT)";

    private static readonly CsvColumn Id = new("id_fs", true, 0);
    private static readonly CsvColumn Departement = new("insee_dep", false, 1);
    private static readonly CsvColumn Name = new("lib_fs", true, 2);
    private static readonly CsvColumn Address = new("adresse", false, 3);
    private static readonly CsvColumn Complement = new("complement_adresse", false, 4);
    private static readonly CsvColumn Insee = new("insee_com", true, 5);
    private static readonly CsvColumn Postal = new("code_postal", true, 6);
    private static readonly CsvColumn Commune = new("lib_com", true, 7);
    private static readonly CsvColumn Latitude = new("latitude", false, 8);
    private static readonly CsvColumn Longitude = new("longitude", false, 9);
    private static readonly CsvColumn Mail = new("mail", false, 10);
    private static readonly CsvColumn Telephone = new("telephone", false, 11);
    private static readonly CsvColumn[] Hours =
    [
        new("h_lundi", false, 12), new("h_mardi", false, 13), new("h_mercredi", false, 14), new("h_jeudi", false, 15), new("h_vendredi", false, 16), new("h_samedi", false, 17),
    ];


    private static readonly CsvColumn Appointment = new("prise_rdv", false, 18);
    private static readonly CsvColumn Comment = new("commentaire", false, 19);
    private static readonly CsvColumn Type = new("type_fs", false, 20);
    private static readonly CsvColumn Format = new("format_fs", false, 21);
    private static readonly CsvColumn Group = new("groupe_fs", false, 22);
    private static readonly CsvColumn Labelling = new("labellisation_fs", false, 23);

    private static readonly CsvColumn[] Columns =
    [
        Id, Departement, Name, Address, Complement, Insee, Postal, Commune, Latitude, Longitude, Mail, Telephone,
        .. Hours, Appointment, Comment, Type, Format, Group, Labelling,
    ];

    private static readonly LocalDatePattern FrenchDate = CsvFieldReader.FrenchDate;

    private static readonly Vocabulary<FranceServicesSiteType> SiteTypes = new(
        [(FranceServicesSiteType.Main, "Principal"), (FranceServicesSiteType.Antenna, "Antenne")]);

    private static readonly Vocabulary<FranceServicesFormat> Formats = new(
        [
            (FranceServicesFormat.Fixed, "Fixe"), (FranceServicesFormat.FixedWithAntennas, "Fixe_antenne(s)"),
            (FranceServicesFormat.MultiSite, "Multisites"), (FranceServicesFormat.Bus, "Bus_équivalent"),
            (FranceServicesFormat.Itinerant, "Itinérante"),
        ]);

    /// <summary>Gets the columns of the format, in the order of the 2024-08-01 list.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = [.. Columns.Select(c => c.Name)];

    /// <summary>Reads the list from text.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <returns>The sites of the accepted rows and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static InteropReadResult<FranceServicesSite> ReadFromString(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StringReader(csv);
        return Read(reader);
    }

    /// <summary>Reads the list from a UTF-8 stream (a byte-order mark is allowed); the stream is left open.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The sites of the accepted rows and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static InteropReadResult<FranceServicesSite> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using TextReader reader = CsvRecordReader.FromStream(stream);
        return Read(reader);
    }

    /// <summary>Reads the list from a text reader.</summary>
    /// <param name="reader">The reader, positioned on the header line.</param>
    /// <returns>The sites of the accepted rows and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static InteropReadResult<FranceServicesSite> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return CsvRecordReader.Read(reader, Columns, FormatName, Id, r => r.Id, ReadRow);
    }

    /// <summary>
    /// Reads one day's hours, such as <c>09:00 - 12:00 / 13:30 - 17:00</c>, and normalises them as the reader does:
    /// the placeholder range <c>00:00 - 00:00</c> is dropped, and duplicate or overlapping ranges are merged into
    /// their union (<paramref name="corrected"/> then says so; the reader reports it as <c>LI-CSV-020</c>).
    /// </summary>
    /// <param name="text">The text; empty means closed.</param>
    /// <param name="periods">The periods when readable, in order, never overlapping.</param>
    /// <param name="corrected">Whether a placeholder was dropped or ranges merged.</param>
    /// <returns><see langword="true"/> when every range was read.</returns>
    public static bool TryParseHours(ReadOnlySpan<char> text, out IReadOnlyList<OpeningPeriod> periods, out bool corrected)
    {
        var list = new List<OpeningPeriod>(2);
        periods = list;
        corrected = false;
        if (text.Trim().IsEmpty)
        {
            return true;
        }

        foreach (Range range in text.Split('/'))
        {
            ReadOnlySpan<char> part = text[range].Trim();
            if (!TryParseRange(part, out OpeningPeriod period, out bool placeholder))
            {
                periods = [];
                return false;
            }

            if (placeholder)
            {
                corrected = true;
            }
            else
            {
                list.Add(period);
            }
        }

        list.Sort();
        for (int i = 1; i < list.Count; i++)
        {
            if (list[i - 1].Overlaps(list[i]) || list[i - 1] == list[i])
            {
                OpeningPeriod merged = OpeningPeriod.Create(list[i - 1].Start, list[i].EndMinutes > list[i - 1].EndMinutes ? list[i].End : list[i - 1].End);
                list[i - 1] = merged;
                list.RemoveAt(i);
                i--;
                corrected = true;
            }
        }

        return true;
    }

    private static bool TryParseRange(ReadOnlySpan<char> part, out OpeningPeriod period, out bool placeholder)
    {
        period = default;
        placeholder = false;
        int dash = part.IndexOf('-');
        if (dash < 0 || !PeriodText.TryParseTime(part[..dash].Trim(), out int start) || !PeriodText.TryParseTime(part[(dash + 1)..].Trim(), out int end))
        {
            return false;
        }

        if (start == 0 && end == 0)
        {
            placeholder = true; // "00:00 - 00:00": an empty slot of the list, not a whole day.
            return true;
        }

        if (end == 0)
        {
            end = 24 * 60;
        }

        if (end <= start || end > 24 * 60)
        {
            return false;
        }

        period = PeriodText.Create(start, end);
        return true;
    }

    private static FranceServicesSite? ReadRow(SepReader.Row row, int[] indexes, CsvFieldReader fields)
    {
        string? id = fields.DistinctText(CsvTable.Cell(row, indexes, Id), Id);
        DepartementCode? departement = fields.Identifier<DepartementCode>(CsvTable.Cell(row, indexes, Departement), Departement);
        string? name = fields.DistinctText(CsvTable.Cell(row, indexes, Name), Name);
        string? address = fields.Text(CsvTable.Cell(row, indexes, Address), Address);
        string? complement = fields.Text(CsvTable.Cell(row, indexes, Complement), Complement);
        InseeCode? insee = fields.Identifier<InseeCode>(CsvTable.Cell(row, indexes, Insee), Insee);
        PostalCode? postal = fields.Identifier<PostalCode>(CsvTable.Cell(row, indexes, Postal), Postal);
        string? commune = fields.Text(CsvTable.Cell(row, indexes, Commune), Commune);
        double? latitude = fields.Number(CsvTable.Cell(row, indexes, Latitude), Latitude, -90, 90);
        double? longitude = fields.Number(CsvTable.Cell(row, indexes, Longitude), Longitude, -180, 180);
        string? mail = fields.DistinctText(CsvTable.Cell(row, indexes, Mail), Mail);
        string? telephone = fields.DistinctText(CsvTable.Cell(row, indexes, Telephone), Telephone);
        WeeklySchedule? schedule = ReadWeek(row, indexes, fields);
        bool? appointment = ReadBoolean(fields, CsvTable.Cell(row, indexes, Appointment));
        string? comment = fields.Text(CsvTable.Cell(row, indexes, Comment), Comment);
        FranceServicesSiteType? type = ReadOne(SiteTypes, fields, CsvTable.Cell(row, indexes, Type), Type);
        FranceServicesFormat? format = ReadOne(Formats, fields, CsvTable.Cell(row, indexes, Format), Format);
        string? group = fields.Text(CsvTable.Cell(row, indexes, Group), Group);
        string? labelling = fields.Text(CsvTable.Cell(row, indexes, Labelling), Labelling);
        LocalDate? labelledOn = null;
        if (labelling is not null)
        {
            int digit = labelling.AsSpan().IndexOfAnyInRange('0', '9');
            labelledOn = fields.Date(digit < 0 ? labelling : labelling.AsSpan(digit), Labelling, FrenchDate);
        }

        if (insee is { } code && TerritoryCodeCheck.CheckRow(code, latitude, longitude, Insee.Name, Latitude.Name, fields.FieldPathOf, fields.Problems, fields.Cap) is { } wrongCode)
        {
            fields.RejectRow(wrongCode);
        }

        if (fields.Rejected || id is null || name is null || commune is null || insee is null || postal is null || schedule is null)
        {
            return null;
        }

        return new FranceServicesSite
        {
            Id = id,
            Departement = departement,
            Name = name,
            Address = address,
            AddressComplement = complement,
            InseeCode = insee.Value,
            PostalCode = postal.Value,
            Commune = commune,
            Latitude = latitude,
            Longitude = longitude,
            Email = mail,
            Telephone = telephone,
            Schedule = schedule,
            AppointmentRequired = appointment,
            Comment = comment,
            SiteType = type,
            Format = format,
            Group = group,
            Labelling = labelling,
            LabelledOn = labelledOn,
        };
    }

    // Each day's cell read once per file when it reads without a problem (weeks differ more than days do, and a key of
    // six cells costs more than the week it saves), its periods shared by the weeks that repeat it: a schedule is immutable, and a day read by TryParseHours is sorted and free
    // of overlaps (it merges them, with a warning), so the week needs no further check.
    private static WeeklySchedule? ReadWeek(SepReader.Row row, int[] indexes, CsvFieldReader fields)
    {
        var week = new OpeningPeriod[7][];
        week[6] = []; // The list has no Sunday column.
        bool readable = true;
        for (int d = 0; d < Hours.Length; d++)
        {
            ReadOnlySpan<char> cell = CsvTable.Cell(row, indexes, Hours[d]);
            if (fields.TryRecall(cell, Hours[d], out OpeningPeriod[]? known))
            {
                week[d] = known;
                continue;
            }

            int reports = fields.ReportCount;
            if (fields.Text(cell, Hours[d]) is not { } text)
            {
                week[d] = [];
                continue;
            }

            if (!TryParseHours(text, out IReadOnlyList<OpeningPeriod> day, out bool corrected))
            {
                fields.Report(CsvProblemDefinitions.HoursFormat, Hours[d].Name, required: true, ("value", text));
                readable = false;
                continue;
            }

            if (corrected)
            {
                fields.Warn(CsvProblemDefinitions.HoursCorrected, Hours[d].Name, ("value", text), ("corrected", string.Join(" / ", day)));
            }

            week[d] = fields.Remember<OpeningPeriod[]>(cell, Hours[d], day.Count == 0 ? [] : [.. day], reports);
        }

        return readable ? WeeklySchedule.FromCheckedDays(week, comment: null) : null;
    }

    private static bool? ReadBoolean(CsvFieldReader fields, ReadOnlySpan<char> cell)
    {
        if (!fields.TryText(cell, Appointment, out ReadOnlySpan<char> text))
        {
            return null;
        }

        if (text.Equals("Oui", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Equals("Non", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        fields.Report(CsvProblemDefinitions.InvalidBoolean, Appointment.Name, required: false, ("value", text.ToString()));
        return null;
    }

    private static T? ReadOne<T>(Vocabulary<T> vocabulary, CsvFieldReader fields, ReadOnlySpan<char> cell, CsvColumn column)
        where T : struct, Enum
    {
        IReadOnlyList<T> values = vocabulary.Read(cell, column, fields);
        return values.Count == 0 ? null : values[0];
    }
}
