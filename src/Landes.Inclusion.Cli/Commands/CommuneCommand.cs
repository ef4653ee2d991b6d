using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Territory;

namespace Landes.Inclusion.Cli.Commands;

/// <summary>
/// <c>commune CODE|NAME [--format json]</c>: what the embedded COG history says of a code (a current commune, an
/// arrondissement municipal, a commune déléguée or associée, an absorbed or ambiguous former code) or of a name
/// (current, former and arrondissement names), with the sources. Exit 0 when found, 1 when not.
/// </summary>
internal static class CommuneCommand
{
    private static readonly CliText NotFound = new("« {0} » : aucune commune, ancienne commune ni arrondissement connu (COG {1}–{2}).", "'{0}': no commune, former commune or arrondissement known (COG {1}–{2}).");
    private static readonly CliText Sources = new("Sources : {0} (données Licence Ouverte 2.0).", "Sources: {0} (data Licence Ouverte 2.0).");
    private static readonly CliText IsCommune = new("commune actuelle (COG {0})", "current commune (COG {0})");
    private static readonly CliText IsArrondissement = new("arrondissement municipal de {0}", "arrondissement municipal of {0}");
    private static readonly CliText IsPart = new("{0} de {1} (depuis le COG {2})", "{0} of {1} (since COG {2})");
    private static readonly CliText IsAmbiguous = new("ancien code rattaché à plusieurs communes : {0} — non converti", "former code attached to several communes: {0} — not converted");
    private static readonly CliText LastCommune = new("dernier COG où c'était une commune : {0}", "last COG in which it was a commune: {0}");

    public static Command Create()
    {
        var query = new Argument<string>("CODE|NOM") { Description = "Code INSEE (93059, 75115) ou nom (« Paris 15e »). / INSEE code or name." };
        Option<string> format = CommonOptions.CreateFormat("text", "json");
        var command = new Command(
            "commune",
            "Dit ce qu'est un code ou un nom de commune au COG courant, d'après l'historique embarqué des COG 2021 à 2026 (sources citées). / " +
            "Says what a commune code or name is in the current COG, from the embedded history of COG 2021 to 2026 (sources cited).\n" +
            "Codes de sortie / exit codes: 0 trouvé / found, 1 inconnu / unknown.\n\n" +
            "Exemples / examples:\n  landes-inclusion commune 93059\n  landes-inclusion commune \"Paris 15e\" --format json");
        command.Arguments.Add(query);
        command.Options.Add(format);
        command.SetAction(result => Execute(result, result.GetValue(query)!, result.GetValue(format) == "json"));
        return command;
    }

    private static int Execute(ParseResult result, string query, bool json)
    {
        Geography geography = Geography.France;
        MessageLanguage language = CommonOptions.LanguageOf(result);
        IReadOnlyList<CodeResolution> found = InseeCode.TryParse(query.Trim(), out InseeCode code)
            ? [geography.Resolve(code)]
            : geography.ResolveName(query);
        found = [.. found.Where(r => r.Status != CodeStatus.Unknown)];
        TextWriter output = result.InvocationConfiguration.Output;
        string sources = string.Join(", ", geography.HistoryVintages.Select(v => v.ToString()));
        if (json)
        {
            output.WriteLine(Json(geography, query, found));
        }
        else if (found.Count == 0)
        {
            output.WriteLine(CommandSupport.Format(NotFound, language, query, geography.HistoryVintages[0].CogYear, geography.Vintage.CogYear));
        }
        else
        {
            foreach (CodeResolution r in found)
            {
                output.WriteLine($"{r.Code} {NameOf(geography, r)} — {Describe(geography, r, language)}");
                if (!r.IsCurrent && geography.DetectCogYear([r.Code]) is { } last)
                {
                    output.WriteLine("  " + CommandSupport.Format(LastCommune, language, last));
                }
            }

            output.WriteLine(CommandSupport.Format(Sources, language, sources));
        }

        return found.Count > 0 ? CliApplication.Success : CliApplication.Invalid;
    }

    private static string NameOf(Geography geography, CodeResolution r) =>
        r.IsCurrent && geography.TryGetUnit(r.Code, out Commune? unit) ? unit.Name
        : r.FormerNames.Count > 0 ? r.FormerNames[^1] : string.Empty;

    private static string Named(Geography geography, InseeCode code) =>
        geography.TryGetUnit(code, out Commune? unit) ? $"{code} {unit.Name}" : code.ToString();

    private static string Describe(Geography geography, CodeResolution r, MessageLanguage language) => r.Status switch
    {
        CodeStatus.Commune => CommandSupport.Format(IsCommune, language, geography.Vintage.CogYear),
        CodeStatus.ArrondissementMunicipal => CommandSupport.Format(IsArrondissement, language, Named(geography, r.Commune)),
        CodeStatus.Ambiguous => CommandSupport.Format(IsAmbiguous, language, string.Join(", ", r.Candidates.Select(c => Named(geography, c)))),
        _ => CommandSupport.Format(IsPart, language, StableEnumNames.GetName(r.Status), Named(geography, r.Commune),
            r.SinceCogYear?.ToString(CultureInfo.InvariantCulture) ?? "≤ " + geography.HistoryVintages[0].CogYear.ToString(CultureInfo.InvariantCulture)),
    };

    private static string Json(Geography geography, string query, IReadOnlyList<CodeResolution> found)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("query", query);
            writer.WriteNumber("cogYear", geography.Vintage.CogYear);
            writer.WriteStartArray("results");
            foreach (CodeResolution r in found)
            {
                writer.WriteStartObject();
                writer.WriteString("code", r.Code.ToString());
                writer.WriteString("name", NameOf(geography, r));
                writer.WriteString("status", StableEnumNames.GetName(r.Status));
                if (r.IsResolved)
                {
                    writer.WriteString("commune", r.Commune.ToString());
                    writer.WriteString("communeName", geography.TryGetCommune(r.Commune, out Commune? commune) ? commune.Name : string.Empty);
                    writer.WriteString("unit", r.Unit.ToString());
                }

                writer.WriteStartArray("candidates");
                foreach (InseeCode candidate in r.Candidates)
                {
                    writer.WriteStringValue(candidate.ToString());
                }

                writer.WriteEndArray();
                if (r.SinceCogYear is { } since)
                {
                    writer.WriteNumber("sinceCogYear", since);
                }

                if (geography.DetectCogYear([r.Code]) is { } last)
                {
                    writer.WriteNumber("lastCogYearAsCommune", last);
                }

                writer.WriteStartArray("formerNames");
                foreach (string name in r.FormerNames)
                {
                    writer.WriteStringValue(name);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("sources");
            foreach (CogSource source in geography.HistoryVintages)
            {
                writer.WriteStartObject();
                writer.WriteNumber("cogYear", source.CogYear);
                writer.WriteString("source", source.Source);
                writer.WriteString("licence", "Licence Ouverte 2.0 (data), MIT (package)");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
