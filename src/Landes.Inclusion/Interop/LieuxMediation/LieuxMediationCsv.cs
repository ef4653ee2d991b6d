using System.Globalization;
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

namespace Landes.Inclusion.Interop.LieuxMediation;

/// <summary>
/// Reads and writes the CSV of the « lieux de médiation numérique » standard v1.0.2: UTF-8, comma, a header row with
/// the 32 columns of the schema, <c>|</c> between the values of a multi-valued column, <c>horaires</c> in OSM
/// opening_hours syntax, <c>date_maj</c> as <c>yyyy-MM-dd</c>.
/// </summary>
/// <remarks>
/// <para>Reading reports every problem with its path <c>rows[i].column</c> (<c>i</c> the zero-based data row).
/// A row is <b>rejected</b> (error) when a required field (<c>id</c>, <c>pivot</c>, <c>nom</c>, <c>commune</c>,
/// <c>code_postal</c>, <c>adresse</c>, <c>date_maj</c>) is missing or invalid, when its <c>id</c> repeats an earlier
/// row's, or when it has the wrong number of cells. A value is <b>corrected</b> (warning) when spaces were trimmed,
/// an enumeration value was written in a known variant, a typology in lower case, or a telephone number in national
/// form. An optional value that breaks the standard's rule (pattern, enumeration, length, range, OSM syntax) is
/// <b>left out</b> with that rule's code as a warning. Nothing is dropped without a problem. Identical
/// <c>horaires</c> texts are parsed once per file (schedules are immutable, so rows may share one instance).</para>
/// <para>Writing produces the schema's header order, quotes only the cells that need it, and writes every value in
/// the form the reader reads back unchanged. The class does no file I/O and is thread-safe.</para>
/// </remarks>
public static class LieuxMediationCsv
{
    /// <summary>The name of the format in messages.</summary>
    public const string FormatName = "lieux de médiation numérique v1.0.2";

    private const string TelephonePattern = @"^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$";
    private const int SummaryMaxLength = 280;

    private static readonly System.Buffers.SearchValues<char> TypologyCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private static readonly string[] TelephonePrefixes = ["+33", "+590", "+594", "+262", "+596", "+269", "+687", "+689", "+508", "+681"];

    private static readonly CsvColumn Id = new("id", true, 0);
    private static readonly CsvColumn Pivot = new("pivot", true, 1);
    private static readonly CsvColumn Nom = new("nom", true, 2);
    private static readonly CsvColumn Commune = new("commune", true, 3);
    private static readonly CsvColumn CodePostal = new("code_postal", true, 4);
    private static readonly CsvColumn CodeInsee = new("code_insee", false, 5);
    private static readonly CsvColumn Adresse = new("adresse", true, 6);
    private static readonly CsvColumn Complement = new("complement_adresse", false, 7);
    private static readonly CsvColumn Latitude = new("latitude", false, 8);
    private static readonly CsvColumn Longitude = new("longitude", false, 9);
    private static readonly CsvColumn Typologie = new("typologie", false, 10);
    private static readonly CsvColumn Telephone = new("telephone", false, 11);
    private static readonly CsvColumn Courriels = new("courriels", false, 12);
    private static readonly CsvColumn SiteWeb = new("site_web", false, 13);
    private static readonly CsvColumn Horaires = new("horaires", false, 14);
    private static readonly CsvColumn Resume = new("presentation_resume", false, 15);
    private static readonly CsvColumn Detail = new("presentation_detail", false, 16);
    private static readonly CsvColumn Source = new("source", false, 17);
    private static readonly CsvColumn Itinerance = new("itinerance", false, 18);
    private static readonly CsvColumn Parente = new("structure_parente", false, 19);
    private static readonly CsvColumn DateMaj = new("date_maj", true, 20);
    private static readonly CsvColumn Services = new("services", false, 21);
    private static readonly CsvColumn Publics = new("publics_specifiquement_adresses", false, 22);
    private static readonly CsvColumn PriseEnCharge = new("prise_en_charge_specifique", false, 23);
    private static readonly CsvColumn Frais = new("frais_a_charge", false, 24);
    private static readonly CsvColumn Dispositifs = new("dispositif_programmes_nationaux", false, 25);
    private static readonly CsvColumn Formations = new("formations_labels", false, 26);
    private static readonly CsvColumn AutresFormations = new("autres_formations_labels", false, 27);
    private static readonly CsvColumn ModalitesAcces = new("modalites_acces", false, 28);
    private static readonly CsvColumn ModalitesAccompagnement = new("modalites_accompagnement", false, 29);
    private static readonly CsvColumn FicheAccesLibre = new("fiche_acces_libre", false, 30);
    private static readonly CsvColumn PriseRdv = new("prise_rdv", false, 31);

