using Landes.Inclusion.Certification;
using FluentValidation;
using Landes.Inclusion.Training;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

// The namespace of Microsoft.Extensions.DependencyInjection, as is the convention for AddX methods, so that
// `services.AddLandesInclusion()` is found without an extra using directive.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the library's services in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class LandesInclusionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the library's validators, catalogs and engines (the certification catalog defaults to
    /// <see cref="CertificationCatalog.Default"/> unless one is registered first; the training catalog, validators and
    /// compliance checker likewise; the network validator and reporter are built from them) and an <see cref="IClock"/> (the system clock, only when no clock is
    /// registered yet) as singletons. Calling it more than once is harmless: every registration is a <c>TryAdd</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddLandesInclusion(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(_ => Landes.Inclusion.Territory.Geography.France);
        services.TryAddSingleton(sp => new Landes.Inclusion.Territory.PlaceValidator(sp.GetRequiredService<Landes.Inclusion.Territory.Geography>()));
        services.TryAddSingleton(sp => new Landes.Inclusion.Territory.PlacesDocumentValidator(sp.GetRequiredService<Landes.Inclusion.Territory.PlaceValidator>()));
        services.TryAddSingleton(sp => new Landes.Inclusion.Territory.CoverageAnalyzer(sp.GetRequiredService<Landes.Inclusion.Territory.Geography>()));
        services.TryAddSingleton<Landes.Inclusion.Territory.CoverageResultValidator>();
        services.TryAddSingleton(_ => CertificationCatalog.Default);
        services.TryAddSingleton(sp => new CertificationEngine(sp.GetRequiredService<CertificationCatalog>()));
        services.TryAddSingleton<CertificationCatalogValidator>();
        services.TryAddSingleton(sp => new CandidateRecordValidator(sp.GetRequiredService<CertificationCatalog>()));
        AddTraining(services);
        AddNetwork(services);
        return services;
    }

    // Network (issue 6): the whole-network validator and the reporter, built from the catalogs and engines above (or
    // from those registered before this call).
    private static void AddNetwork(IServiceCollection services)
    {
        services.TryAddSingleton(sp => new Landes.Inclusion.Network.NetworkValidator(
            sp.GetRequiredService<Landes.Inclusion.Territory.PlaceValidator>(),
            sp.GetRequiredService<IValidator<Enrolment>>(),
            sp.GetRequiredService<CandidateRecordValidator>()));
        services.TryAddSingleton(sp => new Landes.Inclusion.Network.NetworkReporter(
            sp.GetRequiredService<CertificationEngine>(),
            sp.GetRequiredService<TrainingComplianceChecker>(),
            sp.GetRequiredService<Landes.Inclusion.Territory.CoverageAnalyzer>()));
    }

    // Training (issue "Training"): the embedded CnFS catalog unless one is registered, its validators and the checker.
    private static void AddTraining(IServiceCollection services)
    {
        services.TryAddSingleton(_ => TrainingProgrammeCatalog.Default);
        services.TryAddSingleton<IValidator<TrainingProgramme>, TrainingProgrammeValidator>();
        services.TryAddSingleton<IValidator<Enrolment>>(sp => new EnrolmentValidator(sp.GetRequiredService<TrainingProgrammeCatalog>()));
        services.TryAddSingleton<IValidator<EnrolmentsDocument>>(sp => new EnrolmentsDocumentValidator(sp.GetRequiredService<IValidator<Enrolment>>()));
        services.TryAddSingleton(sp => new TrainingComplianceChecker(sp.GetRequiredService<TrainingProgrammeCatalog>()));
    }
}
