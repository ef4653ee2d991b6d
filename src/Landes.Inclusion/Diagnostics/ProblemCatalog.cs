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
    }
}
