using System.Text.RegularExpressions;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.Csv;
using NodaTime.Text;
using nietras.SeparatedValues;

namespace Landes.Inclusion.Interop.LieuxMediation;

/// <summary>The Table Schema types the standard uses.</summary>
internal enum TableFieldType
{
    String,
    Number,
    Date,
}

/// <summary>One field of the standard's Table Schema: its type and constraints (an enumeration is the standard's <c>(?:(?:^|\|)(A|B))+$</c> pattern, held as its values).</summary>
internal sealed record TableField(string Name, TableFieldType Type, bool Required, bool Unique, string? Pattern, IReadOnlyList<string>? Enumeration, int? MaxLength)
{
    public Regex? Regex { get; } = Pattern is null ? null : new Regex("^(?:" + Pattern + ")$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}

/// <summary>
/// The Table Schema of the « lieux de médiation numérique » standard v1.0.2 (schema.json of the standard), held as
/// data, and the check of a CSV against it: the standard's verdict, where every violation is an error.
/// </summary>
internal static class LieuxMediationTableSchema
{
    private static readonly Regex NumberForm = new(@"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The 32 fields, in the schema's order (taken from the standard's schema.json v1.0.2).</summary>
    public static IReadOnlyList<TableField> Fields { get; } =
    [
        new("id", TableFieldType.String, true, true, null, null, null),
        new("pivot", TableFieldType.String, true, false, "^[a-zA-Z0-9]{9,14}$", null, null),
        new("nom", TableFieldType.String, true, false, null, null, null),
        new("commune", TableFieldType.String, true, false, null, null, null),
        new("code_postal", TableFieldType.String, true, false, "^\\d{5}$", null, null),
        new("code_insee", TableFieldType.String, false, false, "^([013-9]\\d|2[AB1-9])\\d{3}$", null, null),
        new("adresse", TableFieldType.String, true, false, null, null, null),
        new("complement_adresse", TableFieldType.String, false, false, null, null, null),
        new("latitude", TableFieldType.Number, false, false, null, null, null),
        new("longitude", TableFieldType.Number, false, false, null, null, null),
        new("typologie", TableFieldType.String, false, false, null, null, null),
        new("telephone", TableFieldType.String, false, false, "^(\\+33|\\+590|\\+594|\\+262|\\+596|\\+269|\\+687|\\+689|\\+508|\\+681)(\\d){6,9}$", null, null),
        new("courriels", TableFieldType.String, false, false, null, null, null),
        new("site_web", TableFieldType.String, false, false, null, null, null),
        new("horaires", TableFieldType.String, false, false, null, null, null),
        new("presentation_resume", TableFieldType.String, false, false, null, null, 280),
        new("presentation_detail", TableFieldType.String, false, false, null, null, null),
        new("source", TableFieldType.String, false, false, null, null, null),
        new("itinerance", TableFieldType.String, false, false, null, ["Itinérant", "Fixe"], null),
        new("structure_parente", TableFieldType.String, false, false, null, null, null),
        new("date_maj", TableFieldType.Date, true, false, null, null, null),
        new("services", TableFieldType.String, false, false, null, ["Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien", "Insertion professionnelle via le numérique", "Utilisation sécurisée du numérique", "Parentalité et éducation avec le numérique", "Loisirs et créations numériques", "Compréhension du monde numérique", "Accès internet et matériel informatique", "Acquisition de matériel informatique à prix solidaire"], null),
        new("publics_specifiquement_adresses", TableFieldType.String, false, false, null, ["Jeunes", "Étudiants", "Familles et/ou enfants", "Seniors", "Femmes"], null),
        new("prise_en_charge_specifique", TableFieldType.String, false, false, null, ["Surdité", "Handicaps moteurs", "Handicaps mentaux", "Illettrisme", "Langues étrangères (anglais)", "Langues étrangères (autres)", "Déficience visuelle"], null),
        new("frais_a_charge", TableFieldType.String, false, false, null, ["Gratuit", "Gratuit sous condition", "Payant"], null),
        new("dispositif_programmes_nationaux", TableFieldType.String, false, false, null, ["Aidants Connect", "Bibliothèques numérique de référence", "Certification PIX", "Conseillers numériques", "Emmaüs Connect", "France Services", "Grande école du numérique", "La Croix Rouge", "Point d'accès numérique CAF", "Promeneurs du net", "Relais numérique (Emmaüs Connect)"], null),
        new("formations_labels", TableFieldType.String, false, false, null, ["Formé à « Mon Espace Santé »", "Formé à « DUPLEX » (illettrisme)", "Arnia/MedNum BFC (Bourgogne-Franche-Comté)", "Collectif ressources et acteurs réemploi (Normandie)", "Étapes numériques(La Poste)", "Fabriques de Territoire", "Les Éclaireurs du numérique (Drôme)", "Mes Papiers (Métropole de Lyon)", "ORDI 3.0", "SUD LABS (PACA)"], null),
        new("autres_formations_labels", TableFieldType.String, false, false, null, null, null),
        new("modalites_acces", TableFieldType.String, false, false, null, ["Se présenter", "Téléphoner", "Contacter par mail", "Prendre un RDV en ligne", "Ce lieu n'accueille pas de public", "Envoyer un mail avec une fiche de prescription"], null),
        new("modalites_accompagnement", TableFieldType.String, false, false, null, ["En autonomie", "Accompagnement individuel", "Dans un atelier collectif", "À distance"], null),
        new("fiche_acces_libre", TableFieldType.String, false, false, null, null, null),
        new("prise_rdv", TableFieldType.String, false, false, null, null, null),
    ];

    /// <summary>Checks every data row's cells against the schema; problems at <c>rows[i].field</c>, capped per code.</summary>
    public static List<Problem> Check(TextReader reader)
    {
        var problems = new List<Problem>();
        var cap = new ProblemCap();
        var seen = new Dictionary<string, int>[Fields.Count];
        int row = 0;
        try
        {
            using SepReader sep = CsvTable.OpenReader(reader);
            if (!sep.MoveNext() || sep.Current.ColCount > InputLimits.MaxCsvColumns)
            {
                return problems; // The reader reports an empty or oversized header.
            }

            int[] indexes = MapHeader(sep.Current);
            int expected = sep.Current.ColCount;
            while (sep.MoveNext())
            {
                SepReader.Row current = sep.Current;
                if (current.ColCount == expected)
                {
                    for (int i = 0; i < Fields.Count; i++)
                    {
                        if (indexes[i] >= 0 && CheckCell(Fields[i], current[indexes[i]].Span, row, seen, i) is { } problem && cap.Admit(problem))
                        {
                            problems.Add(problem);
                        }
                    }
                }

                row++;
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException)
        {
            // The reader reports a malformed text or an over-long row; the check stops where reading stopped.
        }

        problems.AddRange(cap.Summaries());
        return problems;
    }

    private static int[] MapHeader(SepReader.Row header)
    {
        int[] indexes = new int[Fields.Count];
        Array.Fill(indexes, -1);
        for (int c = header.ColCount - 1; c >= 0; c--)
        {
            string name = header[c].ToString();
            for (int i = 0; i < Fields.Count; i++)
            {
                if (string.Equals(Fields[i].Name, name, StringComparison.Ordinal))
                {
                    indexes[i] = c; // Going backwards: the first of repeated columns wins, as in the reader.
                }
            }
        }

        return indexes;
    }

    private static Problem? CheckCell(TableField field, ReadOnlySpan<char> cell, int row, Dictionary<string, int>[] seen, int fieldIndex)
    {
        string path = ProblemPath.Combine(ProblemPath.Index("rows", row), field.Name);
        if (cell.Length > InputLimits.MaxCsvCellLength)
        {
            return null; // The reader reports it (LI-LIM-004); the value is not read.
        }

        if (cell.IsEmpty)
        {
            return field.Required ? Error(CsvProblemDefinitions.SchemaRequired, path, ("column", field.Name)) : null;
        }

        string value = cell.ToString();
        if (field.Type == TableFieldType.Number && !IsNumber(value))
        {
            return Error(CsvProblemDefinitions.SchemaType, path, ("value", value), ("column", field.Name), ("type", "number"));
        }

        if (field.Type == TableFieldType.Date && !LocalDatePattern.Iso.Parse(value).Success)
        {
            return Error(CsvProblemDefinitions.SchemaType, path, ("value", value), ("column", field.Name), ("type", "date (YYYY-MM-DD)"));
        }

        if (field.Regex is { } regex && !regex.IsMatch(value))
        {
            return Error(CsvProblemDefinitions.SchemaPattern, path, ("value", value), ("column", field.Name), ("pattern", field.Pattern!));
        }

        if (field.Enumeration is { } allowed && value.Split('|').FirstOrDefault(item => !allowed.Contains(item, StringComparer.Ordinal)) is { } wrong)
        {
            return Error(CsvProblemDefinitions.SchemaEnumeration, path, ("value", wrong), ("column", field.Name), ("allowed", string.Join(" | ", allowed)));
        }

        if (field.MaxLength is int max && value.Length > max)
        {
            return Error(CsvProblemDefinitions.SchemaMaxLength, path, ("column", field.Name), ("length", CsvTable.Invariant(value.Length)), ("max", CsvTable.Invariant(max)));
        }

        if (field.Unique)
        {
            Dictionary<string, int> values = seen[fieldIndex] ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (values.TryGetValue(value, out int first))
            {
                return Error(CsvProblemDefinitions.SchemaUnique, path, ("value", value), ("column", field.Name), ("firstRow", CsvTable.Invariant(first)));
            }

            values[value] = row;
        }

        return null;
    }

    /// <summary>The Table Schema <c>number</c> lexical form: decimal or exponent notation, <c>NaN</c>, <c>INF</c>, <c>-INF</c>.</summary>
    private static bool IsNumber(string value) =>
        value is "NaN" or "INF" or "-INF" || NumberForm.IsMatch(value);

    private static Problem Error(ProblemDefinition code, string path, params (string Name, string Value)[] arguments) =>
        new(code, path, ProblemSeverity.Error, ProblemArguments.Of(arguments));

}
