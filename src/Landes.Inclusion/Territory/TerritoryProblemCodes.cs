using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Diagnostics
{
    /// <content>The territory codes.</content>
    public static partial class ProblemCodes
    {
        /// <summary>Codes of places, territories and coverage analysis (area <c>TER</c>).</summary>
        public static class Territory
        {
            /// <summary>A place has no id.</summary>
            public const string PlaceIdEmpty = "LI-TER-001";

            /// <summary>A place has no name.</summary>
            public const string PlaceNameEmpty = "LI-TER-002";

            /// <summary>A latitude is outside [−90, 90] or not a number.</summary>
            public const string LatitudeRange = "LI-TER-003";

            /// <summary>A longitude is outside [−180, 180] or not a number.</summary>
            public const string LongitudeRange = "LI-TER-004";

            /// <summary>A place gives a latitude without a longitude, or the reverse.</summary>
            public const string CoordinatesIncomplete = "LI-TER-005";

            /// <summary>A commune code is not a current commune of the geography's COG year.</summary>
            public const string UnknownCommune = "LI-TER-006";

            /// <summary>A place's coordinates are far from its commune's centroid (a warning: a typo or a swapped latitude and longitude?).</summary>
            public const string FarFromCentroid = "LI-TER-007";

            /// <summary>Two places share an id.</summary>
            public const string DuplicatePlaceId = "LI-TER-008";

            /// <summary>A place has no coordinates and its commune has no centroid: it cannot be located and is left out of analyses.</summary>
            public const string PlaceNotLocatable = "LI-TER-009";

            /// <summary>A number of advisors is negative.</summary>
            public const string AdvisorsNegative = "LI-TER-010";

            /// <summary>An EPCI SIREN is not an EPCI of the geography.</summary>
            public const string UnknownEpci = "LI-TER-011";

            /// <summary>A département code is not a département of the geography.</summary>
            public const string UnknownDepartement = "LI-TER-012";

            /// <summary>A territory lists no commune.</summary>
            public const string EmptyTerritory = "LI-TER-013";

            /// <summary>A place's commune code is not set.</summary>
            public const string PlaceCommuneNotSet = "LI-TER-014";

            /// <summary>A number of a coverage result is outside its range (a share outside [0, 1], a negative distance or population, a threshold not positive).</summary>
            public const string CoverageValueRange = "LI-TER-015";

            /// <summary>A commune code of a past COG vintage (a commune déléguée, associée or absorbed since) is read as the current commune it belongs to (a warning naming both codes; the document keeps the original code).</summary>
            public const string FormerCommuneCode = "LI-TER-016";

            /// <summary>A former commune code belongs, by the COG, to more than one current commune: it is not mapped.</summary>
            public const string AmbiguousCommuneCode = "LI-TER-017";

            /// <summary>A value of a coverage result breaks a constraint of its published JSON Schema.</summary>
            public const string CoverageResultConstraint = "LI-TER-040";
        }
    }
}

