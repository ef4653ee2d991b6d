namespace Landes.Inclusion.Diagnostics;

public static partial class ProblemCodes
{
    /// <summary>Codes of the OSM <c>opening_hours</c> syntax (area <c>OSM</c>).</summary>
    public static class OpeningHours
    {
        /// <summary>A part of an opening_hours value is valid OSM syntax outside the subset the library reads (months, weeks, school holidays, sunrise…).</summary>
        public const string Unsupported = "LI-OSM-001";

        /// <summary>A part of an opening_hours value is not opening_hours syntax at all.</summary>
        public const string Malformed = "LI-OSM-002";
    }

    /// <summary>Codes of the CSV interchange readers and of the data·inclusion export (area <c>CSV</c>).</summary>
    public static class Csv
    {
        /// <summary>The text cannot be read as CSV (for example an unclosed quote).</summary>
        public const string Malformed = "LI-CSV-001";

        /// <summary>A column the format requires is missing from the header.</summary>
        public const string MissingColumn = "LI-CSV-002";

        /// <summary>A column of the header is not part of the format; it is ignored.</summary>
        public const string UnknownColumn = "LI-CSV-003";

        /// <summary>A row does not have as many cells as the header.</summary>
        public const string CellCount = "LI-CSV-004";

        /// <summary>A required field is empty; the row is rejected.</summary>
        public const string RequiredFieldMissing = "LI-CSV-005";

        /// <summary>A value does not match the pattern the format gives for its field.</summary>
        public const string PatternMismatch = "LI-CSV-006";

        /// <summary>A value is not a decimal number (point as decimal separator).</summary>
        public const string InvalidNumber = "LI-CSV-007";

        /// <summary>A coordinate lies outside its range (latitude −90 to 90, longitude −180 to 180).</summary>
        public const string CoordinateOutOfRange = "LI-CSV-008";

        /// <summary>A date is not in the format's date form.</summary>
        public const string InvalidDate = "LI-CSV-009";

        /// <summary>A value is not one of the field's enumeration values.</summary>
        public const string UnknownEnumValue = "LI-CSV-010";

        /// <summary>A value is longer than the format allows.</summary>
        public const string TooLong = "LI-CSV-011";

        /// <summary>Two rows have the same identifier; the later row is rejected.</summary>
        public const string DuplicateId = "LI-CSV-012";

        /// <summary>Spaces around a value (or around a multi-value item) were removed.</summary>
        public const string Trimmed = "LI-CSV-013";

        /// <summary>A known variant of an enumeration value was replaced by the value itself.</summary>
        public const string EnumVariantCorrected = "LI-CSV-014";

        /// <summary>A telephone number in national form was rewritten in the international form the format requires.</summary>
        public const string TelephoneCorrected = "LI-CSV-015";

        /// <summary>France Services hours are not of the form <c>09:00 - 12:00 / 13:30 - 17:00</c>.</summary>
        public const string HoursFormat = "LI-CSV-016";

        /// <summary>A yes/no field holds something other than <c>Oui</c> or <c>Non</c>.</summary>
        public const string InvalidBoolean = "LI-CSV-017";

        /// <summary>A record cannot be exported because a field breaks a constraint of the target format.</summary>
        public const string ExportConstraint = "LI-CSV-018";

        /// <summary>A value could not be carried over to the target format and was left out.</summary>
        public const string ExportValueDropped = "LI-CSV-019";

        /// <summary>France Services hours held a placeholder range (<c>00:00 - 00:00</c>) or duplicate or overlapping ranges: read as their union.</summary>
        public const string HoursCorrected = "LI-CSV-020";

        /// <summary>A cell holds a control character (other than tab, line feed and carriage return).</summary>
        public const string ControlCharacter = "LI-CSV-021";

        /// <summary>Two header columns have the same name: the first is read.</summary>
        public const string DuplicateColumn = "LI-CSV-022";

        /// <summary>A date lies outside the range the library accepts.</summary>
        public const string DateOutOfRange = "LI-CSV-023";

        /// <summary>A lieux CSV value is not of its field's Table Schema type (number, date).</summary>
        public const string SchemaType = "LI-CSV-060";

