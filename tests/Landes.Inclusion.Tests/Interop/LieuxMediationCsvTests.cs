using System.Text;
using System.Text.Json;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Schedules;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Testing.Interop;
using Landes.Inclusion.Tests.Infrastructure;
using NodaTime;

namespace Landes.Inclusion.Tests.Interop;

public sealed class LieuxMediationCsvTests
{
    private static string StandardExample => File.ReadAllText(SharedData.PathOf("schemas/lieux-mediation-numerique/exemple-valide.csv"));

    // The standard's example places its Reims lieu at 43.52609, 5.41423 (near Aix-en-Provence, 645 km away): the reader
    // rightly warns (LI-TER-007). The other tests use it with the coordinates of Reims's centre.
    private static string Example => StandardExample.Replace("\"43.52609\",\"5.41423\"", "\"49.25346\",\"4.04826\"", StringComparison.Ordinal);

    [Fact]
    public void Read_StandardValidExample_ImportsWithZeroErrors()
    {
        InteropReadResult<LieuMediationNumerique> result = LieuxMediationCsv.ReadFromString(StandardExample);

        Assert.True(result.IsComplete, string.Join(Environment.NewLine, result.Report.Problems));
        Problem far = Assert.Single(result.Report.Problems);
        Assert.Equal((TerritoryProblemCodes.FarFromCentroid, "rows[0].latitude", ProblemSeverity.Warning), (far.Code, far.Path, far.Severity));
        Assert.Contains("51454 Reims", far.Message, StringComparison.Ordinal);
        LieuMediationNumerique place = Assert.Single(result.Records);
        Assert.Equal("structure-1", place.Id);
        Assert.Equal(LieuPivotKind.Siret, place.Pivot.Kind);
        Assert.Equal("43493312300029", place.Pivot.Siret?.ToString());
        Assert.Equal("Anonymal", place.Name);
        Assert.Equal("51454", place.InseeCode?.ToString());
        Assert.Equal(43.52609, place.Latitude);
        Assert.Equal(["TIERS_LIEUX", "ASSO"], place.Typologies);
        Assert.Equal("+33180059880", place.Telephone);
        Assert.Equal(2, place.Emails.Count);
        Assert.Equal("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", OsmOpeningHours.Format(place.Schedule!));
        Assert.Equal([Mobility.Itinerant], place.Mobility);
        Assert.Equal(new LocalDate(2024, 4, 2), place.UpdatedOn);
        Assert.Equal([MediationService.EverydayDigitalTools, MediationService.ProfessionalInsertion, MediationService.LeisureAndCreation], place.Services);
        Assert.Equal([SpecificPublic.Youth, SpecificPublic.Women], place.Publics);
        Assert.Equal([SpecificSupport.Deafness, SpecificSupport.Illiteracy, SpecificSupport.ForeignLanguagesEnglish], place.SpecificSupports);
        Assert.Equal([AccessCost.FreeUnderConditions, AccessCost.Paid], place.Costs);
        Assert.Equal([NationalProgramme.AidantsConnect, NationalProgramme.ConseillersNumeriques, NationalProgramme.CroixRouge], place.NationalProgrammes);
        Assert.Equal([TrainingLabel.MonEspaceSante, TrainingLabel.ArniaMedNumBfc], place.TrainingLabels);
        Assert.Equal("Label et la bête", place.OtherTrainingLabels);
        Assert.Equal([AccessMode.WalkIn, AccessMode.Telephone], place.AccessModes);
        Assert.Equal([SupportMode.Workshop, SupportMode.Remote, SupportMode.Autonomous, SupportMode.Individual], place.SupportModes);
        Assert.Equal("https://www.rdv-solidarites.fr/", place.AppointmentLink);
    }

    [Fact]
    public void Write_StandardExample_ReadsBackEveryField()
    {
        LieuMediationNumerique place = Assert.Single(LieuxMediationCsv.ReadFromString(Example).Records);

        string written = LieuxMediationCsv.WriteToString([place]);
        InteropReadResult<LieuMediationNumerique> back = LieuxMediationCsv.ReadFromString(written);

        Assert.Empty(back.Report.Problems);
        Assert.Equal(place, Assert.Single(back.Records));
    }

