namespace Landes.Inclusion.Identifiers;

/// <summary>Codes of the French identifiers (area <c>ID</c>).</summary>
/// <remarks>The codes are stable: programs may rely on them. Each code's severity and messages are in <see cref="ProblemCatalog"/>, and <c>docs/errors.md</c> lists them.</remarks>
public static class IdentifierProblemCodes
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
