using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Interop;

/// <summary>The definitions of the <see cref="CsvProblemCodes"/>: default severity, French and English messages.</summary>
internal static class CsvProblemDefinitions
{
    internal static readonly ProblemDefinition SchemaType =
        ProblemDefinition.Error(CsvProblemCodes.SchemaType,
            "« {value} » n'est pas du type {type} qu'exige le schéma du standard pour le champ « {column} ».",
            "'{value}' is not of the {type} type the standard's schema requires for field '{column}'.");

    internal static readonly ProblemDefinition SchemaPattern =
        ProblemDefinition.Error(CsvProblemCodes.SchemaPattern,
            "« {value} » ne respecte pas le motif que le schéma du standard impose au champ « {column} » ({pattern}).",
            "'{value}' does not match the pattern the standard's schema sets for field '{column}' ({pattern}).");

    internal static readonly ProblemDefinition SchemaEnumeration =
        ProblemDefinition.Error(CsvProblemCodes.SchemaEnumeration,
            "« {value} » n'est pas une valeur du champ « {column} » selon le schéma du standard (valeurs permises, séparées par | : {allowed}).",
            "'{value}' is not a value of field '{column}' in the standard's schema (allowed values, separated by |: {allowed}).");

    internal static readonly ProblemDefinition SchemaRequired =
        ProblemDefinition.Error(CsvProblemCodes.SchemaRequired,
            "Le champ « {column} » est obligatoire selon le schéma du standard, et il est vide.",
            "Field '{column}' is required by the standard's schema, and it is empty.");

    internal static readonly ProblemDefinition SchemaUnique =
        ProblemDefinition.Error(CsvProblemCodes.SchemaUnique,
            "« {value} » est déjà la valeur du champ unique « {column} » à la ligne {firstRow} (schéma du standard).",
            "'{value}' is already the value of unique field '{column}' in row {firstRow} (standard's schema).");

    internal static readonly ProblemDefinition SchemaMaxLength =
        ProblemDefinition.Error(CsvProblemCodes.SchemaMaxLength,
            "La valeur du champ « {column} » a {length} caractères ; le schéma du standard en permet {max} au plus.",
            "The value of field '{column}' has {length} characters; the standard's schema allows at most {max}.");

    internal static readonly ProblemDefinition Malformed =
        ProblemDefinition.Error(CsvProblemCodes.Malformed,
            "Le texte n'est pas un CSV lisible : {detail}",
            "The text is not readable CSV: {detail}");

    internal static readonly ProblemDefinition MissingColumn =
        ProblemDefinition.Error(CsvProblemCodes.MissingColumn,
            "La colonne « {column} » du format {format} est absente de l'en-tête.",
            "Column '{column}' of the {format} format is missing from the header.");

    internal static readonly ProblemDefinition UnknownColumn =
        ProblemDefinition.Warning(CsvProblemCodes.UnknownColumn,
            "La colonne « {column} » ne fait pas partie du format {format} : elle est ignorée.",
            "Column '{column}' is not part of the {format} format: it is ignored.");

    internal static readonly ProblemDefinition CellCount =
        ProblemDefinition.Error(CsvProblemCodes.CellCount,
            "La ligne a {actual} cellules alors que l'en-tête a {expected} colonnes : elle est rejetée.",
            "The row has {actual} cells while the header has {expected} columns: it is rejected.");

    internal static readonly ProblemDefinition RequiredFieldMissing =
        ProblemDefinition.Error(CsvProblemCodes.RequiredFieldMissing,
            "Le champ obligatoire « {column} » est vide : la ligne est rejetée.",
            "Required field '{column}' is empty: the row is rejected.");

    internal static readonly ProblemDefinition PatternMismatch =
        ProblemDefinition.Error(CsvProblemCodes.PatternMismatch,
            "« {value} » ne respecte pas le motif du champ « {column} » ({pattern}).",
            "'{value}' does not match the pattern of field '{column}' ({pattern}).");

    internal static readonly ProblemDefinition InvalidNumber =
        ProblemDefinition.Error(CsvProblemCodes.InvalidNumber,
            "« {value} » n'est pas un nombre décimal (point comme séparateur).",
            "'{value}' is not a decimal number (point as separator).");

    internal static readonly ProblemDefinition CoordinateOutOfRange =
        ProblemDefinition.Error(CsvProblemCodes.CoordinateOutOfRange,
            "{value} est hors de l'intervalle permis pour « {column} » ({min} à {max}).",
            "{value} lies outside the range of '{column}' ({min} to {max}).");

    internal static readonly ProblemDefinition InvalidDate =
        ProblemDefinition.Error(CsvProblemCodes.InvalidDate,
            "« {value} » n'est pas une date au format {pattern}.",
            "'{value}' is not a date in {pattern} form.");

    internal static readonly ProblemDefinition UnknownEnumValue =
        ProblemDefinition.Error(CsvProblemCodes.UnknownEnumValue,
            "« {value} » n'est pas une valeur permise du champ « {column} » (valeurs permises : {allowed}).",
            "'{value}' is not an allowed value of field '{column}' (allowed values: {allowed}).");

