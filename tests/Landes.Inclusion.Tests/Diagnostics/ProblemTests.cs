using FluentValidation;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Validation;

namespace Landes.Inclusion.Tests.Diagnostics;

public sealed class ProblemTests
{
    [Fact]
    public void Message_IsFrenchByDefaultAndEnglishOnRequest()
    {
        Assert.False(Siret.TryParse("20003043500124".AsSpan(), out _, out Problem? problem));

        Assert.Equal(ProblemCodes.Identifiers.SiretChecksum, problem.Code);
        Assert.StartsWith("« 20003043500124 » n'est pas un SIRET", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("'20003043500124' is not a SIRET", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
    }

    [Fact]
    public void Under_PrefixesThePath()
    {
        var problem = new Problem(ProblemCodes.Json.NullNotAllowed, "contract.endDate");

        Assert.Equal("advisors[3].contract.endDate", problem.Under("advisors[3]").Path);
        Assert.Equal("advisors[3]", new Problem(ProblemCodes.Json.NullNotAllowed, "").Under("advisors[3]").Path);
        Assert.Equal("advisors[3].contract.endDate: LI-JSON-005 La valeur null n'est pas permise ici : une valeur est obligatoire.", problem.Under("advisors[3]").ToString());
    }

    [Fact]
    public void Equality_IsStructural()
    {
        var a = new Problem(ProblemCodes.Json.UnknownProperty, "x", new Dictionary<string, string> { ["property"] = "x", ["document"] = "d" });
        var b = new Problem(ProblemCodes.Json.UnknownProperty, "x", new Dictionary<string, string> { ["document"] = "d", ["property"] = "x" });

        Assert.Equal(a, b);
        Assert.NotEqual(a, b.At("y"));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("Siret", "siret")]
    [InlineData("Advisors[3].Contract.EndDate", "advisors[3].contract.endDate")]
    [InlineData("SIRET", "siret")]
    public void FromPropertyChain_GivesCamelCasePaths(string chain, string path) =>
        Assert.Equal(path, ProblemPath.FromPropertyChain(chain));

    [Fact]
    public void FromFluentValidation_KeepsCodesPathsAndArguments()
    {
        var validator = new HostValidator();

        ValidationReport report = ValidationReport.FromFluentValidation(validator.Validate(new Host(default, [default])));

        Assert.False(report.IsValid);
        Assert.Collection(
            report.Problems,
            p =>
            {
                Assert.Equal(("siret", ProblemCodes.Identifiers.Uninitialized), (p.Path, p.Code));
                Assert.Equal("Identifiant non renseigné : la valeur par défaut de SIRET n'est pas un identifiant valide.", p.Message);
            },
            p => Assert.Equal(("communes[0]", ProblemCodes.Identifiers.Uninitialized), (p.Path, p.Code)));
    }

    [Fact]
    public void Report_IsValid_IgnoresWarnings()
    {
        var warning = new Problem(ProblemCodes.Json.UnknownProperty, "x", ProblemSeverity.Warning, null);

        Assert.True(new ValidationReport([warning]).IsValid);
        Assert.Single(new ValidationReport([warning]).Warnings);
        Assert.False(new ValidationReport([warning, new Problem(ProblemCodes.Json.NullNotAllowed, "y")]).IsValid);
    }

    private sealed record Host(Siret Siret, IReadOnlyList<InseeCode> Communes);

    private sealed class HostValidator : AbstractValidator<Host>
    {
        public HostValidator()
        {
            RuleFor(h => h.Siret).IsSet();
            RuleForEach(h => h.Communes).IsSet();
        }
    }
}