    private static readonly CsvColumn[] Columns =
    [
        Id, Pivot, Nom, Commune, CodePostal, CodeInsee, Adresse, Complement, Latitude, Longitude, Typologie, Telephone, Courriels,
        SiteWeb, Horaires, Resume, Detail, Source, Itinerance, Parente, DateMaj, Services, Publics, PriseEnCharge, Frais, Dispositifs,
        Formations, AutresFormations, ModalitesAcces, ModalitesAccompagnement, FicheAccesLibre, PriseRdv,
    ];

    /// <summary>Gets the 32 columns of the standard, in the schema's order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = [.. Columns.Select(c => c.Name)];

    /// <summary>Reads places from CSV text.</summary>
    /// <param name="csv">The text.</param>
    /// <returns>The places of the accepted rows and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static InteropReadResult<LieuMediationNumerique> ReadFromString(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StringReader(csv);
        return Read(reader);
    }

    /// <summary>Reads places from a UTF-8 stream (a byte-order mark is allowed); the stream is left open.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The places of the accepted rows and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static InteropReadResult<LieuMediationNumerique> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using TextReader reader = CsvRecordReader.FromStream(stream);
        return Read(reader);
    }

    /// <summary>Reads places from a text reader.</summary>
    /// <param name="reader">The reader, positioned on the header line.</param>
    /// <returns>The places of the accepted rows and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static InteropReadResult<LieuMediationNumerique> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return CsvRecordReader.Read(reader, Columns, FormatName, Id, r => r.Id, ReadRow);
    }

    /// <summary>
    /// Validates CSV text against the standard: the verdict of its Table Schema (type, pattern, enumeration,
    /// required, unique, maxLength), where every violation is an error at <c>rows[i].field</c> (<c>LI-CSV-060</c>
    /// to <c>LI-CSV-065</c>), together with the reader's other problems (header, cells, OSM hours, territory).
    /// A reader problem at a path where the schema already gives an error is left out: the schema's verdict replaces
    /// the reader's leniency (a value the reader would correct or leave out is an error here).
    /// </summary>
    /// <param name="csv">The text.</param>
    /// <returns>The report; valid when the file conforms to the standard's Table Schema and the reader rejects no row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ValidationReport Validate(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return Validate(() => new StringReader(csv));
    }

    /// <summary>Validates a UTF-8 stream (a byte-order mark is allowed) as <see cref="Validate(string)"/> does; the stream is left open.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ValidationReport Validate(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            using TextReader reader = CsvRecordReader.FromStream(stream);
            return Validate(reader.ReadToEnd());
        }

        // A file or a buffer: two passes over the stream, without holding its text (twice its size in UTF-16).
        long start = stream.Position;
        return Validate(() =>
        {
            stream.Position = start;
            return CsvRecordReader.FromStream(stream);
        });
    }

    // The Table Schema's verdict, then the reader's other problems, each pass over a reader of the same text.
    private static ValidationReport Validate(Func<TextReader> open)
    {
        List<Problem> schema;
        using (TextReader reader = open())
        {
            schema = LieuxMediationTableSchema.Check(reader);
        }

        var checkedPaths = new HashSet<string>(schema.Select(p => p.Path), StringComparer.Ordinal);
        InteropReadResult<LieuMediationNumerique> read;
        using (TextReader reader = open())
        {
            read = Read(reader);
        }

        return new ValidationReport(schema.Concat(read.Report.Problems.Where(p => !checkedPaths.Contains(p.Path))));
    }

    /// <summary>Writes places as the standard's CSV (header and one row a place, <c>\n</c> line ends).</summary>
    /// <param name="places">The places.</param>
    /// <param name="writer">The destination; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IEnumerable<LieuMediationNumerique> places, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(writer);
        using SepWriter sep = CsvTable.OpenWriter(writer);
        bool any = false;
        foreach (LieuMediationNumerique place in places)
        {
            ArgumentNullException.ThrowIfNull(place, nameof(places));
            using SepWriter.Row row = sep.NewRow();
            IReadOnlyList<string> cells = ToCells(place);
            for (int i = 0; i < Columns.Length; i++)
            {
                row[Columns[i].Name].Set(cells[i]);
            }

            any = true;
        }

        if (!any)
        {
            writer.Write(string.Join(",", ColumnNames) + "\n");
        }
    }

    /// <summary>Writes places as the standard's CSV text.</summary>
    /// <param name="places">The places.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="places"/> is null.</exception>
    public static string WriteToString(IEnumerable<LieuMediationNumerique> places)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(places, writer);
        return writer.ToString();
    }

    /// <summary>Writes places as the standard's CSV, UTF-8 without byte-order mark; the stream is left open.</summary>
    /// <param name="places">The places.</param>
    /// <param name="stream">The destination.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IEnumerable<LieuMediationNumerique> places, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 65536, leaveOpen: true) { NewLine = "\n" };
        Write(places, writer);
    }

    /// <summary>Gets the 32 cells of a place in the schema's column order, as the writer writes them (before CSV quoting).</summary>
    /// <param name="place">The place.</param>
    /// <returns>The cells; empty strings for absent values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    public static IReadOnlyList<string> ToCells(LieuMediationNumerique place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return Cells(place);
    }

    private static string[] Cells(LieuMediationNumerique p) =>
    [
        p.Id, p.Pivot.Value, p.Name, p.Commune, p.PostalCode.ToString(), p.InseeCode?.ToString() ?? string.Empty, p.Address,
        p.AddressComplement ?? string.Empty, Number(p.Latitude), Number(p.Longitude), string.Join('|', p.Typologies),
        p.Telephone ?? string.Empty, string.Join('|', p.Emails), string.Join('|', p.Websites),
        p.Schedule is null ? string.Empty : OsmOpeningHours.Format(p.Schedule), p.Summary ?? string.Empty, p.Description ?? string.Empty,
        p.Source ?? string.Empty, Join(p.Mobility, LieuxMediationVocabulary.Mobilities), p.ParentStructure ?? string.Empty,
        LocalDatePattern.Iso.Format(p.UpdatedOn), Join(p.Services, LieuxMediationVocabulary.Services),
        Join(p.Publics, LieuxMediationVocabulary.Publics), Join(p.SpecificSupports, LieuxMediationVocabulary.Supports),
        Join(p.Costs, LieuxMediationVocabulary.Costs), Join(p.NationalProgrammes, LieuxMediationVocabulary.Programmes),
        Join(p.TrainingLabels, LieuxMediationVocabulary.Labels), p.OtherTrainingLabels ?? string.Empty,
        Join(p.AccessModes, LieuxMediationVocabulary.AccessModes), Join(p.SupportModes, LieuxMediationVocabulary.SupportModes),
        p.AccessibilitySheet ?? string.Empty, p.AppointmentLink ?? string.Empty,
    ];

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Join<T>(IReadOnlyList<T> values, Vocabulary<T> vocabulary)
        where T : struct, Enum => string.Join('|', values.Select(vocabulary.Label));

    private static LieuMediationNumerique? ReadRow(SepReader.Row row, int[] indexes, CsvFieldReader f)
    {
        string? id = f.DistinctText(CsvTable.Cell(row, indexes, Id), Id);
        LieuPivot? pivot = ReadPivot(f, CsvTable.Cell(row, indexes, Pivot));
        string? name = f.DistinctText(CsvTable.Cell(row, indexes, Nom), Nom);
        string? commune = f.Text(CsvTable.Cell(row, indexes, Commune), Commune);
        PostalCode? postalCode = f.Identifier<PostalCode>(CsvTable.Cell(row, indexes, CodePostal), CodePostal);
        InseeCode? inseeCode = f.Identifier<InseeCode>(CsvTable.Cell(row, indexes, CodeInsee), CodeInsee);
        string? address = f.Text(CsvTable.Cell(row, indexes, Adresse), Adresse);
        string? complement = f.Text(CsvTable.Cell(row, indexes, Complement), Complement);
        double? latitude = f.Number(CsvTable.Cell(row, indexes, Latitude), Latitude, -90, 90);
        double? longitude = f.Number(CsvTable.Cell(row, indexes, Longitude), Longitude, -180, 180);
        IReadOnlyList<string> typologies = ReadTypologies(f, CsvTable.Cell(row, indexes, Typologie));
        string? telephone = ReadTelephone(f, CsvTable.Cell(row, indexes, Telephone));
        IReadOnlyList<string> emails = ReadItems(f, CsvTable.Cell(row, indexes, Courriels), Courriels);
        IReadOnlyList<string> websites = ReadItems(f, CsvTable.Cell(row, indexes, SiteWeb), SiteWeb);
        WeeklySchedule? schedule = ReadSchedule(f, CsvTable.Cell(row, indexes, Horaires));
        string? summary = f.Text(CsvTable.Cell(row, indexes, Resume), Resume);
        if (summary is not null && summary.Length > SummaryMaxLength)
        {
            f.Report(CsvProblemDefinitions.TooLong, Resume.Name, required: false, ("column", Resume.Name),
                ("length", CsvTable.Invariant(summary.Length)), ("max", CsvTable.Invariant(SummaryMaxLength)));
            summary = null;
        }

        string? description = f.Text(CsvTable.Cell(row, indexes, Detail), Detail);
        string? source = f.Text(CsvTable.Cell(row, indexes, Source), Source);
        IReadOnlyList<Mobility> mobility = Enumeration(f, row, indexes, Itinerance, LieuxMediationVocabulary.Mobilities);
        string? parent = f.Text(CsvTable.Cell(row, indexes, Parente), Parente);
        LocalDate? updatedOn = f.Date(CsvTable.Cell(row, indexes, DateMaj), DateMaj, LocalDatePattern.Iso);
        IReadOnlyList<MediationService> services = Enumeration(f, row, indexes, Services, LieuxMediationVocabulary.Services);
        IReadOnlyList<SpecificPublic> publics = Enumeration(f, row, indexes, Publics, LieuxMediationVocabulary.Publics);
        IReadOnlyList<SpecificSupport> supports = Enumeration(f, row, indexes, PriseEnCharge, LieuxMediationVocabulary.Supports);
        IReadOnlyList<AccessCost> costs = Enumeration(f, row, indexes, Frais, LieuxMediationVocabulary.Costs);
        IReadOnlyList<NationalProgramme> programmes = Enumeration(f, row, indexes, Dispositifs, LieuxMediationVocabulary.Programmes);
        IReadOnlyList<TrainingLabel> labels = Enumeration(f, row, indexes, Formations, LieuxMediationVocabulary.Labels);
        string? otherLabels = f.Text(CsvTable.Cell(row, indexes, AutresFormations), AutresFormations);
        IReadOnlyList<AccessMode> accessModes = Enumeration(f, row, indexes, ModalitesAcces, LieuxMediationVocabulary.AccessModes);
        IReadOnlyList<SupportMode> supportModes = Enumeration(f, row, indexes, ModalitesAccompagnement, LieuxMediationVocabulary.SupportModes);
        string? sheet = f.Text(CsvTable.Cell(row, indexes, FicheAccesLibre), FicheAccesLibre);
        string? appointment = f.Text(CsvTable.Cell(row, indexes, PriseRdv), PriseRdv);

        if (inseeCode is { } code && TerritoryCodeCheck.CheckRow(code, latitude, longitude, CodeInsee.Name, Latitude.Name, f.FieldPathOf, f.Problems, f.Cap) is { } wrongCode)
        {
            f.RejectRow(wrongCode);
        }

        if (f.Rejected || id is null || pivot is null || name is null || commune is null || postalCode is null || address is null || updatedOn is null)
        {
            return null;
        }

        return new LieuMediationNumerique
        {
            Id = id,
            Pivot = pivot.Value,
            Name = name,
            Commune = commune,
            PostalCode = postalCode.Value,
            InseeCode = inseeCode,
            Address = address,
            AddressComplement = complement,
            Latitude = latitude,
            Longitude = longitude,
            Typologies = typologies,
            Telephone = telephone,
            Emails = emails,
            Websites = websites,
            Schedule = schedule,
            Summary = summary,
            Description = description,
            Source = source,
            Mobility = mobility,
            ParentStructure = parent,
            UpdatedOn = updatedOn.Value,
            Services = services,
            Publics = publics,
            SpecificSupports = supports,
            Costs = costs,
            NationalProgrammes = programmes,
            TrainingLabels = labels,
            OtherTrainingLabels = otherLabels,
            AccessModes = accessModes,
            SupportModes = supportModes,
            AccessibilitySheet = sheet,
            AppointmentLink = appointment,
        };
    }

    private static IReadOnlyList<T> Enumeration<T>(CsvFieldReader f, SepReader.Row row, int[] indexes, CsvColumn column, Vocabulary<T> vocabulary)
        where T : struct, Enum => vocabulary.Read(CsvTable.Cell(row, indexes, column), column, f);

    private static LieuPivot? ReadPivot(CsvFieldReader f, ReadOnlySpan<char> cell)
    {
        if (f.Text(cell, Pivot) is not { } text)
        {
            return null;
        }

        if (!LieuPivot.TryParse(text, out LieuPivot pivot, out Problem? problem))
        {
            f.Report(problem, Pivot.Name, required: true);
            return null;
        }

        if (pivot.Kind == LieuPivotKind.Other && text.Length == 14 && !text.AsSpan().ContainsAnyExceptInRange('0', '9')
            && !Siret.TryParse(text.AsSpan(), out _, out Problem? siretProblem))
        {
            f.Report(siretProblem, Pivot.Name, required: false); // Kept: the standard checks only the pattern.
        }

        return pivot;
    }

    // A multi-value text cell; a cell read without a problem is read once per file and its list shared.
    private static IReadOnlyList<string> ReadItems(CsvFieldReader f, ReadOnlySpan<char> cell, CsvColumn column)
    {
        if (f.TryRecall(cell, column, out IReadOnlyList<string>? known))
        {
            return known;
        }

        int reports = f.ReportCount;
        IReadOnlyList<string> items = f.Items(cell, column);
        return f.Remember(cell, column, items.Count == 0 ? [] : Array.AsReadOnly([.. items]), reports);
    }

    private static IReadOnlyList<string> ReadTypologies(CsvFieldReader f, ReadOnlySpan<char> cell)
    {
        if (f.TryRecall(cell, Typologie, out IReadOnlyList<string>? known))
        {
            return known;
        }

        int reports = f.ReportCount;
        IReadOnlyList<string> items = f.Items(cell, Typologie);
        if (items.Count == 0)
        {
            return f.Remember<IReadOnlyList<string>>(cell, Typologie, [], reports);
        }

        var typologies = new List<string>(items.Count);
        foreach (string item in items)
        {
            string upper = item.AsSpan().ContainsAnyInRange('a', 'z') ? item.ToUpperInvariant() : item;
            if (upper.Length == 0 || !char.IsAsciiLetterUpper(upper[0]) || upper.AsSpan().IndexOfAnyExcept(TypologyCharacters) >= 0)
            {
                f.Report(CsvProblemDefinitions.PatternMismatch, Typologie.Name, required: false, ("value", item), ("column", Typologie.Name), ("pattern", "^[A-Z][A-Z0-9_]*$"));
                continue;
            }

            if (!string.Equals(upper, item, StringComparison.Ordinal))
            {
                f.Warn(CsvProblemDefinitions.EnumVariantCorrected, Typologie.Name, ("value", item), ("corrected", upper));
            }

            if (!typologies.Contains(upper))
            {
                typologies.Add(upper);
            }
        }

        return f.Remember(cell, Typologie, Array.AsReadOnly([.. typologies]), reports);
    }

    private static string? ReadTelephone(CsvFieldReader f, ReadOnlySpan<char> cell)
    {
        if (f.DistinctText(cell, Telephone) is not { } text)
        {
            return null;
        }

        if (IsInternational(text))
        {
            return text;
        }

        // National form (04 50 56 87 49, 04.50.56.87.49) or spaced international form: rewrite it.
        string compact = new([.. text.Where(c => c is not (' ' or '.' or '-' or '\u00A0'))]);
        string? corrected = compact.Length == 10 && compact[0] == '0' && compact.All(char.IsAsciiDigit) ? "+33" + compact[1..]
            : IsInternational(compact) ? compact
            : null;
        if (corrected is not null && IsInternational(corrected))
        {
            f.Warn(CsvProblemDefinitions.TelephoneCorrected, Telephone.Name, ("value", text), ("corrected", corrected));
            return corrected;
        }

        f.Report(CsvProblemDefinitions.PatternMismatch, Telephone.Name, required: false, ("value", text), ("column", Telephone.Name), ("pattern", TelephonePattern));
        return null;
    }

    private static bool IsInternational(string text)
    {
        foreach (string prefix in TelephonePrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                int digits = text.Length - prefix.Length;
                return digits is >= 6 and <= 9 && text.AsSpan(prefix.Length).ContainsAnyExceptInRange('0', '9') is false;
            }
        }

        return false;
    }

    private static WeeklySchedule? ReadSchedule(CsvFieldReader f, ReadOnlySpan<char> cell)
    {
        if (!f.TryText(cell, Horaires, out ReadOnlySpan<char> span))
        {
            return null;
        }

        if (f.ScheduleCache.TryGetValue(span, out WeeklySchedule? schedule))
        {
            return schedule;
        }

        string text = span.ToString();

        if (OsmOpeningHours.TryParse(text, out schedule, out ValidationReport report))
        {
            if (f.ScheduleCache.Count < CsvFieldReader.MaxCachedSchedules)
            {
                f.ScheduleCache.TryAdd(text, schedule);
            }

            return schedule;
        }

        foreach (Problem problem in report.Problems)
        {
            f.Report(problem, Horaires.Name, required: false);
        }

        return null;
    }
}
