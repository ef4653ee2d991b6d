using Landes.Inclusion.Certification;
using FluentValidation;
using Landes.Inclusion.Training;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Landes.Inclusion.Tests.DependencyInjection;

public sealed class ServiceCollectionTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    [Fact]
    public void AddLandesInclusion_RegistersTheSystemClock()
    {
        using ServiceProvider provider = new ServiceCollection().AddLandesInclusion().BuildServiceProvider(Strict);

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddLandesInclusion_RegistersTheTrainingServices()
    {
        using ServiceProvider provider = new ServiceCollection().AddLandesInclusion().BuildServiceProvider(Strict);

        Assert.Same(TrainingProgrammeCatalog.Default, provider.GetRequiredService<TrainingProgrammeCatalog>());
        Assert.Same(TrainingProgrammeCatalog.Default, provider.GetRequiredService<TrainingComplianceChecker>().Catalog);
        Assert.IsType<EnrolmentValidator>(provider.GetRequiredService<IValidator<Enrolment>>());
        Assert.IsType<TrainingProgrammeValidator>(provider.GetRequiredService<IValidator<TrainingProgramme>>());
        Assert.IsType<EnrolmentsDocumentValidator>(provider.GetRequiredService<IValidator<EnrolmentsDocument>>());
        Assert.Same(provider.GetRequiredService<TrainingComplianceChecker>(), provider.GetRequiredService<TrainingComplianceChecker>());
    }

    [Fact]
    public void AddLandesInclusion_Twice_IsHarmless()
    {
        var once = new ServiceCollection().AddLandesInclusion();
        var twice = new ServiceCollection().AddLandesInclusion().AddLandesInclusion();

        Assert.Equal(once.Count, twice.Count);
        using ServiceProvider provider = twice.BuildServiceProvider(Strict);
        Assert.Single(provider.GetServices<IClock>());
    }

    [Fact]
    public void AddLandesInclusion_KeepsAClockAlreadyRegistered()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 29, 12, 0));

        using ServiceProvider provider = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddLandesInclusion()
            .BuildServiceProvider(Strict);

        Assert.Same(clock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddLandesInclusion_RegistersTheTerritoryServices()
    {
        using ServiceProvider provider = new ServiceCollection().AddLandesInclusion().BuildServiceProvider(Strict);

        Assert.Same(Landes.Inclusion.Territory.Geography.France, provider.GetRequiredService<Landes.Inclusion.Territory.Geography>());
        Assert.Same(provider.GetRequiredService<Landes.Inclusion.Territory.PlaceValidator>(), provider.GetRequiredService<Landes.Inclusion.Territory.PlaceValidator>());
        Assert.NotNull(provider.GetRequiredService<Landes.Inclusion.Territory.PlacesDocumentValidator>());
        Assert.Same(Landes.Inclusion.Territory.Geography.France, provider.GetRequiredService<Landes.Inclusion.Territory.CoverageAnalyzer>().Geography);
        Assert.NotNull(provider.GetRequiredService<Landes.Inclusion.Territory.CoverageResultValidator>());
    }

    [Fact]
    public void AddLandesInclusion_RegistersTheCertificationServicesOverTheDefaultCatalog()
    {
        using ServiceProvider provider = new ServiceCollection().AddLandesInclusion().BuildServiceProvider(Strict);

        Assert.Same(CertificationCatalog.Default, provider.GetRequiredService<CertificationCatalog>());
        Assert.Same(provider.GetRequiredService<CertificationEngine>(), provider.GetRequiredService<CertificationEngine>());
        Assert.Same(CertificationCatalog.Default, provider.GetRequiredService<CertificationEngine>().Catalog);
        Assert.NotNull(provider.GetRequiredService<CertificationCatalogValidator>());
        Assert.NotNull(provider.GetRequiredService<CandidateRecordValidator>());
    }

    [Fact]
    public void AddLandesInclusion_KeepsACatalogAlreadyRegistered()
    {
        var catalog = new CertificationCatalog { Titles = [] };

        using ServiceProvider provider = new ServiceCollection().AddSingleton(catalog).AddLandesInclusion().BuildServiceProvider(Strict);

        Assert.Same(catalog, provider.GetRequiredService<CertificationEngine>().Catalog);
    }

    [Fact]
    public void AddLandesInclusion_RegistersTheNetworkValidatorAndReporter()
    {
        using ServiceProvider provider = new ServiceCollection().AddLandesInclusion().BuildServiceProvider(Strict);

        var validator = provider.GetRequiredService<Landes.Inclusion.Network.NetworkValidator>();
        var reporter = provider.GetRequiredService<Landes.Inclusion.Network.NetworkReporter>();

        Assert.Same(validator, provider.GetRequiredService<Landes.Inclusion.Network.NetworkValidator>());
        Assert.Same(reporter, provider.GetRequiredService<Landes.Inclusion.Network.NetworkReporter>());
        Landes.Inclusion.Network.NetworkDocument sample = Landes.Inclusion.Network.LandesSample.Network;
        Assert.True(Landes.Inclusion.Diagnostics.ValidationReport.FromFluentValidation(validator.Validate(sample)).IsValid);
        Assert.Equal(34, reporter.Build(sample, new LocalDate(2026, 11, 29)).Headcount.AdvisorsInPost);
    }

    [Fact]
    public void AddLandesInclusion_BuildsTheNetworkValidatorFromTheRegisteredTrainingCatalog()
    {
        // A catalog without the CnFS programme: every enrolment of the sample then names an unknown programme.
        var empty = new TrainingProgrammeCatalog([]);

        using ServiceProvider provider = new ServiceCollection().AddSingleton(empty).AddLandesInclusion().BuildServiceProvider(Strict);

        var validator = provider.GetRequiredService<Landes.Inclusion.Network.NetworkValidator>();
        var report = Landes.Inclusion.Diagnostics.ValidationReport.FromFluentValidation(validator.Validate(Landes.Inclusion.Network.LandesSample.Network));
        Assert.Contains(report.Problems, p => p.Code == TrainingProblemCodes.UnknownProgramme
            && p.Path.ToString().StartsWith("advisors[0].training", StringComparison.Ordinal));
    }

    [Fact]
    public void AddLandesInclusionWithOptions_AppliesTheConfiguredCatalogsAndDefaults()
    {
        CertificationCatalog catalog = Certification.TestCatalogs.Revised();
        var programmes = new TrainingProgrammeCatalog([]);
        var coverage = new Landes.Inclusion.Territory.CoverageOptions { ThresholdsKm = [3, 7] };

        using ServiceProvider provider = new ServiceCollection()
            .AddLandesInclusion(o =>
            {
                o.CertificationCatalog = catalog;
                o.TrainingProgrammes = programmes;
                o.Coverage = coverage;
                o.Language = Landes.Inclusion.Diagnostics.MessageLanguage.English;
            })
            .BuildServiceProvider(Strict);

        Assert.Same(catalog, provider.GetRequiredService<CertificationCatalog>());
        Assert.Same(catalog, provider.GetRequiredService<CertificationEngine>().Catalog);
        Assert.Same(programmes, provider.GetRequiredService<TrainingComplianceChecker>().Catalog);
        var analyzer = provider.GetRequiredService<Landes.Inclusion.Territory.CoverageAnalyzer>();
        Assert.Same(coverage, analyzer.DefaultOptions);
        Landes.Inclusion.Territory.CoverageResult result = analyzer.Analyze(Landes.Inclusion.Territory.TerritorySelection.Landes, []);
        Assert.Equal([3.0, 7.0], result.ThresholdsKm);
        var reporter = provider.GetRequiredService<Landes.Inclusion.Network.NetworkReporter>();
        Assert.Equal(Landes.Inclusion.Diagnostics.MessageLanguage.English, reporter.DefaultOptions.Language);
        Assert.Same(coverage, reporter.DefaultOptions.Coverage);
        Assert.Equal(Landes.Inclusion.Diagnostics.MessageLanguage.English,
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Landes.Inclusion.DependencyInjection.LandesInclusionOptions>>().Value.Language);
    }

    [Fact]
    public void AddLandesInclusionWithOptions_DoesNotReplaceUserRegisteredServices()
    {
        CertificationCatalog registered = Certification.TestCatalogs.Closed();
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 1, 9, 0));

        using ServiceProvider provider = new ServiceCollection()
            .AddSingleton(registered)
            .AddSingleton<IClock>(clock)
            .AddLandesInclusion(o => o.CertificationCatalog = Certification.TestCatalogs.Revised())
            .BuildServiceProvider(Strict);

        Assert.Same(registered, provider.GetRequiredService<CertificationCatalog>());
        Assert.Same(clock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddLandesInclusionWithOptions_Twice_RegistersTheServicesOnceAndAppliesBothConfigurations()
    {
        var once = new ServiceCollection().AddLandesInclusion(_ => { });
        var twice = new ServiceCollection()
            .AddLandesInclusion(o => o.Language = Landes.Inclusion.Diagnostics.MessageLanguage.English)
            .AddLandesInclusion(o => o.Coverage = new Landes.Inclusion.Territory.CoverageOptions { ThresholdsKm = [2] });

        Assert.Equal(once.Count + 1, twice.Count); // one more configuration, no service twice
        using ServiceProvider provider = twice.BuildServiceProvider(Strict);
        var reporter = provider.GetRequiredService<Landes.Inclusion.Network.NetworkReporter>();
        Assert.Equal(Landes.Inclusion.Diagnostics.MessageLanguage.English, reporter.DefaultOptions.Language);
        Assert.Equal([2.0], reporter.DefaultOptions.Coverage.ThresholdsKm);
        Assert.Single(provider.GetServices<Landes.Inclusion.Network.NetworkReporter>());
    }

    [Fact]
    public void AddLandesInclusionWithOptions_NullConfigure_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddLandesInclusion(null!));

    [Fact]
    public void AddLandesInclusion_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => LandesInclusionServiceCollectionExtensions.AddLandesInclusion(null!));
}
