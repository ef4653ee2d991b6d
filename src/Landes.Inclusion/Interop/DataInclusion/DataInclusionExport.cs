using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Schedules;

namespace Landes.Inclusion.Interop.DataInclusion;

/// <summary>What <c>DataInclusionExporter.Export</c> produced: structures, services and the problems met.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class DataInclusionExport
{
    internal DataInclusionExport(IReadOnlyList<DataInclusionStructure> structures, IReadOnlyList<DataInclusionService> services, ValidationReport report)
    {
        Structures = structures;
        Services = services;
        Report = report;
    }

    /// <summary>Gets the structures, one a place exported.</summary>
    public IReadOnlyList<DataInclusionStructure> Structures { get; }

    /// <summary>Gets the services, one for each service of each place exported.</summary>
    public IReadOnlyList<DataInclusionService> Services { get; }

    /// <summary>
    /// Gets the problems, with paths <c>places[i].field</c>: errors for places that could not be exported
    /// (<c>LI-CSV-018</c>), warnings for values left out (<c>LI-CSV-019</c>).
    /// </summary>
    public ValidationReport Report { get; }
}
