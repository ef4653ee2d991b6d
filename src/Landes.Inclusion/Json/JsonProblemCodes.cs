using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Json;

/// <summary>Codes of the JSON document readers (area <c>JSON</c>).</summary>
/// <remarks>The codes are stable: programs may rely on them. Each code's severity and messages are in <see cref="ProblemCatalog"/>, and <c>docs/errors.md</c> lists them.</remarks>
public static class JsonProblemCodes
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
