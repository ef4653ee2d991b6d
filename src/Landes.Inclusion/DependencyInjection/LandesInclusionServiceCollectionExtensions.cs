using FluentValidation;
using Landes.Inclusion.Certification;
using Landes.Inclusion.DependencyInjection;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

// The namespace of Microsoft.Extensions.DependencyInjection, as is the convention for AddX methods, so that
// `services.AddLandesInclusion()` is found without an extra using directive.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the library's services in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class LandesInclusionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the library's validators, catalogs and engines with their default options (see
    /// <see cref="AddLandesInclusion(IServiceCollection, Action{LandesInclusionOptions})"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddLandesInclusion(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        AddTerritory(services);
        AddCertification(services);
        AddTraining(services);
        AddNetwork(services);
        return services;
    }

    /// <summary>
    /// Registers the library's validators, catalogs and engines as singletons, configured by
    /// <paramref name="configure"/> through <c>IOptions&lt;LandesInclusionOptions&gt;</c>: the certification catalog
    /// and training programmes (the embedded ones unless configured), the coverage analyzer and network reporter with
    /// the configured defaults, and an <see cref="IClock"/> (the system clock, only when none is registered yet).
    /// </summary>
    /// <remarks>
    /// Calling it more than once is harmless: every service registration is a <c>TryAdd</c>, and each call's
    /// <paramref name="configure"/> is applied in order, as <c>services.Configure</c> does. A service the host
    /// registered before (a catalog, a clock, a validator) is kept and wins over the options.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddLandesInclusion(this IServiceCollection services, Action<LandesInclusionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddLandesInclusion();
        services.Configure(configure);
        return services;
    }

    private static LandesInclusionOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<LandesInclusionOptions>>().Value;

    private static void AddTerritory(IServiceCollection services)
    {
        services.TryAddSingleton(_ => Geography.France);
        services.TryAddSingleton(sp => new PlaceValidator(sp.GetRequiredService<Geography>()));
        services.TryAddSingleton(sp => new PlacesDocumentValidator(sp.GetRequiredService<PlaceValidator>()));
        services.TryAddSingleton(sp => new CoverageAnalyzer(
            sp.GetRequiredService<Geography>(), Options(sp).Coverage ?? CoverageOptions.Default));
        services.TryAddSingleton<CoverageResultValidator>();
    }

    private static void AddCertification(IServiceCollection services)
    {
        services.TryAddSingleton(sp => Options(sp).CertificationCatalog ?? CertificationCatalog.Default);
        services.TryAddSingleton(sp => new CertificationEngine(sp.GetRequiredService<CertificationCatalog>()));
        services.TryAddSingleton<CertificationCatalogValidator>();
        services.TryAddSingleton(sp => new CandidateRecordValidator(sp.GetRequiredService<CertificationCatalog>()));
    }

    // The embedded CnFS programme unless one is configured or registered, its validators and the checker.
    private static void AddTraining(IServiceCollection services)
    {
        services.TryAddSingleton(sp => Options(sp).TrainingProgrammes ?? TrainingProgrammeCatalog.Default);
        services.TryAddSingleton<IValidator<TrainingProgramme>, TrainingProgrammeValidator>();
        services.TryAddSingleton<IValidator<Enrolment>>(sp => new EnrolmentValidator(sp.GetRequiredService<TrainingProgrammeCatalog>()));
        services.TryAddSingleton<IValidator<EnrolmentsDocument>>(sp => new EnrolmentsDocumentValidator(sp.GetRequiredService<IValidator<Enrolment>>()));
        services.TryAddSingleton(sp => new TrainingComplianceChecker(sp.GetRequiredService<TrainingProgrammeCatalog>()));
    }

    // The whole-network validator and the reporter, built from the catalogs and engines above (or from those
    // registered before this call).
    private static void AddNetwork(IServiceCollection services)
    {
        services.TryAddSingleton(sp => new NetworkValidator(
            sp.GetRequiredService<PlaceValidator>(),
            sp.GetRequiredService<IValidator<Enrolment>>(),
            sp.GetRequiredService<CandidateRecordValidator>()));
        services.TryAddSingleton(sp => new NetworkReporter(
            sp.GetRequiredService<CertificationEngine>(),
            sp.GetRequiredService<TrainingComplianceChecker>(),
            sp.GetRequiredService<CoverageAnalyzer>(),
            Options(sp).GetReportOptions()));
    }
}
