using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Json;

/// <summary>The definitions of the <see cref="JsonProblemCodes"/>: default severity, French and English messages.</summary>
internal static class JsonProblemDefinitions
{
    internal static readonly ProblemDefinition Malformed =
        ProblemDefinition.Error(JsonProblemCodes.Malformed,
            "JSON mal formé (ligne {line}, position {position}) : {detail}",
            "Malformed JSON (line {line}, position {position}): {detail}");

    internal static readonly ProblemDefinition WrongType =
        ProblemDefinition.Error(JsonProblemCodes.WrongType,
            "Type JSON inattendu : {expected} attendu, {actual} trouvé.",
            "Unexpected JSON type: {expected} expected, {actual} found.");

    internal static readonly ProblemDefinition UnknownProperty =
        ProblemDefinition.Error(JsonProblemCodes.UnknownProperty,
            "Propriété inconnue « {property} » : elle ne fait pas partie du format {document}.",
            "Unknown property '{property}': it is not part of the {document} format.");

    internal static readonly ProblemDefinition MissingProperty =
        ProblemDefinition.Error(JsonProblemCodes.MissingProperty,
            "Propriété obligatoire « {property} » absente.",
            "Required property '{property}' is missing.");

    internal static readonly ProblemDefinition NullNotAllowed =
        ProblemDefinition.Error(JsonProblemCodes.NullNotAllowed,
            "La valeur null n'est pas permise ici : une valeur est obligatoire.",
            "A null value is not allowed here: a value is required.");

    internal static readonly ProblemDefinition InvalidValue =
        ProblemDefinition.Error(JsonProblemCodes.InvalidValue,
            "Valeur illisible pour le type {type} : {detail}",
            "Value cannot be read as {type}: {detail}");

    internal static readonly ProblemDefinition InvalidDate =
        ProblemDefinition.Error(JsonProblemCodes.InvalidDate,
            "« {value} » n'est pas une date au format ISO 8601 (AAAA-MM-JJ).",
            "'{value}' is not an ISO-8601 date (yyyy-MM-dd).");

    internal static readonly ProblemDefinition MissingSchemaVersion =
        ProblemDefinition.Error(JsonProblemCodes.MissingSchemaVersion,
            "Le document {document} n'indique pas sa version de schéma (« schemaVersion »).",
            "The {document} document does not state its schema version ('schemaVersion').");

    internal static readonly ProblemDefinition UnsupportedSchemaVersion =
        ProblemDefinition.Error(JsonProblemCodes.UnsupportedSchemaVersion,
            "Version de schéma « {value} » non prise en charge pour {document} (versions lues : {supported}).",
            "Schema version '{value}' is not supported for {document} (versions read: {supported}).");

    internal static readonly ProblemDefinition DuplicateProperty =
        ProblemDefinition.Error(JsonProblemCodes.DuplicateProperty,
            "La propriété « {property} » apparaît plusieurs fois dans le même objet.",
            "Property '{property}' appears more than once in the same object.");

    internal static readonly ProblemDefinition UnknownEnumValue =
        ProblemDefinition.Error(JsonProblemCodes.UnknownEnumValue,
            "« {value} » n'est pas une valeur permise (valeurs permises : {allowed}).",
            "'{value}' is not an allowed value (allowed values: {allowed}).");

    internal static readonly ProblemDefinition TooDeep =
        ProblemDefinition.Error(JsonProblemCodes.TooDeep,
            "Le document est imbriqué trop profondément (plus de {maxDepth} niveaux).",
            "The document nests too deeply (more than {maxDepth} levels).");

    internal static readonly ProblemDefinition InvalidTime =
        ProblemDefinition.Error(JsonProblemCodes.InvalidTime,
            "« {value} » n'est pas une heure au format HH:mm ou HH:mm:ss.",
            "'{value}' is not a time of day in HH:mm or HH:mm:ss form.");

    internal static readonly ProblemDefinition InvalidEncoding =
        ProblemDefinition.Error(JsonProblemCodes.InvalidEncoding,
            "Le texte n'est pas de l'UTF-8 valide : octet invalide à la position {offset} (en partant de 0).",
            "The text is not valid UTF-8: invalid byte at offset {offset} (counting from 0).");

    internal static readonly ProblemDefinition InvalidEscape =
        ProblemDefinition.Error(JsonProblemCodes.InvalidEscape,
            "Séquence d'échappement sans caractère Unicode (substitut isolé) près de l'octet {offset} : « {value} ».",
            "Escape sequence that is no Unicode character (a lone surrogate) near byte {offset}: '{value}'.");

    internal static readonly ProblemDefinition NumberOutOfRange =
        ProblemDefinition.Error(JsonProblemCodes.NumberOutOfRange,
            "« {value} » est hors de l'intervalle des nombres représentables.",
            "'{value}' lies outside the range of representable numbers.");

    internal static readonly ProblemDefinition DateOutOfRange =
        ProblemDefinition.Error(JsonProblemCodes.DateOutOfRange,
            "La date {value} est hors de l'intervalle accepté ({min} à {max}).",
            "Date {value} lies outside the accepted range ({min} to {max}).");

    internal static readonly ProblemDefinition ControlCharacter =
        ProblemDefinition.Error(JsonProblemCodes.ControlCharacter,
            "La valeur contient le caractère de contrôle U+{character} à la position {position} : « {value} ».",
            "The value holds control character U+{character} at position {position}: '{value}'.");

    internal static readonly ProblemDefinition ReportConstraint =
        ProblemDefinition.Error(JsonProblemCodes.ReportConstraint,
            "« {value} » ne respecte pas la contrainte « {constraint} » du document {document} (son schéma JSON publié).",
            "'{value}' breaks constraint '{constraint}' of the {document} document (its published JSON Schema).");

    internal static readonly ProblemDefinition NullForOptional =
        ProblemDefinition.Error(JsonProblemCodes.NullForOptional,
            "La valeur null n'est pas permise pour « {property} » : omettez la propriété quand elle n'a pas de valeur.",
            "A null value is not allowed for '{property}': leave the property out when it has no value.");

    internal static readonly ProblemDefinition PaddedIdentifier =
        ProblemDefinition.Error(JsonProblemCodes.PaddedIdentifier,
            "L'identifiant « {value} » est entouré d'espaces : un document porte l'identifiant exact.",
            "Identifier '{value}' has spaces around it: a document holds the exact identifier.");

    /// <summary>Gets every definition of the area, in the order of the codes.</summary>
    internal static IReadOnlyList<ProblemDefinition> All { get; } =
    [
        Malformed, WrongType, UnknownProperty, MissingProperty, NullNotAllowed, InvalidValue, InvalidDate, MissingSchemaVersion, UnsupportedSchemaVersion, DuplicateProperty, UnknownEnumValue, TooDeep, InvalidTime, InvalidEncoding, InvalidEscape, NumberOutOfRange, DateOutOfRange, ControlCharacter, ReportConstraint, NullForOptional, PaddedIdentifier,
    ];
}
