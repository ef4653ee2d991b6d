using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Landes.Inclusion.Cli.Documents;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.DataInclusion;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Interop.Places;
using Landes.Inclusion.Territory;
using NodaTime;

namespace Landes.Inclusion.Cli.Commands;

/// <summary>
/// <c>export FILE --to lieux|data-inclusion</c>: the library's places JSON as a lieux de médiation numérique CSV or as
/// data·inclusion structures and services. Exit code 1 when a place could not be exported.
/// </summary>
internal static class ExportCommand
{
    private static readonly CliText NotPlaces = new("{0} : ce n'est pas une liste de lieux JSON.", "{0}: not a places JSON.");

    private static readonly CliText LieuxNeeds = new(
        "--to lieux : le standard exige un pivot (SIRET ou RNA), une adresse et un code postal que la liste de lieux ne contient pas ; " +
        "indiquez --pivot, --address et --postal-code.",
        "--to lieux: the standard requires a pivot (SIRET or RNA), an address and a postal code that the places list does not hold; " +
        "give --pivot, --address and --postal-code.");

    private static readonly CliText OneCommune = new(
        "--to lieux : --address et --postal-code valent pour tous les lieux ; ces lieux sont dans {0} communes ({1}). Exportez-les commune par commune.",
        "--to lieux: --address and --postal-code apply to every place; these places are in {0} communes ({1}). Export them one commune at a time.");

    private static readonly CliText BadPivot = new("--pivot : « {0} » n'est ni un SIRET ni un RNA.", "--pivot: '{0}' is neither a SIRET nor an RNA.");
    private static readonly CliText BadPostalCode = new("--postal-code : « {0} » n'est pas un code postal.", "--postal-code: '{0}' is not a postal code.");

    public static Command Create(IClock clock)
    {
        Argument<string> file = CommandSupport.FileArgument("FILE", "Liste de lieux JSON (docs/schemas/places.schema.json). / Places JSON.");
        var to = new Option<string>("--to")
        {
            Description = "Format cible : lieux (CSV lieux de médiation numérique v1.0.2) ou data-inclusion (JSON v1.0.8). / " +
                "Target format: lieux (lieux de médiation numérique CSV v1.0.2) or data-inclusion (JSON v1.0.8).",
            Required = true,
        };
        to.AcceptOnlyFromAmong("lieux", "data-inclusion");
        var output = new Option<string?>("--output") { Description = "Fichier à écrire (sortie standard par défaut). / File to write (standard output by default)." };
        var source = new Option<string>("--source")
        {
            Description = "data-inclusion : identifiant du producteur (champ source). / producer identifier (source field).",
            DefaultValueFactory = _ => "landes-inclusion",
        };
        source.Validators.Add(r =>
        {
            if (string.IsNullOrWhiteSpace(r.GetValueOrDefault<string>()))
            {
                r.AddError("--source : un identifiant non vide est attendu. / a non-empty identifier is expected.");
            }
        });
        var pivot = new Option<string?>("--pivot") { Description = "lieux : SIRET ou RNA de la structure (pivot). / SIRET or RNA of the structure (pivot)." };
        var address = new Option<string?>("--address") { Description = "lieux : adresse (rue) des lieux. / street address of the places." };
        var postalCode = new Option<string?>("--postal-code") { Description = "lieux : code postal des lieux. / postal code of the places." };
        Option<LocalDate?> updated = CommonOptions.CreateAsOf();
        updated.Description = "Date de mise à jour écrite (date_maj, AAAA-MM-JJ), aujourd'hui par défaut. / Update date written (date_maj), today by default.";
        var command = new Command(
            "export",
            "Exporte une liste de lieux JSON en CSV des lieux de médiation numérique ou en structures et services data·inclusion.\n" +
            "Exports a places JSON as a lieux de médiation numérique CSV or as data·inclusion structures and services.\n" +
            "data-inclusion écrit {\"structures\": [...], \"services\": [...]}, chaque élément conforme aux schémas officiels v1.0.8. / " +
            "writes structures and services, each valid against the official v1.0.8 schemas.\n" +
            "lieux : le pivot, l'adresse et le code postal ne sont pas dans la liste de lieux ; ils s'indiquent en options, pour les lieux d'une même commune. / " +
            "lieux: the pivot, address and postal code are not in the places list; give them as options, for the places of one commune.\n\n" +
            "Exemples / examples:\n  landes-inclusion export lieux.json --to data-inclusion --output data-inclusion.json\n" +
            "  landes-inclusion export lieux.json --to lieux --pivot 22400001800016 --address \"23 rue Victor Hugo\" --postal-code 40000 --output lieux.csv");
        command.Arguments.Add(file);
        command.Options.Add(to);
        command.Options.Add(output);
        command.Options.Add(source);
        command.Options.Add(pivot);
        command.Options.Add(address);
        command.Options.Add(postalCode);
        command.Options.Add(updated);
        command.SetAction(result =>
        {
            LocalDate date = CommonOptions.AsOfOrToday(result, updated, clock);
            var request = new ExportRequest(result.GetValue(output), result.GetValue(source)!, date, result.GetValue(pivot), result.GetValue(address), result.GetValue(postalCode));
            return Execute(result, result.GetValue(file)!, result.GetValue(to) == "lieux", request);
        });
        return command;
    }

