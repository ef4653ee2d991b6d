using System.Text;
using System.Text.Json;
using Json.Schema;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.FranceServices;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Json;
using Landes.Inclusion.Network;
using Landes.Inclusion.Schedules;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Fuzzing;

/// <summary>What one input did to a reader: accepted or not, and the oracle it broke, if any.</summary>
/// <param name="Accepted">True when the reader returned a value without an error.</param>
/// <param name="Failure">The broken oracle (write→read not stable, accepted but the schema rejects…), or null.</param>
/// <param name="SilentAccept">True when the failure is an input accepted that the published schema rejects.</param>
public readonly record struct Outcome(bool Accepted, string? Failure = null, bool SilentAccept = false)
{
    /// <summary>Gets the time the reader itself took, in milliseconds, when the target measured it apart from its oracles (schema, write → read).</summary>
    public double? ReadMs { get; init; }
}

/// <summary>A reader under test: its name, its seeds, whether they are JSON, and how one input is tried.</summary>
public sealed record FuzzTarget(string Name, IReadOnlyList<byte[]> Seeds, bool Json, Func<byte[], Outcome> Run);

/// <summary>Every reader of the library with seeds of its input kind, and the oracles each input is checked against.</summary>
public static class FuzzTargets
{
    private static readonly EvaluationOptions SchemaOptions = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    /// <summary>A valid places list.</summary>
    public const string Places = """
        {"schemaVersion":"1.0","places":[
          {"id":"mdm","name":"Médiathèque de Mont-de-Marsan","commune":"40192","kind":"permanence","latitude":43.89,"longitude":-0.5},
          {"id":"dax","name":"France services de Dax","commune":"40088","kind":"france-services"}]}
        """;

    /// <summary>A valid candidate record.</summary>
    public const string Record = """
        {"schemaVersion":"1.0","candidateId":"a1","trainingStart":"2021-09-06",
         "results":[{"title":"remn-2019","block":1,"sessionDate":"2021-11-25","sessionKind":"session-ccp","remote":true,"obtained":true,"procesVerbal":"PV-1"}]}
        """;

    /// <summary>Two training enrolments.</summary>
    public const string Enrolments = """
        {"schemaVersion":"1.0","enrolments":[{"id":"e1","personId":"cn-40-007","programmeId":"cnfs","course":"initial","funding":"programme",
         "inPostSince":"2024-02-01","positioning":{"date":"2024-02-20","pathId":"70h"},"pathId":"70h","provider":"Afpa","start":"2024-03-04",
         "end":"2024-03-15","sessions":[{"date":"2024-03-04","minutes":420,"kind":"in-centre","startTime":"09:00"}]},
         {"id":"x","personId":"p","programmeId":"cnfs","inPostSince":"2022-01-10",
         "exemption":{"reason":"holds-title","evidence":"titre REMN 2020","certifiedOn":"2020-06-30","decidedOn":"2022-02-01"}}]}
        """;

    /// <summary>Two rows of the national France Services list (2024-08-01).</summary>
    public const string FranceServices = """
        id_fs,insee_dep,lib_fs,adresse,complement_adresse,insee_com,code_postal,lib_com,latitude,longitude,mail,telephone,h_lundi,h_mardi,h_mercredi,h_jeudi,h_vendredi,h_samedi,prise_rdv,commentaire,type_fs,format_fs,groupe_fs,labellisation_fs
        245,40,Bus France services Mont-de-Marsan Agglomération,575 Avenue du Maréchal Foch,,40192,40000,Mont-de-Marsan,43.896475,-0.491107,busfranceservice@montdemarsan-agglo.fr,05 58 46 64 10,15:00 - 17:30,09:30 - 12:30 / 15:00 - 17:30,09:30 - 12:30 / 15:00 - 17:30,09:30 - 12:30 / 15:00 - 17:30,09:30 - 12:30,,Non,,Principal,Bus_équivalent,,Espace labellisé 01/09/2020
        246,40,France services du Pays d'Orthe et Arrigans,156 Route de Mahoumic,,40224,40300,Peyrehorade,43.55478,-1.12258,france.services@orthe-arrigans.fr,05 58 73 60 03,09:00 - 12:30 / 13:30 - 17:00,09:00 - 12:30,09:00 - 12:30 / 13:30 - 17:00,09:00 - 12:30,09:00 - 12:30,,Oui,Les rendez-vous se tiennent tous les matins.,Principal,Fixe,,Espace labellisé 01/01/2020

        """;

