using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.Csv;
using Landes.Inclusion.Interop.FranceServices;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Schedules;
using nietras.SeparatedValues;
using NodaTime;

namespace Landes.Inclusion.Benchmarks;

/// <summary>
/// Reading interchange CSV into typed records with full diagnostics, against a raw read of the same text with the
/// same CSV library (Sep) in the same run. Budget (issue "Interop"): at least 50 MB/s of CSV on one core for the
/// national France Services list (2,845 rows) and for a 25,000-row lieux file. The inputs are generated in memory in
/// the formats of the real files (no file outside the repository is read); MB/s = <see cref="FranceServicesBytes"/>
/// or <see cref="LieuxBytes"/> divided by the mean.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class InteropCsvBenchmarks
{
    private const int FranceServicesRows = 2845;
    private const int LieuxRows = 25_000;

    private string _franceServices = string.Empty;
    private string _lieux = string.Empty;

    /// <summary>Gets the size of the generated France Services list in UTF-8 bytes.</summary>
    public static int FranceServicesBytes { get; private set; }

    /// <summary>Gets the size of the generated lieux file in UTF-8 bytes.</summary>
    public static int LieuxBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _franceServices = FranceServicesText(new Random(42));
        _lieux = LieuxMediationCsv.WriteToString(Lieux(new Random(7)));
        FranceServicesBytes = Encoding.UTF8.GetByteCount(_franceServices);
        LieuxBytes = Encoding.UTF8.GetByteCount(_lieux);
        Console.WriteLine($"// France Services: {FranceServicesBytes:N0} bytes; lieux: {LieuxBytes:N0} bytes");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("FranceServices")]
    public long FranceServicesRawSep() => RawRead(_franceServices);

    [Benchmark, BenchmarkCategory("FranceServices")]
    public long FranceServicesRawSepStrings() => RawStrings(_franceServices);

    /// <summary>
    /// A floor for any typed read of the list, not a target: the raw read, keeping to the end what the typed reader
    /// cannot share (the id, name, address, mail and telephone of each row, as strings) in one object of 24 slots a
    /// row, the size of a record. The collections during the read must promote what is kept; no value is checked.
    /// </summary>
    /// <returns>The number of rows kept.</returns>
    [Benchmark, BenchmarkCategory("FranceServices")]
    public int FranceServicesRawSepKept() => RawKept(_franceServices, [0, 2, 3, 10, 11], 24);

    [Benchmark, BenchmarkCategory("FranceServices")]
    public int FranceServicesTyped()
    {
        InteropReadResult<FranceServicesSite> result = FranceServicesCsv.ReadFromString(_franceServices);
        return result.Records.Count == FranceServicesRows ? result.Records.Count : throw new InvalidOperationException("rows lost");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Lieux")]
    public long LieuxRawSep() => RawRead(_lieux);

    [Benchmark, BenchmarkCategory("Lieux")]
    public long LieuxRawSepStrings() => RawStrings(_lieux);

    /// <summary>
    /// A floor for any typed read of the file, as <see cref="FranceServicesRawSepKept"/>: each row's id, pivot, name
    /// and telephone kept as strings in one object of 32 slots a row.
    /// </summary>
    /// <returns>The number of rows kept.</returns>
    [Benchmark, BenchmarkCategory("Lieux")]
    public int LieuxRawSepKept() => RawKept(_lieux, [0, 1, 2, 11], 32);

    [Benchmark, BenchmarkCategory("Lieux")]
    public int LieuxTyped()
    {
        InteropReadResult<LieuMediationNumerique> result = LieuxMediationCsv.ReadFromString(_lieux);
        return result.Records.Count == LieuxRows ? result.Records.Count : throw new InvalidOperationException("rows lost");
    }

    private static long RawRead(string text)
    {
        long total = 0;
        using SepReader reader = CsvTable.OpenReader(new StringReader(text));
        foreach (SepReader.Row row in reader)
        {
            for (int i = 0; i < row.ColCount; i++)
            {
                total += row[i].Span.Length;
            }
        }

        return total;
    }

    private static long RawStrings(string text)
    {
        long total = 0;
        using SepReader reader = CsvTable.OpenReader(new StringReader(text));
        foreach (SepReader.Row row in reader)
        {
            for (int i = 0; i < row.ColCount; i++)
            {
                total += row[i].ToString().Length;
            }
        }

        return total;
    }

    private static int RawKept(string text, int[] kept, int slots)
    {
        var rows = new List<object?[]>();
        using SepReader reader = CsvTable.OpenReader(new StringReader(text));
        bool header = true;
        foreach (SepReader.Row row in reader)
        {
            if (header)
            {
                header = false;
                continue;
            }

            object?[] values = new object?[slots];
            foreach (int column in kept)
            {
                values[column] = row[column].ToString();
            }

            rows.Add(values);
        }

        return rows.Count;
    }

    // Rows in the format of the ANCT list of 2024-08-01: same columns, quoting, hours and value shapes.
    private static string FranceServicesText(Random r)
    {
        string[] hours = ["09:00 - 12:00 / 14:00 - 17:00", "08:30 - 12:00 / 13:30 - 17:00", "09:00 - 12:00", "09:00 - 12:30 / 13:30 - 17:00", "", "13:30 - 17:00"];
        string[] formats = ["Fixe", "Fixe", "Fixe", "Multisites", "Bus_équivalent", "Fixe_antenne(s)", "Itinérante"];
        var builder = new StringBuilder(1_300_000);
        builder.Append("\"id_fs\",\"insee_dep\",\"lib_fs\",\"adresse\",\"complement_adresse\",\"insee_com\",\"code_postal\",\"lib_com\",\"latitude\",\"longitude\",\"mail\",\"telephone\",\"h_lundi\",\"h_mardi\",\"h_mercredi\",\"h_jeudi\",\"h_vendredi\",\"h_samedi\",\"prise_rdv\",\"commentaire\",\"type_fs\",\"format_fs\",\"groupe_fs\",\"labellisation_fs\"\n");
        // Real communes of the embedded geography (the reader checks each row's commune and its coordinates), spread
        // over the country, each site a few hundred metres from its commune's centroid.
        Landes.Inclusion.Territory.Commune[] communes = [.. Landes.Inclusion.Territory.Geography.France.Communes
            .Where(c => c.Centroid is not null && c.Code.Departement.ToString().Length == 2)];
        for (int i = 1; i <= FranceServicesRows; i++)
        {
            Landes.Inclusion.Territory.Commune site = communes[(int)((long)i * 7919 % communes.Length)];
            string d = site.Code.Departement.ToString();
            string commune = site.Code.ToString();
            string Quoted(string s) => s.Length == 0 ? string.Empty : "\"" + s + "\"";
            builder.Append(CultureInfo.InvariantCulture,
                $"\"{i}\",\"{d}\",\"France services de la commune {i}\",\"{i % 120} Place de la Mairie\",{Quoted(i % 5 == 0 ? "Bureau de Poste" : string.Empty)},\"{commune}\",\"{(d.StartsWith('2') && !char.IsDigit(d[1]) ? "20" : d)}{(i % 900) + 100:D3}\",\"{site.Name}\",");
            builder.Append(CultureInfo.InvariantCulture, $"{site.Centroid!.Value.Latitude + (r.NextDouble() * 0.004):R},{site.Centroid!.Value.Longitude + (r.NextDouble() * 0.004):R},\"franceservices{i}@exemple.fr\",\"0{r.Next(1, 6)} {r.Next(10, 99)} {r.Next(10, 99)} {r.Next(10, 99)} {r.Next(10, 99)}\",");
            for (int day = 0; day < 6; day++)
            {
                builder.Append(Quoted(hours[day == 5 ? (r.Next(3) == 0 ? 2 : 4) : r.Next(hours.Length)])).Append(',');
            }

            builder.Append(CultureInfo.InvariantCulture,
                $"\"{(r.Next(3) == 0 ? "Oui" : "Non")}\",{Quoted(i % 4 == 0 ? "Prise de rendez-vous conseillée, accueil téléphonique le matin" : string.Empty)},\"{(i % 23 == 0 ? "Antenne" : "Principal")}\",\"{formats[i % formats.Length]}\",,\"Espace labellisé 01/{(i % 12) + 1:D2}/2021\"\n");
        }

        return builder.ToString();
    }

    private static IEnumerable<LieuMediationNumerique> Lieux(Random r)
    {
        // 392 distinct opening hours over 25,000 rows (1,000 generated, some alike): real files repeat a few common schedules,
        // and the reader parses each distinct text once.
        WeeklySchedule[] schedules = [.. Enumerable.Range(0, 1000).Select(k => OsmOpeningHours.Parse(
            $"Mo-Fr 09:{k % 4 * 15:D2}-12:00,{13 + (k / 4 % 3)}:00-18:{k / 12 % 4 * 15:D2}; Sa 08:30-12:{k / 48 % 4 * 15:D2}"
            + (k % 5 == 0 ? " \"sur rendez-vous " + k.ToString(CultureInfo.InvariantCulture) + "\"" : string.Empty)))];
        for (int i = 0; i < LieuxRows; i++)
        {
            yield return new LieuMediationNumerique
            {
                Id = "lieu-" + i.ToString(CultureInfo.InvariantCulture),
                Pivot = LieuPivot.Parse(i % 3 == 0 ? "W" + (100_000_000 + i).ToString(CultureInfo.InvariantCulture) : "43493312300029"),
                Name = "Espace numérique " + i.ToString(CultureInfo.InvariantCulture),
                Commune = "Mont-de-Marsan",
                PostalCode = PostalCode.Parse("40000"),
                InseeCode = InseeCode.Parse("40192"),
                Address = (i % 200).ToString(CultureInfo.InvariantCulture) + " rue de la Gare",
                Latitude = Math.Round(43.5 + r.NextDouble(), 6),
                Longitude = Math.Round(-1 + r.NextDouble(), 6),
                Typologies = ["ASSO", "TIERS_LIEUX"],
                Telephone = "+33558" + r.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture),
                Emails = ["contact@exemple.fr"],
                Websites = ["https://www.exemple.fr/"],
                Schedule = schedules[i % schedules.Length],
                Summary = "Ateliers et accompagnement individuel au numérique, gratuits, pour tous les publics.",
                UpdatedOn = new LocalDate(2024, 1, 1).PlusDays(i % 365),
                Services = [MediationService.AdministrativeProcedures, MediationService.EverydayDigitalTools],
                Publics = i % 2 == 0 ? [SpecificPublic.Seniors] : [],
                Costs = [AccessCost.Free],
                NationalProgrammes = [NationalProgramme.ConseillersNumeriques],
                AccessModes = [AccessMode.WalkIn, AccessMode.Telephone],
                SupportModes = [SupportMode.Individual, SupportMode.Workshop],
            };
        }
    }
}
