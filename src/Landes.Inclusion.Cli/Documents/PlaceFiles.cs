using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.FranceServices;
using Landes.Inclusion.Interop.Places;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Json;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;

namespace Landes.Inclusion.Cli.Documents;

/// <summary>Places read from a file: the list (null when nothing could be read), the problems, the file's kind, the rows left out and read.</summary>
internal sealed record PlacesRead(IReadOnlyList<Place>? Places, ValidationReport Report, DocumentKind? Kind, int RejectedRows, int RowCount);

/// <summary>Reads places from a network document, the library's places JSON, a lieux de médiation numérique CSV or a France Services CSV, detected by shape.</summary>
internal static class PlaceFiles
{
    /// <summary>Gets the kinds of file that hold places.</summary>
    public static IReadOnlyList<DocumentKind> Kinds { get; } = [DocumentKinds.Network, DocumentKinds.Places, DocumentKinds.LieuxCsv, DocumentKinds.FranceServicesCsv];

    /// <summary>Reads places from a file whose kind is detected from its shape.</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="staffedOn">For a network document, the day its assignments are counted on (<see cref="NetworkDocument.PlacesStaffedOn"/>); null for the places as written.</param>
    public static PlacesRead Read(ReadOnlyMemory<byte> bytes, NodaTime.LocalDate? staffedOn = null)
    {
        InputShape shape = InputShape.Of(bytes.Span);
        DocumentKind? kind = Kinds.FirstOrDefault(k => k.Matches(shape));
        return kind is null
            ? new PlacesRead(null, shape.IsMalformedJson ? DocumentKinds.MalformedJson(bytes) : ValidationReport.Valid, null, 0, 0)
            : ReadAs(kind, bytes, staffedOn);
    }

    /// <summary>Reads places from a file of the given kind (one of <see cref="Kinds"/>): its reader reports what does not fit.</summary>
    public static PlacesRead ReadAs(DocumentKind kind, ReadOnlyMemory<byte> bytes, NodaTime.LocalDate? staffedOn = null)
    {
        if (kind == DocumentKinds.Network)
        {
            ReadResult<NetworkDocument> network = NetworkJson.Network.Read(bytes);
            return new PlacesRead(network.Succeeded ? (staffedOn is { } day ? network.Value!.PlacesStaffedOn(day) : network.Value!.Places) : null, network.Report, kind, 0, network.UnvalidatedValue?.Places.Count ?? 0);
        }

        if (kind == DocumentKinds.Places)
        {
            ReadResult<PlacesDocument> read = TerritoryJson.Places.Read(bytes);
            return new PlacesRead(read.Succeeded ? read.Value!.Places : null, read.Report, kind, 0, read.UnvalidatedValue?.Places.Count ?? 0);
        }

        if (kind == DocumentKinds.LieuxCsv)
        {
            InteropReadResult<LieuMediationNumerique> lieux = DocumentKinds.ReadLieux(bytes);
            InteropReadResult<Place> places = PlaceInterop.FromLieux(lieux.Records);
            // The mapping numbers the accepted records; the user needs the file's rows.
            int[] fileRows = [.. Enumerable.Range(0, lieux.RowCount).Except(lieux.RejectedRows)];
            IEnumerable<Problem> mapping = places.Report.Problems.Select((p, i) =>
                p.At(ProblemPath.Member(ProblemPath.Index("rows", fileRows[places.RejectedRows[i]]), "code_insee")));
            return new PlacesRead(places.Records, lieux.Report.Merge(new ValidationReport(mapping)), kind, lieux.RejectedRows.Count + places.RejectedRows.Count, lieux.RowCount);
        }

        if (kind == DocumentKinds.FranceServicesCsv)
        {
            InteropReadResult<FranceServicesSite> sites = DocumentKinds.ReadFranceServices(bytes);
            return new PlacesRead(PlaceInterop.FromFranceServices(sites.Records), sites.Report, kind, sites.RejectedRows.Count, sites.RowCount);
        }

        throw new ArgumentException($"{kind.Id} does not hold places.", nameof(kind));
    }

    private static readonly PlaceValidator Validator = new();

    /// <summary>
    /// What <c>import</c> may write: the places the library's own places reader accepts. A place the validator rejects
    /// (an error at <c>places[i]</c>) or whose id an earlier place already holds is left out and reported, so that
    /// <c>validate</c> never refuses what <c>import</c> wrote. Warnings were reported by the reader and are not repeated.
    /// </summary>
    public static (IReadOnlyList<Place> Kept, ValidationReport LeftOut) KeepAccepted(IReadOnlyList<Place> places)
    {
        var kept = new List<Place>(places.Count);
        var problems = new List<Problem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < places.Count; i++)
        {
            string path = ProblemPath.Index("places", i);
            Problem[] errors = [.. ValidationReport.FromFluentValidation(Validator.Validate(places[i])).Errors
                .Select(p => p.At(ProblemPath.Combine(path, p.Path)))];
            if (errors.Length == 0 && !ids.Add(places[i].Id))
            {
                errors = [new Problem(ProblemCatalog.Get(TerritoryProblemCodes.DuplicatePlaceId), ProblemPath.Member(path, "id"), new Dictionary<string, string> { ["id"] = places[i].Id })];
            }

            if (errors.Length == 0)
            {
                kept.Add(places[i]);
            }

            problems.AddRange(errors);
        }

        return (kept, new ValidationReport(problems));
    }
}
