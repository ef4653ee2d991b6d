using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.FranceServices;
using Landes.Inclusion.Schedules;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Tests.Infrastructure;
using NodaTime;

namespace Landes.Inclusion.Tests.Interop;

public sealed class FranceServicesCsvTests
{
    private const string Header =
        "\"id_fs\",\"insee_dep\",\"lib_fs\",\"adresse\",\"complement_adresse\",\"insee_com\",\"code_postal\",\"lib_com\",\"latitude\",\"longitude\",\"mail\",\"telephone\",\"h_lundi\",\"h_mardi\",\"h_mercredi\",\"h_jeudi\",\"h_vendredi\",\"h_samedi\",\"prise_rdv\",\"commentaire\",\"type_fs\",\"format_fs\",\"groupe_fs\",\"labellisation_fs\"";

    private const string FirstRow =
        "\"1\",\"01\",\"France services de Valserhône\",\"5-9 Rue des Papetiers\",,\"01033\",\"01200\",\"Valserhône\",46.1060711578546,5.8260084241619,\"franceservices@ccpb01.fr\",\"04 50 56 87 49\",\"13:30 - 17:00\",\"09:00 - 12:00 / 13:30 - 17:00\",\"09:00 - 12:00 / 13:30 - 17:00\",\"09:00 - 12:00 / 13:30 - 17:00\",\"09:00 - 12:00 / 13:30 - 16:00\",,\"Non\",,\"Principal\",\"Fixe\",,\"Espace labellisé 01/01/2020\"";

    [Fact]
    public void Read_NationalList_ReadsEveryRow()
    {
        using FileStream stream = File.OpenRead(SharedData.PathOf("france-services-20240801.csv"));

        InteropReadResult<FranceServicesSite> result = FranceServicesCsv.Read(stream);

        Assert.Equal(2845, result.RowCount);
        Assert.True(result.RejectedRows.Count == 0, string.Join("\n", result.Report.Errors.Take(20)));
        Assert.Empty(result.Report.Errors);
        Assert.Equal(2845, result.Records.Count);
        // Six cells carry surrounding spaces, and some days hold "00:00 - 00:00" placeholders or duplicate or
        // overlapping ranges: all corrected and reported as warnings, never silently.
        Assert.Equal(6, result.Report.Warnings.Count(w => w.Code == CsvProblemCodes.Trimmed));
        Assert.All(result.Report.Warnings, w => Assert.Contains(w.Code, new[]
        {
            CsvProblemCodes.Trimmed, CsvProblemCodes.HoursCorrected, TerritoryProblemCodes.FormerCommuneCode, TerritoryProblemCodes.FarFromCentroid,
        }));
        // 32 rows give a code that is not a current commune: 3 a code of a past COG vintage, each reported with the
        // current commune, and 29 an arrondissement code (75112, 69388, 13202…), current units that say nothing.
        Problem[] former = [.. result.Report.Warnings.Where(w => w.Code == TerritoryProblemCodes.FormerCommuneCode)];
        Assert.Equal(3, former.Length);
        Assert.All(former, w => Assert.EndsWith(".insee_com", w.Path, StringComparison.Ordinal));
        Assert.Contains(former, w => w.Arguments["value"] == "93059" && w.Arguments["commune"] == "93066");
        Assert.Equal(29, result.Records.Count(s => s.InseeCode.ToString() is ['7', '5', '1', ..] or ['6', '9', '3', '8', _] or ['1', '3', '2', ..]));
        Assert.All(result.Report.Warnings.Where(w => w.Code == TerritoryProblemCodes.FarFromCentroid), w => Assert.EndsWith(".latitude", w.Path, StringComparison.Ordinal));
        Assert.Contains(result.Report.Warnings, w => w.Path == "rows[100].h_mardi" && w.Arguments["corrected"] == "09:00-16:30");
        Assert.Contains(result.Report.Warnings, w => w.Path == "rows[28].h_mercredi" && w.Arguments["corrected"] == "09:00-12:00");
        Assert.Equal(124, result.Records.Count(s => s.SiteType == FranceServicesSiteType.Antenna));
        Assert.Equal(29, result.Records.Count(s => s.Format == FranceServicesFormat.Itinerant));
        Assert.All(result.Records, s => Assert.Empty(s.Schedule.GetPeriods(IsoDayOfWeek.Sunday)));
    }

    [Fact]
    public void Read_LandesList_MatchesTheNationalRows()
    {
        using FileStream stream = File.OpenRead(SharedData.PathOf("landes-france-services-20240801.csv"));

        InteropReadResult<FranceServicesSite> result = FranceServicesCsv.Read(stream);

        Assert.True(result.IsComplete, string.Join(Environment.NewLine, result.Report.Problems));
        Assert.Equal(20, result.Records.Count);
        Assert.All(result.Records, s => Assert.Equal("40", s.Departement?.ToString()));
    }