        /// <summary>A lieux CSV value does not match its field's Table Schema pattern.</summary>
        public const string SchemaPattern = "LI-CSV-061";

        /// <summary>A lieux CSV value (or one of its <c>|</c>-separated items) is not in its field's Table Schema enumeration.</summary>
        public const string SchemaEnumeration = "LI-CSV-062";

        /// <summary>A required field of the lieux Table Schema is empty.</summary>
        public const string SchemaRequired = "LI-CSV-063";

        /// <summary>A lieux CSV value repeats an earlier row's in a field the Table Schema declares unique.</summary>
        public const string SchemaUnique = "LI-CSV-064";

        /// <summary>A lieux CSV value is longer than its field's Table Schema maxLength.</summary>
        public const string SchemaMaxLength = "LI-CSV-065";
    }
}

/// <summary>The definitions of the <c>OSM</c> and <c>CSV</c> codes.</summary>
internal static class InteropProblemDefinitions
{
    public static IEnumerable<ProblemDefinition> All()
    {
        yield return ProblemCatalog.Error(ProblemCodes.OpeningHours.Unsupported,
            "« {part} » (dans « {value} ») est une syntaxe opening_hours que la bibliothèque ne lit pas : seuls les jours (Mo-Fr, Mo,We), les plages horaires, off, PH off, 24/7 et les commentaires entre guillemets le sont.",
            "'{part}' (in '{value}') is opening_hours syntax the library does not read: only days (Mo-Fr, Mo,We), time ranges, off, PH off, 24/7 and quoted comments are.");
        yield return ProblemCatalog.Error(ProblemCodes.OpeningHours.Malformed,
            "« {part} » (dans « {value} ») n'est pas de la syntaxe opening_hours (exemple attendu : Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00).",
            "'{part}' (in '{value}') is not opening_hours syntax (expected e.g. Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00).");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.SchemaType,
            "« {value} » n'est pas du type {type} qu'exige le schéma du standard pour le champ « {column} ».",
            "'{value}' is not of the {type} type the standard's schema requires for field '{column}'.");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.SchemaPattern,
            "« {value} » ne respecte pas le motif que le schéma du standard impose au champ « {column} » ({pattern}).",
            "'{value}' does not match the pattern the standard's schema sets for field '{column}' ({pattern}).");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.SchemaEnumeration,
            "« {value} » n'est pas une valeur du champ « {column} » selon le schéma du standard (valeurs permises, séparées par | : {allowed}).",
            "'{value}' is not a value of field '{column}' in the standard's schema (allowed values, separated by |: {allowed}).");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.SchemaRequired,
            "Le champ « {column} » est obligatoire selon le schéma du standard, et il est vide.",
            "Field '{column}' is required by the standard's schema, and it is empty.");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.SchemaUnique,
            "« {value} » est déjà la valeur du champ unique « {column} » à la ligne {firstRow} (schéma du standard).",
            "'{value}' is already the value of unique field '{column}' in row {firstRow} (standard's schema).");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.SchemaMaxLength,
            "La valeur du champ « {column} » a {length} caractères ; le schéma du standard en permet {max} au plus.",
            "The value of field '{column}' has {length} characters; the standard's schema allows at most {max}.");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.Malformed,
            "Le texte n'est pas un CSV lisible : {detail}",
            "The text is not readable CSV: {detail}");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.MissingColumn,
            "La colonne « {column} » du format {format} est absente de l'en-tête.",
            "Column '{column}' of the {format} format is missing from the header.");
        yield return ProblemCatalog.Warning(ProblemCodes.Csv.UnknownColumn,
            "La colonne « {column} » ne fait pas partie du format {format} : elle est ignorée.",
            "Column '{column}' is not part of the {format} format: it is ignored.");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.CellCount,
            "La ligne a {actual} cellules alors que l'en-tête a {expected} colonnes : elle est rejetée.",
            "The row has {actual} cells while the header has {expected} columns: it is rejected.");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.RequiredFieldMissing,
            "Le champ obligatoire « {column} » est vide : la ligne est rejetée.",
            "Required field '{column}' is empty: the row is rejected.");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.PatternMismatch,
            "« {value} » ne respecte pas le motif du champ « {column} » ({pattern}).",
            "'{value}' does not match the pattern of field '{column}' ({pattern}).");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.InvalidNumber,
            "« {value} » n'est pas un nombre décimal (point comme séparateur).",
            "'{value}' is not a decimal number (point as separator).");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.CoordinateOutOfRange,
            "{value} est hors de l'intervalle permis pour « {column} » ({min} à {max}).",
            "{value} lies outside the range of '{column}' ({min} to {max}).");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.InvalidDate,
            "« {value} » n'est pas une date au format {pattern}.",
            "'{value}' is not a date in {pattern} form.");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.UnknownEnumValue,
            "« {value} » n'est pas une valeur permise du champ « {column} » (valeurs permises : {allowed}).",
            "'{value}' is not an allowed value of field '{column}' (allowed values: {allowed}).");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.TooLong,
            "La valeur du champ « {column} » a {length} caractères ; {max} au plus sont permis.",
            "The value of field '{column}' has {length} characters; at most {max} are allowed.");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.DuplicateId,
            "L'identifiant « {value} » est déjà celui de la ligne {firstRow} : la ligne est rejetée.",
            "Identifier '{value}' is already that of row {firstRow}: the row is rejected.");
        yield return ProblemCatalog.Warning(ProblemCodes.Csv.Trimmed,
            "Espaces retirés autour de « {value} ».",
            "Spaces removed around '{value}'.");
        yield return ProblemCatalog.Warning(ProblemCodes.Csv.EnumVariantCorrected,
            "« {value} » a été lu comme la valeur « {corrected} » du standard.",
            "'{value}' was read as the standard's value '{corrected}'.");
        yield return ProblemCatalog.Warning(ProblemCodes.Csv.TelephoneCorrected,
            "Le numéro « {value} » a été réécrit au format international « {corrected} ».",
            "Telephone number '{value}' was rewritten in international form '{corrected}'.");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.HoursFormat,
            "« {value} » n'est pas une liste d'horaires de la forme « 09:00 - 12:00 / 13:30 - 17:00 ».",
            "'{value}' is not a list of hours of the form '09:00 - 12:00 / 13:30 - 17:00'.");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.InvalidBoolean,
            "« {value} » n'est ni « Oui » ni « Non ».",
            "'{value}' is neither 'Oui' nor 'Non'.");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.ExportConstraint,
            "Le lieu ne peut pas être exporté : « {field} » ne respecte pas la contrainte « {constraint} » du format cible.",
            "The place cannot be exported: '{field}' breaks the target format's constraint '{constraint}'.");
        yield return ProblemCatalog.Warning(ProblemCodes.Csv.ExportValueDropped,
            "« {value} » n'a pas d'équivalent dans « {field} » du format cible : la valeur est omise.",
            "'{value}' has no counterpart in '{field}' of the target format: the value is left out.");
        yield return ProblemCatalog.Warning(ProblemCodes.Csv.HoursCorrected,
            "Les horaires « {value} » contiennent une plage vide (00:00 - 00:00), en double ou qui en chevauche une autre : lus comme « {corrected} ».",
            "Hours '{value}' hold an empty (00:00 - 00:00), duplicate or overlapping range: read as '{corrected}'.");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.ControlCharacter,
            "La cellule contient le caractère de contrôle U+{character} à la position {position} : « {value} » ; la valeur n'est pas lue.",
            "The cell holds control character U+{character} at position {position}: '{value}'; the value is not read.");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.DuplicateColumn,
            "L'en-tête nomme deux fois la colonne « {column} » (colonnes {first} et {second}) : seule la première est lue.",
            "The header names column '{column}' twice (columns {first} and {second}): only the first is read.");
        yield return ProblemCatalog.Error(ProblemCodes.Csv.DateOutOfRange,
            "La date « {value} » est hors de l'intervalle accepté ({min} à {max}).",
            "Date '{value}' lies outside the accepted range ({min} to {max}).");
    }
}