    // Equal texts of a column share one string while the column's values repeat; a column whose values proved
    // distinct (fewer than half repeated over its first 1,024) stops being shared. Either way the values are the same.
    [Fact]
    public void Read_RepeatedTexts_AreSharedOnlyInColumnsWhereTheyRepeat()
    {
        LieuMediationNumerique place = Assert.Single(LieuxMediationCsv.ReadFromString(Example).Records);
        LieuMediationNumerique[] places =
        [
            .. Enumerable.Range(0, 1200).Select(i => Copy(place, $"lieu-{i}", address: $"{i % 3} rue de la Gare", complement: i < 1100 ? $"bâtiment {i}" : "bâtiment A")),
        ];

        InteropReadResult<LieuMediationNumerique> read = LieuxMediationCsv.ReadFromString(LieuxMediationCsv.WriteToString(places));

        Assert.Equal(1200, read.Records.Count);
        Assert.Equal(places.Select(p => (p.Address, p.AddressComplement)), read.Records.Select(p => (p.Address, p.AddressComplement)));
        Assert.Same(read.Records[0].Address, read.Records[1197].Address);
        Assert.Equal(read.Records[1100].AddressComplement, read.Records[1199].AddressComplement);
        Assert.NotSame(read.Records[1100].AddressComplement, read.Records[1199].AddressComplement);
    }

    private static LieuMediationNumerique Copy(LieuMediationNumerique p, string id, string address, string complement) => new()
    {
        Id = id, Pivot = p.Pivot, Name = p.Name, Commune = p.Commune, PostalCode = p.PostalCode, InseeCode = p.InseeCode, Address = address,
        AddressComplement = complement, Latitude = p.Latitude, Longitude = p.Longitude, UpdatedOn = p.UpdatedOn,
    };