    /// <summary>OSM opening_hours seeds.</summary>
    public static IReadOnlyList<string> HoursSeeds { get; } =
    [
        "Mo-Fr 09:00-12:00,14:00-17:30", "Mo,We 08:30-12:00; Sa 10:00-12:00", "Tu-Th 09:00-18:00; PH off", "24/7", "Mo 09:00-12:00 \"sur rendez-vous\"",
    ];

    /// <summary>Identifier seeds, one list a type.</summary>
    public static IReadOnlyList<string> IdentifierSeeds { get; } =
    [
        "40192", "2A004", "97411", "40", "2B", "974", "200030435", "20003043500124", "40000", "RNCP34137", "RNCP34137BC01", "TP-01336", "244000865",
    ];

    /// <summary>Creates every target; <paramref name="schemaFolder"/> holds the published JSON Schemas (null: no schema oracle).</summary>
    public static IReadOnlyList<FuzzTarget> Create(string? schemaFolder)
    {
        LocalDate asOf = new(2024, 6, 30);
        CandidateRecord record = CertificationJson.Record.Read(Record).Value!;
        var evaluation = CertificationEvaluationDocument.From(CertificationEngine.Default.Evaluate(record, "remn-2019", asOf));
        var problems = new ValidationReport([new Problem(ProblemCatalog.Get(IdentifierProblemCodes.SirenFormat), "structures[0].siren", new Dictionary<string, string> { ["value"] = "123" })]);
        byte[] network;
        using (var stream = new MemoryStream())
        {
            using Stream sample = LandesSample.OpenJson();
            sample.CopyTo(stream);
            network = stream.ToArray();
        }

        return
        [
            Json("catalog", CertificationJson.Catalog, Schema(schemaFolder, "certification-catalog"), CertificationJson.Catalog.Write(CertificationCatalog.Default)),
            Json("record", CertificationJson.Record, Schema(schemaFolder, "candidate-record"), Encoding.UTF8.GetBytes(Record)),
            Json("evaluation", CertificationJson.Evaluation, Schema(schemaFolder, "certification-evaluation"), CertificationJson.Evaluation.Write(evaluation)),
            Json("programme", TrainingJson.Programme, Schema(schemaFolder, "training-programme"), [.. TrainingProgrammeCatalog.Default.Programmes.Select(TrainingJson.Programme.Write)]),
            Json("enrolments", TrainingJson.Enrolments, Schema(schemaFolder, "training-enrolments"), Encoding.UTF8.GetBytes(Enrolments)),
            Json("places", TerritoryJson.Places, Schema(schemaFolder, "places"), Encoding.UTF8.GetBytes(Places)),
            Json("coverage-result", TerritoryJson.CoverageResult, Schema(schemaFolder, "coverage-result"),
                TerritoryJson.CoverageResult.Write(new CoverageAnalyzer().Analyze(TerritorySelection.Landes, TerritoryJson.Places.Read(Places).Value!.Places))),
            Json("network", NetworkJson.Network, Schema(schemaFolder, "network"), network),
            Json("network-report", NetworkJson.Report, Schema(schemaFolder, "network-report"), NetworkJson.Report.Write(new NetworkReporter().Build(LandesSample.Network, asOf))),
            Json("validation-report", LandesJson.ValidationReport, Schema(schemaFolder, "validation-report"),
                LandesJson.ValidationReport.Write(ValidationReportDocument.From(problems, MessageLanguage.French, "lieux.json"))),
            new FuzzTarget("lieux-csv", [Encoding.UTF8.GetBytes(LieuxSeed())], Json: false, LieuxCsv),
            new FuzzTarget("france-services-csv", [Encoding.UTF8.GetBytes(FranceServices)], Json: false, FranceServicesCsvTarget),
            new FuzzTarget("import-lieux", [Encoding.UTF8.GetBytes(LieuxSeed())], Json: false, input => Import(Cli.Documents.DocumentKinds.LieuxCsv, input, Schema(schemaFolder, "places"))),
            new FuzzTarget("import-france-services", [Encoding.UTF8.GetBytes(FranceServices)], Json: false, input => Import(Cli.Documents.DocumentKinds.FranceServicesCsv, input, Schema(schemaFolder, "places"))),
            new FuzzTarget("osm-hours", [.. HoursSeeds.Select(Encoding.UTF8.GetBytes)], Json: false, OsmHours),
            new FuzzTarget("identifiers", [.. IdentifierSeeds.Select(Encoding.UTF8.GetBytes)], Json: false, Identifiers),
        ];
    }

