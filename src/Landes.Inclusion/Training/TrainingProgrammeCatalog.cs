using System.Collections.Frozen;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Training;

/// <summary>
/// The training programmes enrolments can refer to, by identifier. <see cref="Default"/> holds the embedded CnFS
/// programme (<c>Training/Data/cnfs-programme.json</c>, sources in <c>docs/training.md</c>); <see cref="With"/> adds
/// or replaces a programme, for instance one read with <see cref="TrainingJson.Programme"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. The embedded programme is read once, on first use of <see cref="Default"/>.</remarks>
public sealed class TrainingProgrammeCatalog
{
    /// <summary>The identifier of the embedded CnFS programme.</summary>
    public const string CnfsProgrammeId = "cnfs";

    internal const string CnfsResourceName = "Landes.Inclusion.Training.Data.cnfs-programme.json";

    private static readonly Lazy<TrainingProgrammeCatalog> DefaultCatalog = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, TrainingProgramme> _byId;

    /// <summary>Initializes a catalog.</summary>
    /// <param name="programmes">The programmes; their identifiers must be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="programmes"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two programmes have the same identifier.</exception>
    public TrainingProgrammeCatalog(IEnumerable<TrainingProgramme> programmes)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        var byId = new Dictionary<string, TrainingProgramme>(StringComparer.Ordinal);
        var ordered = new List<TrainingProgramme>();
        foreach (TrainingProgramme programme in programmes)
        {
            ArgumentNullException.ThrowIfNull(programme, nameof(programmes));
            if (!byId.TryAdd(programme.Id, programme))
            {
                throw new ArgumentException($"Two programmes have the identifier '{programme.Id}'.", nameof(programmes));
            }

            ordered.Add(programme);
        }

        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        Programmes = ordered;
    }

    /// <summary>Gets the catalog holding the embedded CnFS programme.</summary>
    /// <exception cref="InvalidOperationException">The embedded programme is missing or invalid (a build defect).</exception>
    public static TrainingProgrammeCatalog Default => DefaultCatalog.Value;

    /// <summary>Gets the programmes, in the order given.</summary>
    public IReadOnlyList<TrainingProgramme> Programmes { get; }

    /// <summary>Finds a programme by its identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The programme, or null.</returns>
    public TrainingProgramme? Find(string? id) => id is not null && _byId.TryGetValue(id, out TrainingProgramme? p) ? p : null;

    /// <summary>Returns a catalog with a programme added, or replacing the one with the same identifier.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public TrainingProgrammeCatalog With(TrainingProgramme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new TrainingProgrammeCatalog([.. Programmes.Where(p => !string.Equals(p.Id, programme.Id, StringComparison.Ordinal)), programme]);
    }

    private static TrainingProgrammeCatalog LoadDefault()
    {
        using Stream stream = typeof(TrainingProgrammeCatalog).Assembly.GetManifestResourceStream(CnfsResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {CnfsResourceName} is missing.");
        Json.ReadResult<TrainingProgramme> result = TrainingJson.Programme.Read(stream);
        return result.Succeeded
            ? new TrainingProgrammeCatalog([result.Value])
            : throw new InvalidOperationException("The embedded CnFS programme is invalid: " + new ProblemException(result.Report).Message);
    }
}
