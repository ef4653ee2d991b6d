using System.Reflection;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Certification;

/// <summary>
/// A catalog of title versions and of the correspondences between them. <see cref="Default"/> is the embedded catalog
/// (CMN 2015, REMN 2019, Médiateur numérique 2025); users load their own with <see cref="CertificationJson.Catalog"/>
/// or add titles to the default with <see cref="With"/>. Format: <c>docs/schemas/certification-catalog.schema.json</c>.
/// </summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class CertificationCatalog
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    private const string DefaultResourceName = "Landes.Inclusion.Certification.Data.default-catalog.json";

    private static readonly Lazy<CertificationCatalog> DefaultCatalog = new(LoadDefault);

    /// <summary>Gets the schema version of the document.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets what this catalog is, its sources and vintage, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the title versions.</summary>
    public required IReadOnlyList<TitleVersion> Titles { get; init; }

    /// <summary>Gets the correspondences between versions (including those explicitly not published).</summary>
    public IReadOnlyList<Correspondence> Correspondences { get => _correspondences; init => _correspondences = value ?? []; }

    // Absent from a JSON document, the source-generated reader passes null to the init accessor: read as empty.
    private readonly IReadOnlyList<Correspondence> _correspondences = [];

    /// <summary>Gets the embedded default catalog (read once from the library's resources).</summary>
    /// <exception cref="ProblemException">The embedded resource is invalid (a packaging error).</exception>
    public static CertificationCatalog Default => DefaultCatalog.Value;

    /// <summary>Reads the embedded default catalog anew (the same document as <see cref="Default"/>).</summary>
    /// <returns>The catalog and every problem found.</returns>
    public static ReadResult<CertificationCatalog> ReadEmbedded()
    {
        using Stream stream = typeof(CertificationCatalog).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{DefaultResourceName}' is missing.");
        return CertificationJson.Catalog.Read(stream);
    }

    /// <summary>Finds a title version by its identifier.</summary>
    /// <param name="id">The identifier, such as <c>remn-2019</c>.</param>
    /// <returns>The version, or null.</returns>
    public TitleVersion? Find(string id)
    {
        foreach (TitleVersion title in Titles)
        {
            if (string.Equals(title.Id, id, StringComparison.Ordinal))
            {
                return title;
            }
        }

        return null;
    }

    /// <summary>Returns a catalog holding this catalog's titles and correspondences followed by others (not validated: validate the result).</summary>
    /// <param name="titles">The titles to add.</param>
    /// <param name="correspondences">The correspondences to add, or null.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="titles"/> is null.</exception>
    public CertificationCatalog With(IEnumerable<TitleVersion> titles, IEnumerable<Correspondence>? correspondences = null)
    {
        ArgumentNullException.ThrowIfNull(titles);
        return new CertificationCatalog
        {
            Description = Description,
            Titles = [.. Titles, .. titles],
            Correspondences = [.. Correspondences, .. correspondences ?? []],
        };
    }

    private static CertificationCatalog LoadDefault() => ReadEmbedded().GetValueOrThrow();
}