    private sealed record ExportRequest(string? Output, string Source, LocalDate UpdatedOn, string? Pivot, string? Address, string? PostalCode);

    private static int Execute(ParseResult result, string file, bool lieux, ExportRequest request)
    {
        MessageLanguage language = CommonOptions.LanguageOf(result);
        TextWriter error = result.InvocationConfiguration.Error;
        if (!CommandSupport.TryReadFile(file, result, out byte[] bytes))
        {
            return CliApplication.UsageError;
        }

        if (!DocumentKinds.Places.Matches(InputShape.Of(bytes)))
        {
            error.WriteLine(CommandSupport.Format(NotPlaces, language, file));
            return CliApplication.UsageError;
        }

        PlacesRead read = PlaceFiles.ReadAs(DocumentKinds.Places, bytes);
        if (read.Places is not { } places)
        {
            CommandSupport.WriteProblems(error, file, read.Report, language);
            return CliApplication.Invalid;
        }

        return lieux ? ExportLieux(result, places, request, language) : ExportDataInclusion(result, places, request, language);
    }

    private static int ExportDataInclusion(ParseResult result, IReadOnlyList<Place> places, ExportRequest request, MessageLanguage language)
    {
        DataInclusionExport export = DataInclusionExporter.Export(places, [], request.Source, request.UpdatedOn);
        string json = Write(export);
        if (!CommandSupport.TryWriteOutput(request.Output, json, result))
        {
            return CliApplication.UsageError;
        }

        if (export.Report.Problems.Count > 0)
        {
            CommandSupport.WriteProblems(result.InvocationConfiguration.Error, export.Report, language);
        }

        return CommandSupport.ExitCodeOf(export.Report);
    }

    // One object holding both arrays, each element written by the library's data·inclusion writer.
    private static string Write(DataInclusionExport export)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("structures");
            foreach (DataInclusionStructure structure in export.Structures)
            {
                DataInclusionJson.Write(writer, structure);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("services");
            foreach (DataInclusionService service in export.Services)
            {
                DataInclusionJson.Write(writer, service);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static int ExportLieux(ParseResult result, IReadOnlyList<Place> places, ExportRequest request, MessageLanguage language)
    {
        TextWriter error = result.InvocationConfiguration.Error;
        if (request.Pivot is null || request.Address is null || request.PostalCode is null)
        {
            error.WriteLine(LieuxNeeds.In(language));
            return CliApplication.UsageError;
        }

        if (!LieuPivot.TryParse(request.Pivot, out LieuPivot pivot, out _))
        {
            error.WriteLine(CommandSupport.Format(BadPivot, language, request.Pivot));
            return CliApplication.UsageError;
        }

        if (!PostalCode.TryParse(request.PostalCode, out PostalCode postalCode))
        {
            error.WriteLine(CommandSupport.Format(BadPostalCode, language, request.PostalCode));
            return CliApplication.UsageError;
        }

        List<InseeCode> communes = [.. places.Select(p => p.Commune).Distinct()];
        if (communes.Count > 1)
        {
            error.WriteLine(CommandSupport.Format(OneCommune, language, communes.Count, string.Join(", ", communes.Take(5)) + (communes.Count > 5 ? "…" : string.Empty)));
            return CliApplication.UsageError;
        }

        string communeName = communes.Count == 1 && Geography.France.TryGetCommune(communes[0], out Commune? commune) ? commune!.Name : string.Empty;
        var details = new LieuDetails
        {
            Pivot = pivot,
            PostalCode = postalCode,
            Address = request.Address,
            CommuneName = communeName,
            UpdatedOn = request.UpdatedOn,
        };
        string csv = LieuxMediationCsv.WriteToString(places.Select(p => PlaceInterop.ToLieu(p, details)));
        return CommandSupport.TryWriteOutput(request.Output, csv, result) ? CliApplication.Success : CliApplication.UsageError;
    }
}
