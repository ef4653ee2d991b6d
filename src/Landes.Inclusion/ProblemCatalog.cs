using System.Collections.Frozen;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Json;
using Landes.Inclusion.Network;
using Landes.Inclusion.Schedules;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;

namespace Landes.Inclusion;

/// <summary>
/// Every problem code the library can report, with its severity and its French and English messages.
/// <c>docs/errors.md</c> mirrors this catalog (a test keeps them in step).
/// </summary>
/// <remarks>The catalog is immutable and thread-safe.</remarks>
public static class ProblemCatalog
{
    private static readonly FrozenDictionary<string, ProblemDefinition> ByCode =
        Definitions().ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);

    /// <summary>Gets every definition, ordered by code.</summary>
    public static IReadOnlyList<ProblemDefinition> All { get; } =
        [.. ByCode.Values.OrderBy(d => d.Code, StringComparer.Ordinal)];

    /// <summary>Gets the definition of a code.</summary>
    /// <param name="code">A code such as <c>LI-ID-031</c>.</param>
    /// <returns>Its definition.</returns>
    /// <exception cref="ArgumentException">The code is not defined (a programming error, not bad input).</exception>
    public static ProblemDefinition Get(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByCode.TryGetValue(code, out ProblemDefinition? definition)
            ? definition
            : throw new ArgumentException($"Unknown problem code '{code}'.", nameof(code));
    }

    /// <summary>Finds the definition of a code, for instance to resolve the library's codes that a host's own
    /// FluentValidation rules reuse (<c>ValidationReport.FromFluentValidation(result, "", ProblemCatalog.Find)</c>).</summary>
    /// <param name="code">A code such as <c>LI-ID-031</c>.</param>
    /// <returns>Its definition, or null when the library does not define it.</returns>
    public static ProblemDefinition? Find(string code) => TryGet(code, out ProblemDefinition? definition) ? definition : null;

    /// <summary>Looks up the definition of a code.</summary>
    /// <param name="code">A code such as <c>LI-ID-031</c>.</param>
    /// <param name="definition">The definition when found.</param>
    /// <returns><see langword="true"/> when the code is defined.</returns>
    public static bool TryGet(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProblemDefinition? definition)
    {
        definition = null;
        return code is not null && ByCode.TryGetValue(code, out definition);
    }

    // The composition root of the problem definitions: each module owns its codes, its texts and the problems it
    // reports; only this catalog, for lookups by code, knows them all.
    private static IEnumerable<ProblemDefinition> Definitions() =>
    [
        .. IdentifierProblemDefinitions.All,
        .. JsonProblemDefinitions.All,
        .. LimitProblemDefinitions.All,
        .. TerritoryProblemDefinitions.All,
        .. ScheduleProblemDefinitions.All,
        .. OpeningHoursProblemDefinitions.All,
        .. NetworkProblemDefinitions.All,
        .. CertificationProblemDefinitions.All,
        .. TrainingProblemDefinitions.All,
        .. CsvProblemDefinitions.All,
    ];
}
