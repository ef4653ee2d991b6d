using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Schedules;
using Landes.Inclusion.Testing.Identifiers;
using Landes.Inclusion.Testing.Schedules;
using NodaTime;

namespace Landes.Inclusion.Testing.Interop;

/// <summary>
/// A one-row CSV file of the « lieux de médiation numérique » standard whose row has exactly one known defect, with
/// the problem the reader must report.
/// </summary>
public sealed class DefectiveLieuRow
{
    /// <summary>Initializes a defective row.</summary>
    /// <param name="csv">The whole CSV text (header and one row).</param>
    /// <param name="column">The column holding the defect.</param>
    /// <param name="expectedCode">The code the reader reports at <c>rows[0].column</c>.</param>
    /// <param name="expectedSeverity">Its severity: an error rejects the row, a warning does not.</param>
    /// <param name="defect">A short description of the defect.</param>
    public DefectiveLieuRow(string csv, string column, string expectedCode, ProblemSeverity expectedSeverity, string defect)
    {
        Csv = csv;
        Column = column;
        ExpectedCode = expectedCode;
        ExpectedSeverity = expectedSeverity;
        Defect = defect;
    }

    /// <summary>Gets the CSV text.</summary>
    public string Csv { get; }

    /// <summary>Gets the column holding the defect.</summary>
    public string Column { get; }

    /// <summary>Gets the code expected at <c>rows[0].</c><see cref="Column"/>.</summary>
    public string ExpectedCode { get; }

    /// <summary>Gets the expected severity.</summary>
    public ProblemSeverity ExpectedSeverity { get; }

    /// <summary>Gets a short description of the defect.</summary>
    public string Defect { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Column}: {Defect} → {ExpectedCode} ({ExpectedSeverity})";
}

/// <summary>FsCheck generators of « lieux de médiation numérique » places: valid ones, and CSV rows with one known defect.</summary>
public static class LieuxMediationGenerators
{
    private static readonly string[] Names =
    [
        "Médiathèque de Mont-de-Marsan", "Espace numérique \"Le Lien\", Dax", "Tiers-lieu l'Atelier", "CCAS de Saint-Sever", "Maison France services | Tartas",
    ];

    private static readonly string[] Communes = ["Mont-de-Marsan", "Dax", "Saint-Sever", "Tartas", "Aire-sur-l'Adour"];

    private static readonly string[] Typologies = ["ASSO", "TIERS_LIEUX", "CCAS", "MUNI", "BIB", "EPCI"];

    /// <summary>Gets a generator of valid places, every optional field sometimes set (texts with commas, quotes and line breaks included).</summary>
    public static Gen<LieuMediationNumerique> Valid { get; } =
        from siret in IdentifierGenerators.Siret
        from postal in IdentifierGenerators.PostalCode
        from schedule in ScheduleGenerators.WeeklySchedule
        from seed in Gen.Choose(0, int.MaxValue)
        select Create(new Random(seed), siret, postal, schedule);

    /// <summary>Gets a generator of one-row CSV texts whose row has exactly one known defect, with the expected problem.</summary>
    public static Gen<DefectiveLieuRow> WithOneDefect { get; } =
        from place in Valid
        from defect in Gen.Choose(0, Defects.Length - 1)
        select Defects[defect](place);

    private static Func<LieuMediationNumerique, DefectiveLieuRow>[] Defects =>
    [
        p => Defective(p, "id", "", CsvProblemCodes.RequiredFieldMissing, ProblemSeverity.Error, "empty required id"),
        p => Defective(p, "nom", "  ", CsvProblemCodes.RequiredFieldMissing, ProblemSeverity.Error, "blank required name"),
        p => Defective(p, "pivot", "12-34-56-78", CsvProblemCodes.PatternMismatch, ProblemSeverity.Error, "pivot outside the pattern"),
        p => Defective(p, "code_postal", "4000", IdentifierProblemCodes.PostalCodeFormat, ProblemSeverity.Error, "four-digit postal code"),
        p => Defective(p, "date_maj", "02/04/2024", CsvProblemCodes.InvalidDate, ProblemSeverity.Error, "French date form"),
        p => Defective(p, "code_insee", "4O192", IdentifierProblemCodes.InseeCodeFormat, ProblemSeverity.Warning, "letter O in an INSEE code"),
        p => Defective(p, "latitude", "43,89", CsvProblemCodes.InvalidNumber, ProblemSeverity.Warning, "decimal comma"),
        p => Defective(p, "longitude", "-200.5", CsvProblemCodes.CoordinateOutOfRange, ProblemSeverity.Warning, "longitude out of range"),
        p => Defective(p, "services", "Cuisine", CsvProblemCodes.UnknownEnumValue, ProblemSeverity.Warning, "service outside the standard"),
        p => Defective(p, "services", "aide aux demarches administratives", CsvProblemCodes.EnumVariantCorrected, ProblemSeverity.Warning, "service without accents"),
        p => Defective(p, "modalites_accompagnement", "À distance (par téléphone ou en visioconférence)", CsvProblemCodes.EnumVariantCorrected, ProblemSeverity.Warning, "description form of a value"),
        p => Defective(p, "horaires", "Jan-Mar Mo 09:00-12:00", OpeningHoursProblemCodes.Unsupported, ProblemSeverity.Warning, "months in opening hours"),
        p => Defective(p, "telephone", "05 58 00 00 00", CsvProblemCodes.TelephoneCorrected, ProblemSeverity.Warning, "national telephone form"),
        p => Defective(p, "telephone", "12", CsvProblemCodes.PatternMismatch, ProblemSeverity.Warning, "too short a telephone number"),
        p => Defective(p, "commune", " " + p.Commune + " ", CsvProblemCodes.Trimmed, ProblemSeverity.Warning, "spaces around the commune"),
        p => Defective(p, "presentation_resume", new string('x', 281), CsvProblemCodes.TooLong, ProblemSeverity.Warning, "summary of 281 characters"),
        p => Defective(p, "typologie", "tiers_lieux", CsvProblemCodes.EnumVariantCorrected, ProblemSeverity.Warning, "lower-case typology"),
    ];