    internal static readonly ProblemDefinition TooLong =
        ProblemDefinition.Error(CsvProblemCodes.TooLong,
            "La valeur du champ « {column} » a {length} caractères ; {max} au plus sont permis.",
            "The value of field '{column}' has {length} characters; at most {max} are allowed.");

    internal static readonly ProblemDefinition DuplicateId =
        ProblemDefinition.Error(CsvProblemCodes.DuplicateId,
            "L'identifiant « {value} » est déjà celui de la ligne {firstRow} : la ligne est rejetée.",
            "Identifier '{value}' is already that of row {firstRow}: the row is rejected.");

    internal static readonly ProblemDefinition Trimmed =
        ProblemDefinition.Warning(CsvProblemCodes.Trimmed,
            "Espaces retirés autour de « {value} ».",
            "Spaces removed around '{value}'.");

    internal static readonly ProblemDefinition EnumVariantCorrected =
        ProblemDefinition.Warning(CsvProblemCodes.EnumVariantCorrected,
            "« {value} » a été lu comme la valeur « {corrected} » du standard.",
            "'{value}' was read as the standard's value '{corrected}'.");

    internal static readonly ProblemDefinition TelephoneCorrected =
        ProblemDefinition.Warning(CsvProblemCodes.TelephoneCorrected,
            "Le numéro « {value} » a été réécrit au format international « {corrected} ».",
            "Telephone number '{value}' was rewritten in international form '{corrected}'.");

    internal static readonly ProblemDefinition HoursFormat =
        ProblemDefinition.Error(CsvProblemCodes.HoursFormat,
            "« {value} » n'est pas une liste d'horaires de la forme « 09:00 - 12:00 / 13:30 - 17:00 ».",
            "'{value}' is not a list of hours of the form '09:00 - 12:00 / 13:30 - 17:00'.");

    internal static readonly ProblemDefinition InvalidBoolean =
        ProblemDefinition.Error(CsvProblemCodes.InvalidBoolean,
            "« {value} » n'est ni « Oui » ni « Non ».",
            "'{value}' is neither 'Oui' nor 'Non'.");

    internal static readonly ProblemDefinition ExportConstraint =
        ProblemDefinition.Error(CsvProblemCodes.ExportConstraint,
            "Le lieu ne peut pas être exporté : « {field} » ne respecte pas la contrainte « {constraint} » du format cible.",
            "The place cannot be exported: '{field}' breaks the target format's constraint '{constraint}'.");

    internal static readonly ProblemDefinition ExportValueDropped =
        ProblemDefinition.Warning(CsvProblemCodes.ExportValueDropped,
            "« {value} » n'a pas d'équivalent dans « {field} » du format cible : la valeur est omise.",
            "'{value}' has no counterpart in '{field}' of the target format: the value is left out.");

    internal static readonly ProblemDefinition HoursCorrected =
        ProblemDefinition.Warning(CsvProblemCodes.HoursCorrected,
            "Les horaires « {value} » contiennent une plage vide (00:00 - 00:00), en double ou qui en chevauche une autre : lus comme « {corrected} ».",
            "Hours '{value}' hold an empty (00:00 - 00:00), duplicate or overlapping range: read as '{corrected}'.");

    internal static readonly ProblemDefinition ControlCharacter =
        ProblemDefinition.Error(CsvProblemCodes.ControlCharacter,
            "La cellule contient le caractère de contrôle U+{character} à la position {position} : « {value} » ; la valeur n'est pas lue.",
            "The cell holds control character U+{character} at position {position}: '{value}'; the value is not read.");

    internal static readonly ProblemDefinition DuplicateColumn =
        ProblemDefinition.Error(CsvProblemCodes.DuplicateColumn,
            "L'en-tête nomme deux fois la colonne « {column} » (colonnes {first} et {second}) : seule la première est lue.",
            "The header names column '{column}' twice (columns {first} and {second}): only the first is read.");

    internal static readonly ProblemDefinition DateOutOfRange =
        ProblemDefinition.Error(CsvProblemCodes.DateOutOfRange,
            "La date « {value} » est hors de l'intervalle accepté ({min} à {max}).",
            "Date '{value}' lies outside the accepted range ({min} to {max}).");

    /// <summary>Gets every definition of the area, in the order of the codes.</summary>
    internal static IReadOnlyList<ProblemDefinition> All { get; } =
    [
        SchemaType, SchemaPattern, SchemaEnumeration, SchemaRequired, SchemaUnique, SchemaMaxLength, Malformed, MissingColumn, UnknownColumn, CellCount, RequiredFieldMissing, PatternMismatch, InvalidNumber, CoordinateOutOfRange, InvalidDate, UnknownEnumValue, TooLong, DuplicateId, Trimmed, EnumVariantCorrected, TelephoneCorrected, HoursFormat, InvalidBoolean, ExportConstraint, ExportValueDropped, HoursCorrected, ControlCharacter, DuplicateColumn, DateOutOfRange,
    ];
}
