namespace Landes.Inclusion.Interop;

/// <summary>Codes of the CSV interchange readers and of the data·inclusion export (area <c>CSV</c>).</summary>
/// <remarks>The codes are stable: programs may rely on them. Each code's severity and messages are in <see cref="ProblemCatalog"/>, and <c>docs/errors.md</c> lists them.</remarks>
public static class CsvProblemCodes
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