    private static DefectiveLieuRow Defective(LieuMediationNumerique place, string column, string value, string code, ProblemSeverity severity, string defect)
    {
        var cells = LieuxMediationCsv.ToCells(place).ToArray();
        cells[LieuxMediationCsv.ColumnNames.ToList().IndexOf(column)] = value;
        string csv = string.Join(",", LieuxMediationCsv.ColumnNames) + "\n" + string.Join(",", cells.Select(Quote)) + "\n";
        return new DefectiveLieuRow(csv, column, code, severity, defect);
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // Real communes with a centroid: a generated place sits in its commune (the reader checks the code and the coordinates).
    private static readonly Landes.Inclusion.Territory.Commune[] LandesCommunes =
        [.. Landes.Inclusion.Territory.Geography.France.GetDepartement(Landes.Inclusion.Identifiers.DepartementCode.Landes).Communes.Where(c => c.Centroid is not null)];

    private static LieuMediationNumerique Create(Random r, Landes.Inclusion.Identifiers.Siret siret, Landes.Inclusion.Identifiers.PostalCode postal, WeeklySchedule schedule)
    {
        Landes.Inclusion.Territory.Commune commune = LandesCommunes[r.Next(LandesCommunes.Length)];
        Landes.Inclusion.Territory.GeoPoint centroid = commune.Centroid!.Value;
        bool Maybe() => r.Next(2) == 0;
        string? Text(string value) => Maybe() ? value : null;
        List<T> Some<T>(IReadOnlyList<T> values) => [.. values.Where(_ => r.Next(3) == 0).OrderBy(_ => r.Next())];

        LieuPivot pivot = r.Next(4) switch
        {
            0 => LieuPivot.Parse("W" + r.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture)),
            1 => LieuPivot.Parse("RID" + r.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture)),
            _ => LieuPivot.FromSiret(siret),
        };
        return new LieuMediationNumerique
        {
            Id = "lieu-" + r.Next(1, 1_000_000).ToString(CultureInfo.InvariantCulture),
            Pivot = pivot,
            Name = Names[r.Next(Names.Length)],
            Commune = Communes[r.Next(Communes.Length)],
            PostalCode = postal,
            InseeCode = Maybe() ? commune.Code : null,
            Address = r.Next(1, 200).ToString(CultureInfo.InvariantCulture) + " rue de la Gare",
            AddressComplement = Text("Bâtiment B, 2e étage"),
            Latitude = Maybe() ? Math.Round(centroid.Latitude + ((r.NextDouble() - 0.5) / 100), 6) : null,
            Longitude = Maybe() ? Math.Round(centroid.Longitude + ((r.NextDouble() - 0.5) / 100), 7) : null,
            Typologies = Some(Typologies),
            Telephone = Maybe() ? "+335" + r.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture) : null,
            Emails = Maybe() ? ["contact@exemple.fr", "accueil@exemple.fr"] : [],
            Websites = Maybe() ? ["https://www.exemple.fr/"] : [],
            Schedule = Maybe() ? schedule : null,
            Summary = Text("Accompagnement au numérique, gratuit."),
            Description = Text("Ateliers collectifs le mardi ;\npermanences « sur rendez-vous » le jeudi."),
            Source = Text("Département des Landes"),
            Mobility = Some(Enum.GetValues<Mobility>()),
            ParentStructure = Text("Réseau des médiathèques"),
            UpdatedOn = new LocalDate(2022, 1, 1).PlusDays(r.Next(0, 1500)),
            Services = Some(Enum.GetValues<MediationService>()),
            Publics = Some(Enum.GetValues<SpecificPublic>()),
            SpecificSupports = Some(Enum.GetValues<SpecificSupport>()),
            Costs = Some(Enum.GetValues<AccessCost>()),
            NationalProgrammes = Some(Enum.GetValues<NationalProgramme>()),
            TrainingLabels = Some(Enum.GetValues<TrainingLabel>()),
            OtherTrainingLabels = Text("Label et la bête"),
            AccessModes = Some(Enum.GetValues<AccessMode>()),
            SupportModes = Some(Enum.GetValues<SupportMode>()),
            AccessibilitySheet = Text("https://acceslibre.beta.gouv.fr/app/40-dax/a/mediatheque/erp/mediatheque-1/"),
            AppointmentLink = Text("https://www.rdv-solidarites.fr/"),
        };
    }
}