    [Fact]
    public void Read_FirstNationalRow_TypesEveryField()
    {
        FranceServicesSite site = Assert.Single(FranceServicesCsv.ReadFromString(Header + "\n" + FirstRow + "\n").Records);

        Assert.Equal("1", site.Id);
        Assert.Equal("France services de Valserhône", site.Name);
        Assert.Equal("01033", site.InseeCode.ToString());
        Assert.Equal("01200", site.PostalCode.ToString());
        Assert.Null(site.AddressComplement);
        Assert.Equal(46.1060711578546, site.Latitude);
        Assert.Equal(5.8260084241619, site.Longitude);
        Assert.Equal("04 50 56 87 49", site.Telephone);
        Assert.False(site.AppointmentRequired);
        Assert.Equal(FranceServicesSiteType.Main, site.SiteType);
        Assert.Equal(FranceServicesFormat.Fixed, site.Format);
        Assert.Equal(new LocalDate(2020, 1, 1), site.LabelledOn);
        Assert.Equal("Mo 13:30-17:00; Tu-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00", OsmOpeningHours.Format(site.Schedule));
    }

    [Theory]
    [InlineData("09:00 - 12:00 / 13:30 - 17:00", "09:00-12:00,13:30-17:00")]
    [InlineData("09:00-12:00", "09:00-12:00")]
    [InlineData("08:30 - 24:00", "08:30-24:00")]
    [InlineData("", "")]
    public void TryParseHours_ListFormat_GivesPeriods(string text, string expected)
    {
        Assert.True(FranceServicesCsv.TryParseHours(text, out IReadOnlyList<OpeningPeriod> periods, out bool corrected));
        Assert.Equal(expected, string.Join(",", periods));
        Assert.False(corrected);
    }

    [Theory]
    [InlineData("00:00 - 00:00 / 09:00 - 12:00", "09:00-12:00")]
    [InlineData("13:30 - 16:00 / 13:30 - 16:00", "13:30-16:00")]
    [InlineData("09:00 - 12:00 / 09:00 - 16:30 / 14:00 - 16:30", "09:00-16:30")]
    [InlineData("00:00 - 00:00", "")]
    public void TryParseHours_PlaceholdersAndOverlaps_AreCorrected(string text, string expected)
    {
        Assert.True(FranceServicesCsv.TryParseHours(text, out IReadOnlyList<OpeningPeriod> periods, out bool corrected));
        Assert.Equal(expected, string.Join(",", periods));
        Assert.True(corrected);
    }

    [Theory]
    [InlineData("9h-12h")]
    [InlineData("12:00 - 09:00")]
    [InlineData("09:00 - 12:00 /")]
    [InlineData("09:00 - 25:00")]
    public void TryParseHours_OtherText_Fails(string text) =>
        Assert.False(FranceServicesCsv.TryParseHours(text, out _, out _));

    [Fact]
    public void Read_BadRows_ReportEachFieldAndRejectOnlyThoseRows()
    {
        string bad1 = FirstRow.Replace("\"1\",\"01\"", "\"2\",\"01\"", StringComparison.Ordinal).Replace("\"13:30 - 17:00\"", "\"13h30-17h\"", StringComparison.Ordinal);
        string bad2 = FirstRow.Replace("\"1\",\"01\"", "\"3\",\"01\"", StringComparison.Ordinal).Replace("\"01033\"", "\"1033\"", StringComparison.Ordinal)
            .Replace("46.1060711578546", "146.1", StringComparison.Ordinal).Replace("\"Fixe\"", "\"Roulante\"", StringComparison.Ordinal);
        string duplicate = FirstRow;
        string shortRow = "\"5\",\"01\",\"x\"";
        string csv = string.Join("\n", Header, FirstRow, bad1, bad2, duplicate, shortRow);

        InteropReadResult<FranceServicesSite> result = FranceServicesCsv.ReadFromString(csv);

        Assert.Equal(5, result.RowCount);
        Assert.Equal([1, 2, 3, 4], result.RejectedRows);
        Assert.Equal("1", Assert.Single(result.Records).Id);
        Assert.Contains(result.Report.Errors, p => p.Code == CsvProblemCodes.HoursFormat && p.Path == "rows[1].h_lundi");
        Assert.Contains(result.Report.Errors, p => p.Code == IdentifierProblemCodes.InseeCodeFormat && p.Path == "rows[2].insee_com");
        Assert.Contains(result.Report.Warnings, p => p.Code == CsvProblemCodes.CoordinateOutOfRange && p.Path == "rows[2].latitude");
        Assert.Contains(result.Report.Warnings, p => p.Code == CsvProblemCodes.UnknownEnumValue && p.Path == "rows[2].format_fs");
        Assert.Contains(result.Report.Errors, p => p.Code == CsvProblemCodes.DuplicateId && p.Path == "rows[3].id_fs");
        Assert.Contains(result.Report.Errors, p => p.Code == CsvProblemCodes.CellCount && p.Path == "rows[4]");
    }

    [Fact]
    public void Read_MissingRequiredColumn_ReadsNothingAndSaysWhy()
    {
        string csv = Header.Replace("\"lib_fs\",", string.Empty, StringComparison.Ordinal) + "\n";

        InteropReadResult<FranceServicesSite> result = FranceServicesCsv.ReadFromString(csv);

        Assert.Empty(result.Records);
        Problem problem = Assert.Single(result.Report.Errors);
        Assert.Equal(CsvProblemCodes.MissingColumn, problem.Code);
        Assert.Equal("lib_fs", problem.Arguments["column"]);
    }

