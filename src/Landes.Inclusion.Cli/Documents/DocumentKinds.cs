using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.FranceServices;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Json;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;

namespace Landes.Inclusion.Cli.Documents;

/// <summary>
/// The registry of the document kinds <c>validate</c> recognises, tried in order: the first whose shape matches wins.
/// To recognise a new document (the network document), add one <see cref="DocumentKind"/> to <see cref="All"/>
/// before the kinds whose shape is looser (the candidate record accepts almost any object).
/// </summary>
internal static class DocumentKinds
{
    // The candidate record's properties are all optional but the version: an object with only those is a record.
    private static readonly HashSet<string> CandidateRecordNames =
        ["schemaVersion", "candidateId", "trainingStart", "results", "registrations", "titleAwards", "ccsAwards"];

    public static DocumentKind Places { get; } = new(
        "places", new("liste de lieux (JSON)", "places (JSON)"), s => s.IsJsonObject && s.Has("places"), b => TerritoryJson.Places.Read(b).Report);

    public static DocumentKind Network { get; } = new(
        "network", new("réseau de conseillers numériques (JSON)", "network of conseillers numériques (JSON)"),
        s => s.IsJsonObject && s.Has("advisors", "structures"), b => NetworkJson.Network.Read(b).Report);

    public static DocumentKind LieuxCsv { get; } = new(
        "lieux-csv", new("lieux de médiation numérique (CSV)", "lieux de médiation numérique (CSV)"),
        s => !s.IsJson && s.Has("id", "pivot", "nom", "code_postal"), ValidateLieux);

    public static DocumentKind FranceServicesCsv { get; } = new(
        "france-services-csv", new("liste France Services (CSV)", "France Services list (CSV)"),
        s => !s.IsJson && s.Has("id_fs", "lib_fs", "insee_com"), b => ReadFranceServices(b).Report);

    /// <summary>Gets every kind, in detection order.</summary>
    public static IReadOnlyList<DocumentKind> All { get; } =
    [
        // The network document first: it holds places too, and the shapes below are looser.
        Network,
        Places,
        new("enrolments", new("inscriptions en formation (JSON)", "training enrolments (JSON)"),
            s => s.IsJsonObject && s.Has("enrolments"), b => TrainingJson.Enrolments.Read(b).Report),
        new("catalog", new("catalogue des titres (JSON)", "certification catalog (JSON)"),
            s => s.IsJsonObject && s.Has("titles"), b => CertificationJson.Catalog.Read(b).Report),
        new("programme", new("programme de formation (JSON)", "training programme (JSON)"),
            s => s.IsJsonObject && s.Has("periods"), b => TrainingJson.Programme.Read(b).Report),
        new("coverage-result", new("résultat de couverture (JSON)", "coverage result (JSON)"),
            s => s.IsJsonObject && s.Has("vintage", "territoryCode"), b => TerritoryJson.CoverageResult.Read(b).Report),
        new("validation-report", new("rapport de validation (JSON)", "validation report (JSON)"),
            s => s.IsJsonObject && s.Has("valid", "problems"), b => LandesJson.ValidationReport.Read(b).Report),
        new("certification-evaluation", new("évaluation de certification (JSON)", "certification evaluation (JSON)"),
            s => s.IsJsonObject && s.Has("outcome", "findings"), b => CertificationJson.Evaluation.Read(b).Report),
        new("candidate-record", new("dossier de candidat (JSON)", "candidate record (JSON)"),
            s => s.IsJsonObject && (s.Names.Count == 0 || s.Names.Any(CandidateRecordNames.Contains)), b => CertificationJson.Record.Read(b).Report),
        LieuxCsv,
        FranceServicesCsv,
    ];

    /// <summary>Finds the kind of a file's shape, or null when no kind matches.</summary>
    public static DocumentKind? Detect(InputShape shape) => All.FirstOrDefault(k => k.Matches(shape));

    /// <summary>The problems of malformed JSON (its kind unknown): the library's generic reader reports where it breaks.</summary>
    public static ValidationReport MalformedJson(ReadOnlyMemory<byte> bytes) => LandesJson.ValidationReport.Read(bytes).Report;

    /// <summary>The standard's verdict on a lieux CSV: its Table Schema's violations are errors.</summary>
    public static ValidationReport ValidateLieux(ReadOnlyMemory<byte> bytes)
    {
        using MemoryStream stream = Over(bytes);
        return LieuxMediationCsv.Validate(stream);
    }

    public static InteropReadResult<LieuMediationNumerique> ReadLieux(ReadOnlyMemory<byte> bytes)
    {
        using MemoryStream stream = Over(bytes);
        return LieuxMediationCsv.Read(stream);
    }

    public static InteropReadResult<FranceServicesSite> ReadFranceServices(ReadOnlyMemory<byte> bytes)
    {
        using MemoryStream stream = Over(bytes);
        return Interop.FranceServices.FranceServicesCsv.Read(stream);
    }

    // A read-only stream over the bytes, without copying them when they are a whole array's (a file read is).
    private static MemoryStream Over(ReadOnlyMemory<byte> bytes) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out ArraySegment<byte> segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
}
