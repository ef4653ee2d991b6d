using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Territory;

/// <summary>The definitions of the <see cref="TerritoryProblemCodes"/>: default severity, French and English messages.</summary>
internal static class TerritoryProblemDefinitions
{
    internal static readonly ProblemDefinition PlaceIdEmpty =
        ProblemDefinition.Error(TerritoryProblemCodes.PlaceIdEmpty,
                "Le lieu n'a pas d'identifiant.",
                "The place has no id.");

    internal static readonly ProblemDefinition PlaceNameEmpty =
        ProblemDefinition.Error(TerritoryProblemCodes.PlaceNameEmpty,
                "Le lieu n'a pas de nom.",
                "The place has no name.");

    internal static readonly ProblemDefinition LatitudeRange =
        ProblemDefinition.Error(TerritoryProblemCodes.LatitudeRange,
                "« {value} » n'est pas une latitude : un nombre entre -90 et 90 est attendu.",
                "'{value}' is not a latitude: a number between -90 and 90 is expected.");

    internal static readonly ProblemDefinition LongitudeRange =
        ProblemDefinition.Error(TerritoryProblemCodes.LongitudeRange,
                "« {value} » n'est pas une longitude : un nombre entre -180 et 180 est attendu.",
                "'{value}' is not a longitude: a number between -180 and 180 is expected.");

    internal static readonly ProblemDefinition CoordinatesIncomplete =
        ProblemDefinition.Error(TerritoryProblemCodes.CoordinatesIncomplete,
                "Coordonnées incomplètes : la latitude et la longitude vont ensemble (les deux ou aucune).",
                "Incomplete coordinates: latitude and longitude go together (both or neither).");

    internal static readonly ProblemDefinition UnknownCommune =
        ProblemDefinition.Error(TerritoryProblemCodes.UnknownCommune,
                "« {value} » n'est pas une commune du Code officiel géographique {cogYear} (commune fusionnée ou code erroné ?).",
                "'{value}' is not a commune of the {cogYear} Code officiel géographique (a merged commune or a wrong code?).");

    internal static readonly ProblemDefinition FarFromCentroid =
        ProblemDefinition.Warning(TerritoryProblemCodes.FarFromCentroid,
                "Le lieu est à {distanceKm} km du centre de sa commune {commune} (plus de {limitKm} km) : coordonnées erronées ou inversées ?",
                "The place is {distanceKm} km from the centre of its commune {commune} (more than {limitKm} km): wrong or swapped coordinates?");

    internal static readonly ProblemDefinition DuplicatePlaceId =
        ProblemDefinition.Error(TerritoryProblemCodes.DuplicatePlaceId,
                "L'identifiant de lieu « {id} » est déjà utilisé par un autre lieu.",
                "The place id '{id}' is already used by another place.");

    internal static readonly ProblemDefinition PlaceNotLocatable =
        ProblemDefinition.Warning(TerritoryProblemCodes.PlaceNotLocatable,
                "Le lieu n'a pas de coordonnées et sa commune {commune} n'a pas de centroïde connu : il est exclu des calculs de distance.",
                "The place has no coordinates and its commune {commune} has no known centroid: it is left out of distance computations.");

    internal static readonly ProblemDefinition AdvisorsNegative =
        ProblemDefinition.Error(TerritoryProblemCodes.AdvisorsNegative,
                "Le nombre de conseillers ne peut pas être négatif ({value}).",
                "The number of advisors cannot be negative ({value}).");

    internal static readonly ProblemDefinition UnknownEpci =
        ProblemDefinition.Error(TerritoryProblemCodes.UnknownEpci,
                "« {value} » n'est pas un EPCI du Code officiel géographique {cogYear}.",
                "'{value}' is not an EPCI of the {cogYear} Code officiel géographique.");

    internal static readonly ProblemDefinition UnknownDepartement =
        ProblemDefinition.Error(TerritoryProblemCodes.UnknownDepartement,
                "« {value} » n'est pas un département de la géographie embarquée.",
                "'{value}' is not a département of the embedded geography.");

    internal static readonly ProblemDefinition EmptyTerritory =
        ProblemDefinition.Error(TerritoryProblemCodes.EmptyTerritory,
                "Le territoire ne contient aucune commune.",
                "The territory contains no commune.");

    internal static readonly ProblemDefinition PlaceCommuneNotSet =
        ProblemDefinition.Error(TerritoryProblemCodes.PlaceCommuneNotSet,
                "La commune du lieu n'est pas renseignée.",
                "The place's commune is not set.");

    internal static readonly ProblemDefinition CoverageValueRange =
        ProblemDefinition.Error(TerritoryProblemCodes.CoverageValueRange,
                "« {value} » est hors de l'intervalle permis ({range}).",
                "'{value}' is outside the allowed range ({range}).");

    internal static readonly ProblemDefinition FormerCommuneCode =
        ProblemDefinition.Warning(TerritoryProblemCodes.FormerCommuneCode,
                "« {value} » ({name}) n'est plus une commune au COG {cogYear} : {status} de {commune} {communeName} (depuis le COG {since}). Le lieu est situé dans {commune} ; le code {value} est conservé.",
                "'{value}' ({name}) is no longer a commune in COG {cogYear}: {status} of {commune} {communeName} (since COG {since}). The place is located in {commune}; the code {value} is kept.");

    internal static readonly ProblemDefinition AmbiguousCommuneCode =
        ProblemDefinition.Error(TerritoryProblemCodes.AmbiguousCommuneCode,
                "« {value} » n'est plus une commune et le Code officiel géographique le rattache à plusieurs communes actuelles ({candidates}) : le code n'est pas converti, donnez le code actuel.",
                "'{value}' is no longer a commune and the Code officiel géographique attaches it to several current communes ({candidates}): the code is not converted; give the current code.");

    internal static readonly ProblemDefinition CoverageResultConstraint =
        ProblemDefinition.Error(TerritoryProblemCodes.CoverageResultConstraint,
                "« {value} » ne respecte pas la contrainte « {constraint} » du document {document} (son schéma JSON publié).",
                "'{value}' breaks constraint '{constraint}' of the {document} document (its published JSON Schema).");

    /// <summary>Gets every definition of the area, in the order of the codes.</summary>
    internal static IReadOnlyList<ProblemDefinition> All { get; } =
    [
        PlaceIdEmpty, PlaceNameEmpty, LatitudeRange, LongitudeRange, CoordinatesIncomplete, UnknownCommune, FarFromCentroid, DuplicatePlaceId, PlaceNotLocatable, AdvisorsNegative, UnknownEpci, UnknownDepartement, EmptyTerritory, PlaceCommuneNotSet, CoverageValueRange, FormerCommuneCode, AmbiguousCommuneCode, CoverageResultConstraint,
    ];
}
