using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Territory;

/// <summary>The territory an analysis is about: a département, an EPCI, or a list of communes.</summary>
/// <remarks>Immutable and thread-safe. Resolve it against a geography with <see cref="TryResolve"/>.</remarks>
public sealed class TerritorySelection
{
    private TerritorySelection(TerritoryKind kind, string code, IReadOnlyList<InseeCode> communes)
    {
        Kind = kind;
        Code = code;
        CommuneCodes = communes;
    }

    /// <summary>Gets how the territory is given.</summary>
    public TerritoryKind Kind { get; }

    /// <summary>Gets the département code or EPCI SIREN; the empty string for a list of communes.</summary>
    public string Code { get; }

    /// <summary>Gets the listed communes (for <see cref="TerritoryKind.Communes"/>; empty otherwise).</summary>
    public IReadOnlyList<InseeCode> CommuneCodes { get; }

    /// <summary>Gets the Landes (département 40), the library's default territory.</summary>
    public static TerritorySelection Landes { get; } = OfDepartement(DepartementCode.Landes);

    /// <summary>Selects a département.</summary>
    /// <param name="code">The département code.</param>
    /// <returns>The selection.</returns>
    public static TerritorySelection OfDepartement(DepartementCode code) => new(TerritoryKind.Departement, code.ToString(), []);

    /// <summary>Selects an EPCI (all its members, whatever their département).</summary>
    /// <param name="id">The EPCI's SIREN.</param>
    /// <returns>The selection.</returns>
    public static TerritorySelection OfEpci(EpciId id) => new(TerritoryKind.Epci, id.ToString(), []);

    /// <summary>Selects a list of communes or arrondissements municipaux (duplicates are ignored).</summary>
    /// <param name="codes">The commune codes.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is null.</exception>
    public static TerritorySelection OfCommunes(IEnumerable<InseeCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return new(TerritoryKind.Communes, string.Empty, [.. codes.Distinct()]);
    }

    /// <summary>Resolves the territory into its communes, reporting every code the geography does not know.</summary>
    /// <param name="geography">The geography.</param>
    /// <param name="communes">The communes, ordered by code, when resolved.</param>
    /// <param name="report">The problems found: <c>LI-TER-006</c>, <c>-011</c>, <c>-012</c>, <c>-013</c>, <c>LI-ID-002</c>.</param>
    /// <returns><see langword="true"/> when every code is known and the territory is not empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="geography"/> is null.</exception>
    public bool TryResolve(Geography geography, [NotNullWhen(true)] out IReadOnlyList<Commune>? communes, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(geography);
        string cogYear = geography.Vintage.CogYear.ToString(CultureInfo.InvariantCulture);
        var problems = new List<Problem>();
        var found = new List<Commune>();
        switch (Kind)
        {
            case TerritoryKind.Departement:
                if (DepartementCode.TryParse(Code, out DepartementCode departement) && geography.TryGetDepartement(departement, out DepartementGeography? d))
                {
                    found.AddRange(d.Communes);
                }
                else
                {
                    problems.Add(new Problem(TerritoryProblemDefinitions.UnknownDepartement, "code", ProblemArguments.Of(("value", Code))));
                }

                break;
            case TerritoryKind.Epci:
                if (EpciId.TryParse(Code, out EpciId epciId) && geography.TryGetEpci(epciId, out Epci? epci))
                {
                    found.AddRange(epci.Communes);
                }
                else
                {
                    problems.Add(new Problem(TerritoryProblemDefinitions.UnknownEpci, "code", ProblemArguments.Of(("value", Code), ("cogYear", cogYear))));
                }

                break;
            default:
                for (int i = 0; i < CommuneCodes.Count; i++)
                {
                    if (geography.TryGetUnit(CommuneCodes[i], out Commune? commune))
                    {
                        found.Add(commune);
                    }
                    else
                    {
                        problems.Add(new Problem(TerritoryProblemDefinitions.UnknownCommune, ProblemPath.Index("communes", i),
                            ProblemArguments.Of(("value", CommuneCodes[i].ToString()), ("cogYear", cogYear))));
                    }
                }

                if (CommuneCodes.Count == 0)
                {
                    problems.Add(new Problem(TerritoryProblemDefinitions.EmptyTerritory, "communes"));
                }

                break;
        }

        report = new ValidationReport(problems);
        communes = problems.Count == 0 ? [.. found.OrderBy(c => c.Code)] : null;
        return communes is not null;
    }

    /// <summary>Returns <c>departement 40</c>, <c>epci 200030435</c> or <c>communes (3)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        TerritoryKind.Departement => $"departement {Code}",
        TerritoryKind.Epci => $"epci {Code}",
        _ => string.Create(CultureInfo.InvariantCulture, $"communes ({CommuneCodes.Count})"),
    };
}