    [Fact]
    public void Read_OverlappingHours_AreMergedWithAWarningOnThatDay()
    {
        string row = FirstRow.Replace("\"13:30 - 17:00\"", "\"09:00 - 12:00 / 11:00 - 17:00\"", StringComparison.Ordinal);

        InteropReadResult<FranceServicesSite> result = FranceServicesCsv.ReadFromString(Header + "\n" + row);

        FranceServicesSite site = Assert.Single(result.Records);
        Assert.Equal([OpeningPeriod.Parse("09:00-17:00")], site.Schedule.GetPeriods(IsoDayOfWeek.Monday));
        Problem problem = Assert.Single(result.Report.Problems);
        Assert.Equal(CsvProblemCodes.HoursCorrected, problem.Code);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal("rows[0].h_lundi", problem.Path);
    }

    // Day cells repeat across rows, and the reader reads each clean cell once and shares its periods: every row's week
    // must still be the one its own cells give, with every warning and rejection of a cell read on its own.
    [Fact]
    public void RepeatedDayCells_GiveEachRowTheWeekOfItsOwnCells()
    {
        string[] cells = ["", "09:00 - 12:00", "09:00 - 12:00 / 14:00 - 17:00", "14:00 - 17:00 / 09:00 - 12:00", " 09:00 - 12:00", "00:00 - 00:00",
            "09:00 - 12:00 / 11:00 - 13:00", "08:30 - 12:00 / 08:30 - 12:00", "9h-12h", "fermé"];
        FsCheck.Gen<int[][]> weeks = FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.Choose(0, cells.Length - 1), 6));
        Properties.ForAll(weeks, rows =>
        {
            var csv = new System.Text.StringBuilder(Header);
            for (int r = 0; r < rows.Length; r++)
            {
                string[] fields = FirstRow.Split(',');
                fields[0] = $"\"{r + 1}\"";
                string hours = string.Join(",", rows[r].Select(c => $"\"{cells[c]}\""));
                csv.Append('\n').Append(string.Join(",", fields[..12])).Append(',').Append(hours).Append(',').Append(string.Join(",", fields[18..]));
            }

            InteropReadResult<FranceServicesSite> result = FranceServicesCsv.ReadFromString(csv.Append('\n').ToString());

            Assert.Equal(rows.Length, result.RowCount);
            int read = 0;
            for (int r = 0; r < rows.Length; r++)
            {
                bool readable = rows[r].All(c => FranceServicesCsv.TryParseHours(cells[c], out _, out _));
                Assert.Equal(!readable, result.RejectedRows.Contains(r));
                Assert.Equal(rows[r].Count(c => cells[c].Length > 0 && !FranceServicesCsv.TryParseHours(cells[c], out _, out _)),
                    result.Report.Errors.Count(e => e.Path.StartsWith($"rows[{r}].h_", StringComparison.Ordinal)));
                Assert.Equal(rows[r].Count(c => FranceServicesCsv.TryParseHours(cells[c], out _, out bool corrected) && corrected),
                    result.Report.Warnings.Count(w => w.Path.StartsWith($"rows[{r}].h_", StringComparison.Ordinal) && w.Code == CsvProblemCodes.HoursCorrected));
                if (!readable)
                {
                    continue;
                }

                WeeklySchedule expected = WeeklySchedule.Create(rows[r].SelectMany((c, d) =>
                {
                    Assert.True(FranceServicesCsv.TryParseHours(cells[c], out IReadOnlyList<OpeningPeriod> periods, out _));
                    return periods.Select(p => (WeeklySchedule.DaysOfWeek[d], p));
                }));
                Assert.Equal(expected, result.Records[read++].Schedule);
            }
        });
    }
}

public sealed class InteropArbitrariesTests
{
    [FsCheck.Xunit.Property(Arbitrary = [typeof(Landes.Inclusion.Testing.Interop.InteropArbitraries)], MaxTest = 50)]
    public bool LieuMediationNumerique_FromTheArbitrary_RoundTripsThroughCsv(Landes.Inclusion.Interop.LieuxMediation.LieuMediationNumerique place) =>
        Landes.Inclusion.Interop.LieuxMediation.LieuxMediationCsv.ReadFromString(
            Landes.Inclusion.Interop.LieuxMediation.LieuxMediationCsv.WriteToString([place])).Records.Single().Equals(place);

    [Fact]
    public void NationalFranceServicesSchedules_RoundTripThroughOsmOpeningHours()
    {
        using FileStream stream = File.OpenRead(SharedData.PathOf("france-services-20240801.csv"));

        foreach (FranceServicesSite site in FranceServicesCsv.Read(stream).Records)
        {
            string osm = OsmOpeningHours.Format(site.Schedule);
            Assert.Equal(site.Schedule, OsmOpeningHours.Parse(osm));
        }
    }
}
