using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Identifiers;

/// <summary>The definitions of the <see cref="IdentifierProblemCodes"/>: default severity, French and English messages.</summary>
internal static class IdentifierProblemDefinitions
{
    // The kind argument holds the identifier type's name (language-neutral, stable for programs); its text in each
    // language is chosen when the message is rendered.
    private static readonly IReadOnlyDictionary<string, (string French, string English)> KindTexts =
        new Dictionary<string, (string French, string English)>(StringComparer.Ordinal)
        {
            [IdentifierText.KindKey<InseeCode>()] = Kind<InseeCode>(),
            [IdentifierText.KindKey<DepartementCode>()] = Kind<DepartementCode>(),
            [IdentifierText.KindKey<PostalCode>()] = Kind<PostalCode>(),
            [IdentifierText.KindKey<Siren>()] = Kind<Siren>(),
            [IdentifierText.KindKey<Siret>()] = Kind<Siret>(),
            [IdentifierText.KindKey<EpciId>()] = Kind<EpciId>(),
            [IdentifierText.KindKey<RncpCode>()] = Kind<RncpCode>(),
            [IdentifierText.KindKey<RncpBlockCode>()] = Kind<RncpBlockCode>(),
            [IdentifierText.KindKey<TitreProfessionnelCode>()] = Kind<TitreProfessionnelCode>(),
        };

    internal static readonly ProblemDefinition Empty =
        ProblemDefinition.Error(IdentifierProblemCodes.Empty,
            "Valeur vide : un identifiant ({kind}) est attendu.",
            "Empty value: an identifier ({kind}) is expected.").WithArgumentTexts("kind", KindTexts);

    internal static readonly ProblemDefinition Uninitialized =
        ProblemDefinition.Error(IdentifierProblemCodes.Uninitialized,
            "Identifiant non renseigné : la valeur par défaut de {kind} n'est pas un identifiant valide.",
            "Identifier not set: the default value of {kind} is not a valid identifier.").WithArgumentTexts("kind", KindTexts);

    internal static readonly ProblemDefinition InseeCodeFormat =
        ProblemDefinition.Error(IdentifierProblemCodes.InseeCodeFormat,
            "« {value} » n'est pas un code INSEE de commune : 5 caractères attendus (département sur 2 chiffres, 2A ou 2B, puis numéro de commune ; ou 97x/98x puis 2 chiffres).",
            "'{value}' is not an INSEE commune code: 5 characters expected (a 2-digit département, 2A or 2B, then the commune number; or 97x/98x then 2 digits).");

    internal static readonly ProblemDefinition InseeCodeRange =
        ProblemDefinition.Error(IdentifierProblemCodes.InseeCodeRange,
            "« {value} » n'est pas un code INSEE de commune : la partie département ne désigne aucun département ni collectivité, ou le numéro de commune est nul.",
            "'{value}' is not an INSEE commune code: its département part names no département or collectivity, or the commune number is zero.");

    internal static readonly ProblemDefinition DepartementCodeFormat =
        ProblemDefinition.Error(IdentifierProblemCodes.DepartementCodeFormat,
            "« {value} » n'est pas un code de département : 2 chiffres, 2A, 2B ou 3 chiffres outre-mer attendus.",
            "'{value}' is not a département code: 2 digits, 2A, 2B or 3 digits overseas expected.");

    internal static readonly ProblemDefinition DepartementCodeRange =
        ProblemDefinition.Error(IdentifierProblemCodes.DepartementCodeRange,
            "« {value} » ne désigne aucun département ni collectivité (01 à 95 sauf 20, 2A, 2B, 971 à 978, 984, 986 à 989).",
            "'{value}' names no département or collectivity (01 to 95 except 20, 2A, 2B, 971 to 978, 984, 986 to 989).");

    internal static readonly ProblemDefinition SirenFormat =
        ProblemDefinition.Error(IdentifierProblemCodes.SirenFormat,
            "« {value} » n'est pas un SIREN : 9 chiffres attendus.",
            "'{value}' is not a SIREN: 9 digits expected.");

    internal static readonly ProblemDefinition SirenChecksum =
        ProblemDefinition.Error(IdentifierProblemCodes.SirenChecksum,
            "« {value} » n'est pas un SIREN : la clé de Luhn est fausse (faute de frappe ?).",
            "'{value}' is not a SIREN: its Luhn check digit is wrong (a typo?).");

    internal static readonly ProblemDefinition SiretFormat =
        ProblemDefinition.Error(IdentifierProblemCodes.SiretFormat,
            "« {value} » n'est pas un SIRET : 14 chiffres attendus.",
            "'{value}' is not a SIRET: 14 digits expected.");