namespace Landes.Inclusion.Territory
{
    /// <summary>The definitions of the territory codes, listed by <see cref="ProblemCatalog"/>.</summary>
    internal static class TerritoryProblemDefinitions
    {
        public static IEnumerable<ProblemDefinition> All()
        {
            yield return ProblemCatalog.Error(ProblemCodes.Territory.PlaceIdEmpty,
                "Le lieu n'a pas d'identifiant.",
                "The place has no id.");
            yield return ProblemCatalog.Error(ProblemCodes.Territory.PlaceNameEmpty,
                "Le lieu n'a pas de nom.",
                "The place has no name.");
            yield return ProblemCatalog.Error(ProblemCodes.Territory.LatitudeRange,
                "« {value} » n'est pas une latitude : un nombre entre -90 et 90 est attendu.",
                "'{value}' is not a latitude: a number between -90 and 90 is expected.");
            yield return ProblemCatalog.Error(ProblemCodes.Territory.LongitudeRange,
                "« {value} » n'est pas une longitude : un nombre entre -180 et 180 est attendu.",
                "'{value}' is not a longitude: a number between -180 and 180 is expected.");
            yield return ProblemCatalog.Error(ProblemCodes.Territory.CoordinatesIncomplete,
                "Coordonnées incomplètes : la latitude et la longitude vont ensemble (les deux ou aucune).",
                "Incomplete coordinates: latitude and longitude go together (both or neither).");
            yield return ProblemCatalog.Error(ProblemCodes.Territory.UnknownCommune,
                "« {value} » n'est pas une commune du Code officiel géographique {cogYear} (commune fusionnée ou code erroné ?).",
                "'{value}' is not a commune of the {cogYear} Code officiel géographique (a merged commune or a wrong code?).");
            yield return ProblemCatalog.Warning(ProblemCodes.Territory.FarFromCentroid,
                "Le lieu est à {distanceKm} km du centre de sa commune {commune} (plus de {limitKm} km) : coordonnées erronées ou inversées ?",
                "The place is {distanceKm} km from the centre of its commune {commune} (more than {limitKm} km): wrong or swapped coordinates?");
            yield return ProblemCatalog.Error(ProblemCodes.Territory.DuplicatePlaceId,
                "L'identifiant de lieu « {id} » est déjà utilisé par un autre lieu.",
                "The place id '{id}' is already used by another place.");
            yield return ProblemCatalog.Warning(ProblemCodes.Territory.PlaceNotLocatable,
                "Le lieu n'a pas de coordonnées et sa commune {commune} n'a pas de centroïde connu : il est exclu des calculs de distance.",
                "The place has no coordinates and its commune {commune} has no known centroid: it is left out of distance computations.");
            yield return ProblemCatalog.Error(ProblemCodes.Territory.AdvisorsNegative,
                "Le nombre de conseillers ne peut pas être négatif ({value}).",
                "The number of advisors cannot be negative ({value}).");
            yield return ProblemCatalog.Error(ProblemCodes.Territory.UnknownEpci,
                "« {value} » n'est pas un EPCI du Code officiel géographique {cogYear}.",
                "'{value}' is not an EPCI of the {cogYear} Code officiel géographique.");
            yield return ProblemCatalog.Error(ProblemCodes.Territory.UnknownDepartement,
                "« {value} » n'est pas un département de la géographie embarquée.",
                "'{value}' is not a département of the embedded geography.");
            yield return ProblemCatalog.Error(ProblemCodes.Territory.EmptyTerritory,
                "Le territoire ne contient aucune commune.",
                "The territory contains no commune.");
            yield return ProblemCatalog.Error(ProblemCodes.Territory.PlaceCommuneNotSet,
                "La commune du lieu n'est pas renseignée.",
                "The place's commune is not set.");
            yield return ProblemCatalog.Error(ProblemCodes.Territory.CoverageValueRange,
                "« {value} » est hors de l'intervalle permis ({range}).",
                "'{value}' is outside the allowed range ({range}).");
            yield return ProblemCatalog.Warning(ProblemCodes.Territory.FormerCommuneCode,
                "« {value} » ({name}) n'est plus une commune au COG {cogYear} : {status} de {commune} {communeName} (depuis le COG {since}). Le lieu est situé dans {commune} ; le code {value} est conservé.",
                "'{value}' ({name}) is no longer a commune in COG {cogYear}: {status} of {commune} {communeName} (since COG {since}). The place is located in {commune}; the code {value} is kept.");
            yield return ProblemCatalog.Error(ProblemCodes.Territory.AmbiguousCommuneCode,
                "« {value} » n'est plus une commune et le Code officiel géographique le rattache à plusieurs communes actuelles ({candidates}) : le code n'est pas converti, donnez le code actuel.",
                "'{value}' is no longer a commune and the Code officiel géographique attaches it to several current communes ({candidates}): the code is not converted; give the current code.");
            yield return ProblemCatalog.Error(ProblemCodes.Territory.CoverageResultConstraint,
                "« {value} » ne respecte pas la contrainte « {constraint} » du document {document} (son schéma JSON publié).",
                "'{value}' breaks constraint '{constraint}' of the {document} document (its published JSON Schema).");
        }
    }
}
