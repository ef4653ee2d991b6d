namespace Landes.Inclusion.Diagnostics;

/// <summary>
/// The stable problem codes of the library, grouped by area. A code never changes meaning once released;
/// <c>docs/errors.md</c> lists every one with its messages. Scheme: <c>LI-</c>, an area, a three-digit number.
/// </summary>
/// <remarks>Each area's codes live beside the code that reports them, in a part of this partial class.</remarks>
public static partial class ProblemCodes
{
    /// <summary>Codes of the French identifiers (area <c>ID</c>).</summary>
    public static class Identifiers
    {
        /// <summary>An identifier is empty or only white space.</summary>
        public const string Empty = "LI-ID-001";

        /// <summary>An identifier was never initialised (the <c>default</c> value of its type).</summary>
        public const string Uninitialized = "LI-ID-002";

        /// <summary>An INSEE commune code does not have the form of one.</summary>
        public const string InseeCodeFormat = "LI-ID-010";

        /// <summary>An INSEE commune code has the right form but names no département or collectivity, or commune number 0.</summary>
        public const string InseeCodeRange = "LI-ID-011";

        /// <summary>A département code does not have the form of one.</summary>
        public const string DepartementCodeFormat = "LI-ID-020";

        /// <summary>A département code has the right form but names no département or collectivity.</summary>
        public const string DepartementCodeRange = "LI-ID-021";

        /// <summary>A SIREN is not nine digits.</summary>
        public const string SirenFormat = "LI-ID-030";

        /// <summary>A SIREN fails its Luhn check.</summary>
        public const string SirenChecksum = "LI-ID-031";

        /// <summary>A SIRET is not fourteen digits.</summary>
        public const string SiretFormat = "LI-ID-040";

        /// <summary>A SIRET fails its Luhn check (and is not a La Poste establishment whose digit sum is a multiple of 5).</summary>
        public const string SiretChecksum = "LI-ID-041";

        /// <summary>A SIRET's fourteen digits pass their key but its SIREN part (the first nine digits) fails its own Luhn key.</summary>
        public const string SiretSirenChecksum = "LI-ID-100";

        /// <summary>A postal code is not five digits.</summary>
        public const string PostalCodeFormat = "LI-ID-050";

        /// <summary>A postal code is five digits but outside 01000–98999.</summary>
        public const string PostalCodeRange = "LI-ID-051";

        /// <summary>An RNCP certification code is not <c>RNCP</c> followed by a number.</summary>
        public const string RncpCodeFormat = "LI-ID-060";

        /// <summary>An RNCP block code is not <c>RNCP</c>, a number, <c>BC</c> and two digits.</summary>
        public const string RncpBlockCodeFormat = "LI-ID-070";

        /// <summary>A titre professionnel code is not <c>TP-</c> followed by five digits.</summary>
        public const string TitreProfessionnelCodeFormat = "LI-ID-080";

        /// <summary>An EPCI identifier is not a nine-digit SIREN.</summary>
        public const string EpciIdFormat = "LI-ID-090";

        /// <summary>An EPCI identifier fails the SIREN Luhn check.</summary>
        public const string EpciIdChecksum = "LI-ID-091";
    }

    /// <summary>Codes of the JSON document readers (area <c>JSON</c>).</summary>
    public static class Json
    {
        /// <summary>The text is not well-formed JSON.</summary>
        public const string Malformed = "LI-JSON-001";

        /// <summary>A value has the wrong JSON type (for example a number where a string is expected).</summary>
        public const string WrongType = "LI-JSON-002";

        /// <summary>A property is not part of the document format.</summary>
        public const string UnknownProperty = "LI-JSON-003";

        /// <summary>A required property is missing.</summary>
        public const string MissingProperty = "LI-JSON-004";

        /// <summary>A property is <c>null</c> where a value is required.</summary>
        public const string NullNotAllowed = "LI-JSON-005";

        /// <summary>A value cannot be read as the expected type.</summary>
        public const string InvalidValue = "LI-JSON-006";

        /// <summary>A date is not an ISO-8601 calendar date (<c>yyyy-MM-dd</c>).</summary>
        public const string InvalidDate = "LI-JSON-007";

        /// <summary>The document has no <c>schemaVersion</c>.</summary>
        public const string MissingSchemaVersion = "LI-JSON-008";

        /// <summary>The document's <c>schemaVersion</c> is not one this version of the library reads.</summary>
        public const string UnsupportedSchemaVersion = "LI-JSON-009";

        /// <summary>A property appears twice in the same object.</summary>
        public const string DuplicateProperty = "LI-JSON-010";

        /// <summary>A text is not one of the values of an enumeration.</summary>
        public const string UnknownEnumValue = "LI-JSON-011";

        /// <summary>The document nests deeper than the reader allows.</summary>
        public const string TooDeep = "LI-JSON-012";

        /// <summary>A time of day is not <c>HH:mm</c> or <c>HH:mm:ss</c>.</summary>
        public const string InvalidTime = "LI-JSON-013";

        /// <summary>The bytes are not valid UTF-8 (the problem gives the offset of the first bad byte).</summary>
        public const string InvalidEncoding = "LI-JSON-014";

        /// <summary>A string or property name holds an escape that is no Unicode text (a lone surrogate such as <c>\ud800</c>).</summary>
        public const string InvalidEscape = "LI-JSON-015";

        /// <summary>A number is too large to be represented (such as <c>1e400</c>).</summary>
        public const string NumberOutOfRange = "LI-JSON-016";

        /// <summary>A date lies outside the range the library accepts (<see cref="InputLimits.EarliestDate"/> to <see cref="InputLimits.LatestDate"/>).</summary>
        public const string DateOutOfRange = "LI-JSON-017";

        /// <summary>A string holds a control character (other than tab, line feed and carriage return).</summary>
        public const string ControlCharacter = "LI-JSON-018";

        /// <summary>A value of a validation report breaks a constraint of its published JSON Schema.</summary>
        public const string ReportConstraint = "LI-JSON-019";

        /// <summary>An optional member is <c>null</c> where the document's published schema allows no null: it is left out instead.</summary>
        public const string NullForOptional = "LI-JSON-020";

        /// <summary>An identifier (a code, a SIRET…) has spaces around it; a document holds the exact identifier.</summary>
        public const string PaddedIdentifier = "LI-JSON-021";
    }

    /// <summary>Codes of the readers' documented limits (area <c>LIM</c>).</summary>
    public static class Limits
    {
        /// <summary>The input is larger than the reader accepts.</summary>
        public const string TooLarge = "LI-LIM-001";

        /// <summary>More problems of one code than a report keeps: the rest are counted.</summary>
        public const string TooManyProblems = "LI-LIM-002";

        /// <summary>A CSV header has more columns than the reader accepts.</summary>
        public const string TooManyColumns = "LI-LIM-003";

        /// <summary>A CSV cell is longer than the reader accepts: its value is left out.</summary>
        public const string CellTooLong = "LI-LIM-004";

        /// <summary>A CSV row is longer than the CSV reader can hold: reading stops there.</summary>
        public const string RowTooLong = "LI-LIM-005";

        /// <summary>A JSON string or property name is longer than the reader accepts.</summary>
        public const string StringTooLong = "LI-LIM-006";
    }
}
