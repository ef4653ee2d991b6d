using FluentValidation;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Microsoft.Extensions.DependencyInjection;

namespace Landes.Inclusion.PackageTests;

/// <summary>
/// A host application validates its own rules beside the library's and combines the reports: its codes and
/// FluentValidation's default codes are carried with their messages, never an exception.
/// </summary>
public sealed class UserValidatorTests
{
    [Fact]
    public void FromFluentValidation_HostCodesAndDefaultCodes_CombineWithTheLibrarysProblems()
    {
        // The library's side: an identifier that fails its key.
        Assert.False(Siret.TryParse("20003043500124", out _, out Problem? siretProblem));
        var library = new ValidationReport([siretProblem.Under("structures[0].siret")]);

        // The host's side: its own validator, its own code and FluentValidation's default code.
        ValidationReport host = ValidationReport.FromFluentValidation(
            new StructureFormValidator().Validate(new StructureForm(Name: "", Advisors: 0, Siret: default)), "form", ProblemCatalog.Find);

        ValidationReport combined = library.Merge(host);

        Assert.False(combined.IsValid);
        Assert.Equal(
            ["LI-ID-041", "NotEmptyValidator", "APP-ADV-001", "LI-ID-002"],
            combined.Problems.Select(p => p.Code).ToArray());
        Problem own = combined.Problems.Single(p => p.Code == "APP-ADV-001");
        Assert.Equal("form.advisors", own.Path);
        Assert.Equal(ProblemSeverity.Warning, own.Severity);
        Assert.Equal("Une structure sans conseiller ne compte pas.", own.GetMessage(MessageLanguage.English));
        Assert.False(own.Definition.IsLibraryCode);
        Problem byDefault = combined.Problems.Single(p => p.Code == "NotEmptyValidator");
        Assert.Equal("form.name", byDefault.Path);
        Assert.False(string.IsNullOrWhiteSpace(byDefault.Message));
        Problem libraryRule = combined.Problems.Single(p => p.Code == "LI-ID-002");
        Assert.Equal("form.siret", libraryRule.Path);
        Assert.True(libraryRule.Definition.IsLibraryCode);
        Assert.DoesNotContain("Identifiant", libraryRule.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void FromFluentValidation_WithoutAResolver_CarriesABorrowedLibraryCodeAsGiven()
    {
        ValidationReport host = ValidationReport.FromFluentValidation(
            new StructureFormValidator().Validate(new StructureForm(Name: "x", Advisors: 1, Siret: default)));

        Problem borrowed = Assert.Single(host.Problems);
        Assert.Equal("LI-ID-002", borrowed.Code);
        Assert.False(borrowed.Definition.IsLibraryCode);
    }

    [Fact]
    public void AddLandesInclusion_WithOptions_ResolvesFromTheHostsContainer()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddLandesInclusion(o => o.Language = MessageLanguage.English)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var reporter = provider.GetRequiredService<Landes.Inclusion.Network.NetworkReporter>();

        Assert.Equal(MessageLanguage.English, reporter.DefaultOptions.Language);
        Assert.Equal(34, reporter.Build(Landes.Inclusion.Network.LandesSample.Network, new NodaTime.LocalDate(2026, 11, 29)).Headcount.AdvisorsInPost);
    }

    private sealed record StructureForm(string Name, int Advisors, Siret Siret);

    private sealed class StructureFormValidator : AbstractValidator<StructureForm>
    {
        public StructureFormValidator()
        {
            RuleFor(f => f.Name).NotEmpty();
            RuleFor(f => f.Advisors).GreaterThan(0).WithErrorCode("APP-ADV-001")
                .WithMessage("Une structure sans conseiller ne compte pas.").WithSeverity(Severity.Warning);
            RuleFor(f => f.Siret).Must(s => !s.IsDefault).WithErrorCode("LI-ID-002")
                .WithState(_ => new Dictionary<string, string> { ["kind"] = "SIRET" });
        }
    }
}