    /// <summary>A lieux de médiation numérique CSV written by the library from one full place.</summary>
    public static string LieuxSeed()
    {
        var place = new LieuMediationNumerique
        {
            Id = "mdm-1",
            Pivot = LieuPivot.Parse("22400001800016"),
            Name = "Médiathèque",
            Commune = "Mont-de-Marsan",
            PostalCode = PostalCode.Parse("40000"),
            InseeCode = InseeCode.Parse("40192"),
            Address = "23 rue Victor Hugo",
            Latitude = 43.89,
            Longitude = -0.5,
            Telephone = "+33558000000",
            Schedule = OsmOpeningHours.Parse(HoursSeeds[0]),
            UpdatedOn = new LocalDate(2024, 4, 2),
            Services = [.. Enum.GetValues<MediationService>().Take(2)],
            Publics = [.. Enum.GetValues<SpecificPublic>().Take(1)],
        };
        return LieuxMediationCsv.WriteToString([place]);
    }

    // One registry for every schema (they refer to one another), each schema built once per process: the tests
    // register the same $id in the global registry.
    private static readonly SchemaRegistry Registry = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Built = new(StringComparer.Ordinal);

    /// <summary>The published JSON Schema <paramref name="name"/> (<c>places</c>, <c>network</c>…) of <paramref name="folder"/>, built once per process.</summary>
    public static JsonSchema LoadSchema(string folder, string name) => Schema(folder, name)!;

