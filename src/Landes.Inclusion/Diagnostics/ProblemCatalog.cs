using System.Collections.Frozen;

namespace Landes.Inclusion.Diagnostics;

/// <summary>
/// Every problem code the library can report, with its severity and its French and English messages.
/// <c>docs/errors.md</c> mirrors this catalog (a test keeps them in step).
/// </summary>
/// <remarks>The catalog is immutable and thread-safe.</remarks>
public static class ProblemCatalog
{
    private static readonly FrozenDictionary<string, ProblemDefinition> ByCode =
        Definitions().ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);

    /// <summary>Gets every definition, ordered by code.</summary>
    public static IReadOnlyList<ProblemDefinition> All { get; } =
        [.. ByCode.Values.OrderBy(d => d.Code, StringComparer.Ordinal)];

    /// <summary>Gets the definition of a code.</summary>
    /// <param name="code">A code such as <c>LI-ID-031</c>.</param>
    /// <returns>Its definition.</returns>
    /// <exception cref="ArgumentException">The code is not defined (a programming error, not bad input).</exception>
    public static ProblemDefinition Get(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByCode.TryGetValue(code, out ProblemDefinition? definition)
            ? definition
            : throw new ArgumentException($"Unknown problem code '{code}'.", nameof(code));
    }

    /// <summary>Looks up the definition of a code.</summary>
    /// <param name="code">A code such as <c>LI-ID-031</c>.</param>
    /// <param name="definition">The definition when found.</param>
    /// <returns><see langword="true"/> when the code is defined.</returns>
    public static bool TryGet(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProblemDefinition? definition)
    {
        definition = null;
        return code is not null && ByCode.TryGetValue(code, out definition);
    }

    /// <summary>Defines an error code (for the areas' definition lists).</summary>
    internal static ProblemDefinition Error(string code, string french, string english) =>
        new(code, ProblemSeverity.Error, french, english);

    /// <summary>Defines a warning code (for the areas' definition lists).</summary>
    internal static ProblemDefinition Warning(string code, string french, string english) =>
        new(code, ProblemSeverity.Warning, french, english);

    /// <summary>Every area's definitions: each area lists its own beside the code that reports them.</summary>
    private static IEnumerable<ProblemDefinition> Definitions() =>
    [
        .. Landes.Inclusion.Identifiers.IdentifierProblemDefinitions.All(),
        .. JsonDefinitions(),
        .. LimitDefinitions(),
        .. Landes.Inclusion.Territory.TerritoryProblemDefinitions.All(),
        .. ScheduleProblemDefinitions.All(),
        .. NetworkProblemDefinitions.All(),
        .. CertificationProblemDefinitions.All(),
        .. Training.TrainingProblemDefinitions.All(),
        .. InteropProblemDefinitions.All(),
    ];

    private static IEnumerable<ProblemDefinition> JsonDefinitions()
    {
        yield return Error(ProblemCodes.Json.Malformed,
            "JSON mal formé (ligne {line}, position {position}) : {detail}",
            "Malformed JSON (line {line}, position {position}): {detail}");
        yield return Error(ProblemCodes.Json.WrongType,
            "Type JSON inattendu : {expected} attendu, {actual} trouvé.",
            "Unexpected JSON type: {expected} expected, {actual} found.");
        yield return Error(ProblemCodes.Json.UnknownProperty,
            "Propriété inconnue « {property} » : elle ne fait pas partie du format {document}.",
            "Unknown property '{property}': it is not part of the {document} format.");
        yield return Error(ProblemCodes.Json.MissingProperty,
            "Propriété obligatoire « {property} » absente.",
            "Required property '{property}' is missing.");
        yield return Error(ProblemCodes.Json.NullNotAllowed,
            "La valeur null n'est pas permise ici : une valeur est obligatoire.",
            "A null value is not allowed here: a value is required.");
        yield return Error(ProblemCodes.Json.InvalidValue,
            "Valeur illisible pour le type {type} : {detail}",
            "Value cannot be read as {type}: {detail}");
        yield return Error(ProblemCodes.Json.InvalidDate,
            "« {value} » n'est pas une date au format ISO 8601 (AAAA-MM-JJ).",
            "'{value}' is not an ISO-8601 date (yyyy-MM-dd).");
        yield return Error(ProblemCodes.Json.MissingSchemaVersion,
            "Le document {document} n'indique pas sa version de schéma (« schemaVersion »).",
            "The {document} document does not state its schema version ('schemaVersion').");
        yield return Error(ProblemCodes.Json.UnsupportedSchemaVersion,
            "Version de schéma « {value} » non prise en charge pour {document} (versions lues : {supported}).",
            "Schema version '{value}' is not supported for {document} (versions read: {supported}).");
        yield return Error(ProblemCodes.Json.DuplicateProperty,
            "La propriété « {property} » apparaît plusieurs fois dans le même objet.",
            "Property '{property}' appears more than once in the same object.");
        yield return Error(ProblemCodes.Json.UnknownEnumValue,
            "« {value} » n'est pas une valeur permise (valeurs permises : {allowed}).",
            "'{value}' is not an allowed value (allowed values: {allowed}).");
        yield return Error(ProblemCodes.Json.TooDeep,
            "Le document est imbriqué trop profondément (plus de {maxDepth} niveaux).",
            "The document nests too deeply (more than {maxDepth} levels).");
        yield return Error(ProblemCodes.Json.InvalidTime,
            "« {value} » n'est pas une heure au format HH:mm ou HH:mm:ss.",
            "'{value}' is not a time of day in HH:mm or HH:mm:ss form.");
        yield return Error(ProblemCodes.Json.InvalidEncoding,
            "Le texte n'est pas de l'UTF-8 valide : octet invalide à la position {offset} (en partant de 0).",
            "The text is not valid UTF-8: invalid byte at offset {offset} (counting from 0).");
        yield return Error(ProblemCodes.Json.InvalidEscape,
            "Séquence d'échappement sans caractère Unicode (substitut isolé) près de l'octet {offset} : « {value} ».",
            "Escape sequence that is no Unicode character (a lone surrogate) near byte {offset}: '{value}'.");
        yield return Error(ProblemCodes.Json.NumberOutOfRange,
            "« {value} » est hors de l'intervalle des nombres représentables.",
            "'{value}' lies outside the range of representable numbers.");
        yield return Error(ProblemCodes.Json.DateOutOfRange,
            "La date {value} est hors de l'intervalle accepté ({min} à {max}).",
            "Date {value} lies outside the accepted range ({min} to {max}).");
        yield return Error(ProblemCodes.Json.ControlCharacter,
            "La valeur contient le caractère de contrôle U+{character} à la position {position} : « {value} ».",
            "The value holds control character U+{character} at position {position}: '{value}'.");
        yield return Error(ProblemCodes.Json.ReportConstraint,
            "« {value} » ne respecte pas la contrainte « {constraint} » du document {document} (son schéma JSON publié).",
            "'{value}' breaks constraint '{constraint}' of the {document} document (its published JSON Schema).");
        yield return Error(ProblemCodes.Json.NullForOptional,
            "La valeur null n'est pas permise pour « {property} » : omettez la propriété quand elle n'a pas de valeur.",
            "A null value is not allowed for '{property}': leave the property out when it has no value.");
        yield return Error(ProblemCodes.Json.PaddedIdentifier,
            "L'identifiant « {value} » est entouré d'espaces : un document porte l'identifiant exact.",
            "Identifier '{value}' has spaces around it: a document holds the exact identifier.");
    }

    private static IEnumerable<ProblemDefinition> LimitDefinitions()
    {
        yield return Error(ProblemCodes.Limits.TooLarge,
            "L'entrée fait plus de {max} octets, la limite de ce lecteur : elle n'est pas lue.",
            "The input is larger than {max} bytes, this reader's limit: it is not read.");
        yield return Error(ProblemCodes.Limits.TooManyProblems,
            "… et {count} autres problèmes de code {code} (au plus {max} sont listés par code).",
            "… and {count} more problems of code {code} (at most {max} are listed per code).");
        yield return Error(ProblemCodes.Limits.TooManyColumns,
            "L'en-tête a {actual} colonnes ; ce lecteur en accepte au plus {max} : le fichier n'est pas lu.",
            "The header has {actual} columns; this reader accepts at most {max}: the file is not read.");
        yield return Error(ProblemCodes.Limits.CellTooLong,
            "La cellule fait {length} caractères ; ce lecteur en lit au plus {max} : la valeur est omise.",
            "The cell has {length} characters; this reader reads at most {max}: the value is left out.");
        yield return Error(ProblemCodes.Limits.RowTooLong,
            "Une ligne dépasse la taille maximale que le lecteur CSV peut tenir : la lecture s'arrête là ({detail}).",
            "A row exceeds the largest size the CSV reader can hold: reading stops there ({detail}).");
        yield return Error(ProblemCodes.Limits.StringTooLong,
            "Une chaîne de {length} octets commence à l'octet {offset} ; ce lecteur en accepte au plus {max} : le document n'est pas lu.",
            "A string of {length} bytes starts at byte {offset}; this reader accepts at most {max}: the document is not read.");
    }
}