    internal static readonly ProblemDefinition SiretChecksum =
        ProblemDefinition.Error(IdentifierProblemCodes.SiretChecksum,
            "« {value} » n'est pas un SIRET : la clé de Luhn est fausse (et ce n'est pas un établissement de La Poste dont la somme des chiffres est multiple de 5).",
            "'{value}' is not a SIRET: its Luhn check digit is wrong (and it is not a La Poste establishment whose digit sum is a multiple of 5).");

    internal static readonly ProblemDefinition SiretSirenChecksum =
        ProblemDefinition.Error(IdentifierProblemCodes.SiretSirenChecksum,
            "« {value} » n'est pas un SIRET : ses neuf premiers chiffres (le SIREN) ne passent pas leur clé de Luhn.",
            "'{value}' is not a SIRET: its first nine digits (the SIREN) fail their Luhn key.");

    internal static readonly ProblemDefinition PostalCodeFormat =
        ProblemDefinition.Error(IdentifierProblemCodes.PostalCodeFormat,
            "« {value} » n'est pas un code postal : 5 chiffres attendus.",
            "'{value}' is not a postal code: 5 digits expected.");

    internal static readonly ProblemDefinition PostalCodeRange =
        ProblemDefinition.Error(IdentifierProblemCodes.PostalCodeRange,
            "« {value} » n'est pas un code postal : il doit être compris entre 01000 et 98999.",
            "'{value}' is not a postal code: it must lie between 01000 and 98999.");

    internal static readonly ProblemDefinition RncpCodeFormat =
        ProblemDefinition.Error(IdentifierProblemCodes.RncpCodeFormat,
            "« {value} » n'est pas un code RNCP : « RNCP » suivi d'un numéro de fiche (1 à 6 chiffres, sans zéro initial) attendu, par exemple RNCP34137.",
            "'{value}' is not an RNCP code: 'RNCP' followed by a record number (1 to 6 digits, no leading zero) expected, e.g. RNCP34137.");

    internal static readonly ProblemDefinition RncpBlockCodeFormat =
        ProblemDefinition.Error(IdentifierProblemCodes.RncpBlockCodeFormat,
            "« {value} » n'est pas un code de bloc RNCP : « RNCP », le numéro de fiche, « BC » et 2 chiffres attendus, par exemple RNCP34137BC01.",
            "'{value}' is not an RNCP block code: 'RNCP', the record number, 'BC' and 2 digits expected, e.g. RNCP34137BC01.");

    internal static readonly ProblemDefinition TitreProfessionnelCodeFormat =
        ProblemDefinition.Error(IdentifierProblemCodes.TitreProfessionnelCodeFormat,
            "« {value} » n'est pas un code de titre professionnel : « TP- » suivi de 5 chiffres attendu, par exemple TP-01336.",
            "'{value}' is not a titre professionnel code: 'TP-' followed by 5 digits expected, e.g. TP-01336.");

    internal static readonly ProblemDefinition EpciIdFormat =
        ProblemDefinition.Error(IdentifierProblemCodes.EpciIdFormat,
            "« {value} » n'est pas un identifiant d'EPCI : le SIREN de l'EPCI (9 chiffres) est attendu.",
            "'{value}' is not an EPCI identifier: the EPCI's SIREN (9 digits) is expected.");

    internal static readonly ProblemDefinition EpciIdChecksum =
        ProblemDefinition.Error(IdentifierProblemCodes.EpciIdChecksum,
            "« {value} » n'est pas un identifiant d'EPCI : la clé de Luhn du SIREN est fausse.",
            "'{value}' is not an EPCI identifier: the SIREN's Luhn check digit is wrong.");

    /// <summary>Gets every definition of the area, in the order of the codes.</summary>
    internal static IReadOnlyList<ProblemDefinition> All { get; } =
    [
        Empty, Uninitialized, InseeCodeFormat, InseeCodeRange, DepartementCodeFormat, DepartementCodeRange, SirenFormat, SirenChecksum, SiretFormat, SiretChecksum, SiretSirenChecksum, PostalCodeFormat, PostalCodeRange, RncpCodeFormat, RncpBlockCodeFormat, TitreProfessionnelCodeFormat, EpciIdFormat, EpciIdChecksum,
    ];

    private static (string French, string English) Kind<T>()
        where T : struct, IIdentifier<T> =>
        (T.KindName(MessageLanguage.French), T.KindName(MessageLanguage.English));
}