    [Fact]
    public void ColumnNames_AreTheSchemaFieldsInOrder()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("schemas/lieux-mediation-numerique/schema.json")));
        string[] fields = [.. schema.RootElement.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!)];

        Assert.Equal(32, fields.Length);
        Assert.Equal(fields, LieuxMediationCsv.ColumnNames);
        Assert.StartsWith(string.Join(",", fields) + "\n", LieuxMediationCsv.WriteToString([]), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EnumerationLabels_MatchTheSchemaPatterns()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("schemas/lieux-mediation-numerique/schema.json")));
        var patterns = schema.RootElement.GetProperty("fields").EnumerateArray()
            .Where(f => f.TryGetProperty("constraints", out JsonElement c) && c.TryGetProperty("pattern", out _))
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => new System.Text.RegularExpressions.Regex(f.GetProperty("constraints").GetProperty("pattern").GetString()!));

        void Check<T>(string column, Func<T, string> label)
            where T : struct, Enum
        {
            foreach (T value in Enum.GetValues<T>())
            {
                Assert.Matches(patterns[column], label(value));
            }

            Assert.Matches(patterns[column], string.Join('|', Enum.GetValues<T>().Select(label)));
        }

        Check<MediationService>("services", LieuxMediationVocabulary.Label);
        Check<SpecificPublic>("publics_specifiquement_adresses", LieuxMediationVocabulary.Label);
        Check<SpecificSupport>("prise_en_charge_specifique", LieuxMediationVocabulary.Label);
        Check<AccessCost>("frais_a_charge", LieuxMediationVocabulary.Label);
        Check<NationalProgramme>("dispositif_programmes_nationaux", LieuxMediationVocabulary.Label);
        Check<TrainingLabel>("formations_labels", LieuxMediationVocabulary.Label);
        Check<AccessMode>("modalites_acces", LieuxMediationVocabulary.Label);
        Check<SupportMode>("modalites_accompagnement", LieuxMediationVocabulary.Label);
        Check<Mobility>("itinerance", LieuxMediationVocabulary.Label);
    }

    [Fact]
    public void Property_WriteThenRead_GivesBackEveryField() =>
        Properties.ForAll(LieuxMediationGenerators.Valid, place =>
        {
            InteropReadResult<LieuMediationNumerique> back = LieuxMediationCsv.ReadFromString(LieuxMediationCsv.WriteToString([place]));
            Assert.Empty(back.Report.Problems);
            Assert.Equal(place, Assert.Single(back.Records));
        });

    [Fact]
    public void Property_ManyPlaces_WriteThenReadThroughAStream()
    {
        LieuMediationNumerique[] places = [.. FsCheck.Fluent.Gen.Sample(LieuxMediationGenerators.Valid, 200, 20)
            .Select((p, i) => new LieuMediationNumerique
            {
                Id = "lieu-" + i, Pivot = p.Pivot, Name = p.Name, Commune = p.Commune, PostalCode = p.PostalCode, Address = p.Address,
                UpdatedOn = p.UpdatedOn, Schedule = p.Schedule, Description = p.Description, Services = p.Services,
            })];
        using var stream = new MemoryStream();
        LieuxMediationCsv.Write(places, stream);
        stream.Position = 0;

        InteropReadResult<LieuMediationNumerique> back = LieuxMediationCsv.Read(stream);

        Assert.True(back.IsComplete);
        Assert.Equal(places, back.Records);
    }

    [Fact]
    public void Property_OneDefect_IsReportedWithItsCodeAtItsField() =>
        Properties.ForAll(LieuxMediationGenerators.WithOneDefect, defective =>
        {
            InteropReadResult<LieuMediationNumerique> result = LieuxMediationCsv.ReadFromString(defective.Csv);

            Problem problem = Assert.Single(result.Report.Problems);
            Assert.Equal(defective.ExpectedCode, problem.Code);
            Assert.Equal("rows[0]." + defective.Column, problem.Path);
            Assert.Equal(defective.ExpectedSeverity, problem.Severity);
            Assert.Equal(defective.ExpectedSeverity == ProblemSeverity.Error, result.Records.Count == 0);
            Assert.Equal(defective.ExpectedSeverity == ProblemSeverity.Error ? [0] : [], result.RejectedRows);
        });

    [Fact]
    public void Read_Corrections_AreWarningsAndTheValuesAreFixed()
    {
        string csv = Example
            .Replace("\"+33180059880\"", "\"01 80 05 98 80\"", StringComparison.Ordinal)
            .Replace("\"Itinérant\"", "\"itinerant | Fixe\"", StringComparison.Ordinal)
            .Replace("Comprehension", "Compréhension", StringComparison.Ordinal);

        InteropReadResult<LieuMediationNumerique> result = LieuxMediationCsv.ReadFromString(csv);

        LieuMediationNumerique place = Assert.Single(result.Records);
        Assert.Equal("+33180059880", place.Telephone);
        Assert.Equal([Mobility.Itinerant, Mobility.Fixed], place.Mobility);
        Assert.All(result.Report.Problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.Equal(
            [
                (CsvProblemCodes.TelephoneCorrected, "rows[0].telephone"),
                (CsvProblemCodes.Trimmed, "rows[0].itinerance"),
                (CsvProblemCodes.EnumVariantCorrected, "rows[0].itinerance"),
                (CsvProblemCodes.Trimmed, "rows[0].itinerance"),
            ],
            result.Report.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Read_SeveralBadRows_ReportsEveryProblemOfEveryRow()
    {
        string header = string.Join(",", LieuxMediationCsv.ColumnNames);
        string Row(string id, string pivot, string postal, string date) =>
            $"{id},{pivot},Nom,Dax,{postal},,1 rue,,,,,,,,,,,,,,{date},,,,,,,,,,,";
        string csv = string.Join("\n", header, Row("a", "123", "40100", "2024-01-01"), Row("", "W123456789", "401", "hier"), Row("b", "W123456789", "40100", "2024-01-01"), Row("b", "W123456789", "40100", "2024-01-01"), "b,c") + "\n";

        InteropReadResult<LieuMediationNumerique> result = LieuxMediationCsv.ReadFromString(csv);

        Assert.Equal("b", Assert.Single(result.Records).Id);
        Assert.Equal(5, result.RowCount);
        Assert.Equal([0, 1, 3, 4], result.RejectedRows);
        Assert.Equal(
            [
                (CsvProblemCodes.PatternMismatch, "rows[0].pivot"),
                (CsvProblemCodes.RequiredFieldMissing, "rows[1].id"),
                (IdentifierProblemCodes.PostalCodeFormat, "rows[1].code_postal"),
                (CsvProblemCodes.InvalidDate, "rows[1].date_maj"),
                (CsvProblemCodes.DuplicateId, "rows[3].id"),
                (CsvProblemCodes.CellCount, "rows[4]"),
            ],
            result.Report.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Read_DuplicateIdAfterARejectedRow_IsNotADuplicate()
    {
        string header = string.Join(",", LieuxMediationCsv.ColumnNames);
        string csv = header + "\na,123,Nom,Dax,40100,,1 rue,,,,,,,,,,,,,,2024-01-01,,,,,,,,,,,\na,W123456789,Nom,Dax,40100,,1 rue,,,,,,,,,,,,,,2024-01-01,,,,,,,,,,,\n";

        InteropReadResult<LieuMediationNumerique> result = LieuxMediationCsv.ReadFromString(csv);

        Assert.Equal(LieuPivotKind.Rna, Assert.Single(result.Records).Pivot.Kind);
    }

    [Fact]
    public void Read_MissingOptionalColumn_WarnsAndReads()
    {
        string csv = Example.Replace(",\"prise_rdv\"", string.Empty, StringComparison.Ordinal).Replace(",\"https://www.rdv-solidarites.fr/\"", string.Empty, StringComparison.Ordinal);

        InteropReadResult<LieuMediationNumerique> result = LieuxMediationCsv.ReadFromString(csv);

        Assert.Null(Assert.Single(result.Records).AppointmentLink);
        Problem problem = Assert.Single(result.Report.Problems);
        Assert.Equal((CsvProblemCodes.MissingColumn, ProblemSeverity.Warning, "header"), (problem.Code, problem.Severity, problem.Path));
    }

    [Fact]
    public void Read_UnclosedQuote_ReportsOnlyWhatItRead()
    {
        string csv = string.Join(",", LieuxMediationCsv.ColumnNames) + "\n\"a,b\n";

        InteropReadResult<LieuMediationNumerique> result = LieuxMediationCsv.ReadFromString(csv);

        Assert.Empty(result.Records);
        Assert.False(result.Report.IsValid);
    }

    [Theory]
    [InlineData("43493312300029", LieuPivotKind.Siret)]
    [InlineData("W123456789", LieuPivotKind.Rna)]
    [InlineData("W2A1000123", LieuPivotKind.Rna)]
    [InlineData("w123456789", LieuPivotKind.Other)]
    [InlineData("W12345678A", LieuPivotKind.Other)]
    [InlineData("1234567", null)]
    [InlineData("43493312300028", LieuPivotKind.Other)]
    [InlineData("RID123456", LieuPivotKind.Other)]
    [InlineData("", null)]
    [InlineData("W12345678é", null)]
    public void LieuPivot_TryParse_RecognisesTheKind(string text, LieuPivotKind? kind)
    {
        bool parsed = LieuPivot.TryParse(text, out LieuPivot pivot, out Problem? problem);

        Assert.Equal(kind is not null, parsed);
        Assert.Equal(kind is null, problem is not null);
        if (kind is not null)
        {
            Assert.Equal(kind, pivot.Kind);
            Assert.Equal(text, pivot.ToString());
        }
        else
        {
            Assert.True(pivot.IsDefault);
        }
    }

    [Fact]
    public void LieuPivot_FromSiret_IsASiretPivot()
    {
        LieuPivot pivot = LieuPivot.FromSiret(Siret.Parse("35600000000048"));

        Assert.Equal(LieuPivotKind.Siret, pivot.Kind);
        Assert.Equal(pivot, LieuPivot.Parse("35600000000048"));
        Assert.Throws<ArgumentException>(() => LieuPivot.FromSiret(default));
        Assert.Throws<ProblemException>(() => LieuPivot.Parse("x"));
    }

    [Fact]
    public void Read_Utf8StreamWithBom_Reads()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Example)]);

        Assert.True(LieuxMediationCsv.Read(stream).IsComplete);
    }
}
