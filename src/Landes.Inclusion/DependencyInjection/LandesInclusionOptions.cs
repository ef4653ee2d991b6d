using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;

namespace Landes.Inclusion.DependencyInjection;

/// <summary>
/// What a host application configures when it registers the library with
/// <c>services.AddLandesInclusion(options =&gt; …)</c>: the catalogs, the coverage and report defaults and the
/// message language. Read through <c>IOptions&lt;LandesInclusionOptions&gt;</c>.
/// </summary>
/// <remarks>
/// <para>As every Microsoft.Extensions options class, this one is mutable while the host configures it; the services
/// built from it (catalogs, engines, analyzer, reporter) are singletons that read it once, when first resolved.</para>
/// <para>A service the host registered itself before <c>AddLandesInclusion</c> (for example its own
/// <see cref="Certification.CertificationCatalog"/>) wins over these options.</para>
/// </remarks>
public sealed class LandesInclusionOptions
{
    /// <summary>Gets or sets the certification catalog, or null for <see cref="CertificationCatalog.Default"/>
    /// (the embedded titles).</summary>
    public CertificationCatalog? CertificationCatalog { get; set; }

    /// <summary>Gets or sets the training programmes, or null for <see cref="TrainingProgrammeCatalog.Default"/>
    /// (the embedded CnFS programme).</summary>
    public TrainingProgrammeCatalog? TrainingProgrammes { get; set; }

    /// <summary>Gets or sets the coverage options used when a call passes none (default:
    /// <see cref="CoverageOptions.Default"/>).</summary>
    public CoverageOptions Coverage { get; set; } = CoverageOptions.Default;

    /// <summary>
    /// Gets or sets the network report options used when a call passes none, or null to build them from
    /// <see cref="Coverage"/> and <see cref="Language"/> with the other defaults of <see cref="NetworkReportOptions"/>.
    /// </summary>
    public NetworkReportOptions? Report { get; set; }

    /// <summary>Gets or sets the language of the messages the library renders for the host (French by default).</summary>
    public MessageLanguage Language { get; set; } = MessageLanguage.French;

    /// <summary>Gets the report options in force: <see cref="Report"/> when set, else the defaults with
    /// <see cref="Coverage"/> and <see cref="Language"/>.</summary>
    /// <returns>The report options.</returns>
    public NetworkReportOptions GetReportOptions() =>
        Report ?? new NetworkReportOptions { Coverage = Coverage ?? CoverageOptions.Default, Language = Language };
}