    private static JsonSchema? Schema(string? folder, string name) =>
        folder is null ? null : Built.GetOrAdd(Path.Combine(folder, name + ".schema.json"), static path =>
        {
            lock (Registry)
            {
                return JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { SchemaRegistry = Registry });
            }
        });

    private static FuzzTarget Json<T>(string name, JsonDocumentFormat<T> format, JsonSchema? schema, params byte[][] seeds)
        where T : class => new(name, seeds, Json: true, input =>
        {
            long start = System.Diagnostics.Stopwatch.GetTimestamp();
            ReadResult<T> read = format.Read(input);
            double readMs = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            return JsonOracles(name, format, schema, input, read) with { ReadMs = readMs };
        });

    private static Outcome JsonOracles<T>(string name, JsonDocumentFormat<T> format, JsonSchema? schema, byte[] input, ReadResult<T> read)
        where T : class
    {
        if (read.Value is null || !read.Report.IsValid)
        {
            return new Outcome(false);
        }

        // Accepted: the published schema agrees, and write → read → write gives the same bytes.
        if (schema is not null && schema.Evaluate(JsonDocument.Parse(WithoutBom(input)).RootElement, SchemaOptions) is { IsValid: false } results)
        {
            return new Outcome(true, $"accepted, but the schema {name} rejects it: {SchemaErrors(results)}", SilentAccept: true);
        }

        byte[] written = format.Write(read.Value);
        ReadResult<T> again = format.Read(written);
        if (again.Value is null || !again.Report.IsValid)
        {
            return new Outcome(true, "written, then refused: " + string.Join(", ", again.Report.Problems.Select(p => p.Code + " " + p.Path)));
        }

        return format.Write(again.Value).AsSpan().SequenceEqual(written)
            ? new Outcome(true)
            : new Outcome(true, "write → read → write changes the bytes");
    }

    // The schema's first complaints, where and why (the instance path and the keyword's message).
    private static string SchemaErrors(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}")).Take(3));

    private static byte[] WithoutBom(byte[] input) =>
        input.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? input[3..] : input;

    private static Outcome LieuxCsv(byte[] input)
    {
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        var read = LieuxMediationCsv.Read(new MemoryStream(input));
        double readMs = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return LieuxOracles(read) with { ReadMs = readMs };
    }

    private static Outcome LieuxOracles(InteropReadResult<LieuMediationNumerique> read)
    {
        if (read.Records.Count == 0)
        {
            return new Outcome(false);
        }

        string written = LieuxMediationCsv.WriteToString(read.Records);
        var again = LieuxMediationCsv.ReadFromString(written);
        if (again.Records.Count != read.Records.Count || !again.IsComplete)
        {
            return new Outcome(true, "written, then refused: " + string.Join(", ", again.Report.Problems.Take(3).Select(p => p.Code + " " + p.Path)));
        }

        return LieuxMediationCsv.WriteToString(again.Records) == written
            ? new Outcome(true)
            : new Outcome(true, "write → read → write changes the text");
    }

    // What `import` writes (the rows read, then only the places the places reader accepts), `validate` accepts: the
    // written places JSON reads back without an error and is valid against places.schema.json.
    private static Outcome Import(Cli.Documents.DocumentKind kind, byte[] input, JsonSchema? schema)
    {
        Cli.Documents.PlacesRead read = Cli.Documents.PlaceFiles.ReadAs(kind, input);
        (IReadOnlyList<Place> kept, _) = Cli.Documents.PlaceFiles.KeepAccepted(read.Places ?? []);
        if (kept.Count == 0)
        {
            return new Outcome(false);
        }

        string written = TerritoryJson.Places.WriteToString(new PlacesDocument { Places = kept });
        ValidationReport again = Cli.Documents.DocumentKinds.Places.Validate(Encoding.UTF8.GetBytes(written)); // validate's verdict
        if (again.Errors.Any())
        {
            return new Outcome(true, "import wrote what validate rejects: " + string.Join(", ", again.Errors.Take(3).Select(p => p.Code + " " + p.Path)));
        }

        return schema is not null && schema.Evaluate(JsonDocument.Parse(written).RootElement, SchemaOptions) is { IsValid: false } results
            ? new Outcome(true, "import wrote what places.schema.json rejects: " + SchemaErrors(results), SilentAccept: true)
            : new Outcome(true);
    }

    private static Outcome FranceServicesCsvTarget(byte[] input)
    {
        var read = FranceServicesCsv.Read(new MemoryStream(input));
        return new Outcome(read.Records.Count > 0);
    }

    private static Outcome OsmHours(byte[] input)
    {
        string text = Encoding.UTF8.GetString(input);
        if (!OsmOpeningHours.TryParse(text, out WeeklySchedule? schedule, out _))
        {
            return new Outcome(false);
        }

        string formatted = OsmOpeningHours.Format(schedule);
        return OsmOpeningHours.TryParse(formatted, out WeeklySchedule? again, out _) && OsmOpeningHours.Format(again) == formatted
            ? new Outcome(true)
            : new Outcome(true, "format → parse → format is not stable");
    }

    private static Outcome Identifiers(byte[] input)
    {
        string text = Encoding.UTF8.GetString(input);
        bool accepted = false;
        string? failure = Identifier<InseeCode>(text, ref accepted) ?? Identifier<DepartementCode>(text, ref accepted) ?? Identifier<Siren>(text, ref accepted)
            ?? Identifier<Siret>(text, ref accepted) ?? Identifier<PostalCode>(text, ref accepted) ?? Identifier<RncpCode>(text, ref accepted)
            ?? Identifier<RncpBlockCode>(text, ref accepted) ?? Identifier<TitreProfessionnelCode>(text, ref accepted) ?? Identifier<EpciId>(text, ref accepted);
        return new Outcome(accepted, failure);
    }

    private static string? Identifier<T>(string text, ref bool accepted)
        where T : struct, IIdentifier<T>
    {
        if (!T.TryParse(text.AsSpan(), out T value, out _))
        {
            return null;
        }

        accepted = true;
        return T.TryParse(value.ToString().AsSpan(), out T again, out _) && again.Equals(value) ? null : $"{typeof(T).Name}: « {text} » does not read back";
    }
}
