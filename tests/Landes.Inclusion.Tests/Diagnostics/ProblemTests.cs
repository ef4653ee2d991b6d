using FluentValidation;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Validation;

namespace Landes.Inclusion.Tests.Diagnostics;

public sealed class ProblemTests
{
    [Fact]
    public void Message_IsFrenchByDefaultAndEnglishOnRequest()
    {
        Assert.False(Siret.TryParse("20003043500124".AsSpan(), out _, out Problem? problem));

        Assert.Equal(IdentifierProblemCodes.SiretChecksum, problem.Code);
        Assert.StartsWith("« 20003043500124 » n'est pas un SIRET", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("'20003043500124' is not a SIRET", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
    }

    [Fact]
    public void Under_PrefixesThePath()
    {
        var problem = new Problem(ProblemCatalog.Get(JsonProblemCodes.NullNotAllowed), "contract.endDate");

        Assert.Equal("advisors[3].contract.endDate", problem.Under("advisors[3]").Path);
        Assert.Equal("advisors[3]", new Problem(ProblemCatalog.Get(JsonProblemCodes.NullNotAllowed), "").Under("advisors[3]").Path);
        Assert.Equal("advisors[3].contract.endDate: LI-JSON-005 La valeur null n'est pas permise ici : une valeur est obligatoire.", problem.Under("advisors[3]").ToString());
    }

    [Fact]
    public void Equality_IsStructural()
    {
        var a = new Problem(ProblemCatalog.Get(JsonProblemCodes.UnknownProperty), "x", new Dictionary<string, string> { ["property"] = "x", ["document"] = "d" });
        var b = new Problem(ProblemCatalog.Get(JsonProblemCodes.UnknownProperty), "x", new Dictionary<string, string> { ["document"] = "d", ["property"] = "x" });

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
                Assert.Equal(("siret", IdentifierProblemCodes.Uninitialized), (p.Path, p.Code));
                Assert.Equal("Identifiant non renseigné : la valeur par défaut de SIRET n'est pas un identifiant valide.", p.Message);
            },
            p => Assert.Equal(("communes[0]", IdentifierProblemCodes.Uninitialized), (p.Path, p.Code)));
    }

    [Fact]
    public void Report_IsValid_IgnoresWarnings()
    {
        var warning = new Problem(ProblemCatalog.Get(JsonProblemCodes.UnknownProperty), "x", ProblemSeverity.Warning, null);

        Assert.True(new ValidationReport([warning]).IsValid);
        Assert.Single(new ValidationReport([warning]).Warnings);
        Assert.False(new ValidationReport([warning, new Problem(ProblemCatalog.Get(JsonProblemCodes.NullNotAllowed), "y")]).IsValid);
    }

    [Fact]
    public void FromFluentValidation_UserCodesAndDefaultCodes_AreCarriedWithTheirMessages()
    {
        var validator = new UserValidator();

        ValidationReport user = ValidationReport.FromFluentValidation(validator.Validate(new UserThing("", -1)), "things[2]");
        ValidationReport library = ValidationReport.FromFluentValidation(new HostValidator().Validate(new Host(default, [])));
        ValidationReport combined = library.Merge(user);

        Assert.Equal(3, combined.Problems.Count);
        Problem defaultCode = Assert.Single(user.Problems, p => p.Code == "NotEmptyValidator");
        Assert.Equal("things[2].name", defaultCode.Path);
        Assert.False(defaultCode.Definition.IsLibraryCode);
        Assert.Equal(ProblemSeverity.Error, defaultCode.Severity);
        Assert.False(string.IsNullOrWhiteSpace(defaultCode.Message));
        Problem ownCode = Assert.Single(user.Problems, p => p.Code == "APP-042");
        Assert.Equal(ProblemSeverity.Warning, ownCode.Severity);
        Assert.Equal("Hours must not be negative.", ownCode.GetMessage(MessageLanguage.English));
        Assert.Equal("Hours must not be negative.", ownCode.Message);
        Assert.Equal("things[2].hours: APP-042 Hours must not be negative.", ownCode.Under("").ToString());
        Assert.Equal("x.things[2].hours", ownCode.Under("x").Path);
        Assert.True(combined.Problems[0].Definition.IsLibraryCode);
        Assert.False(combined.IsValid);
    }

    [Fact]
    public void KindArgument_IsLanguageNeutralUntilTheMessageIsRendered()
    {
        Assert.False(InseeCode.TryParse("  ", out _, out Problem? problem));

        Assert.Equal(IdentifierProblemCodes.Empty, problem.Code);
        Assert.Equal("InseeCode", problem.Arguments["kind"]);
        Assert.Equal("Empty value: an identifier (INSEE commune code) is expected.", problem.GetMessage(MessageLanguage.English));
        Assert.Equal("Valeur vide : un identifiant (code INSEE de commune) est attendu.", problem.GetMessage(MessageLanguage.French));
    }

    [Fact]
    public void KindArgument_FromValidatorsAndJson_IsRenderedInEachLanguage()
    {
        ValidationReport report = ValidationReport.FromFluentValidation(new HostValidator().Validate(new Host(default, [default])));
        Problem fromJson = Assert.Single(Landes.Inclusion.Territory.TerritoryJson.Places.Read(
            """{"schemaVersion":"1.0","places":[{"id":"a","name":"A","commune":"","kind":"other"}]}""").Report.Problems,
            p => p.Code == IdentifierProblemCodes.Empty);

        Assert.Equal("Identifier not set: the default value of INSEE commune code is not a valid identifier.",
            report.Problems[1].GetMessage(MessageLanguage.English));
        Assert.DoesNotContain("code INSEE", fromJson.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
        Assert.Contains("code INSEE", fromJson.GetMessage(MessageLanguage.French), StringComparison.Ordinal);
    }

    [Fact]
    public void FromFluentValidation_ResolvesABorrowedLibraryCode_OnlyWhenAskedTo()
    {
        var validator = new InlineValidator<UserThing>();
        validator.RuleFor(t => t.Name).NotEmpty().WithErrorCode(JsonProblemCodes.NullNotAllowed);
        FluentValidation.Results.ValidationResult result = validator.Validate(new UserThing("", 1));

        Problem asGiven = Assert.Single(ValidationReport.FromFluentValidation(result).Problems);
        Problem resolved = Assert.Single(ValidationReport.FromFluentValidation(result, "", ProblemCatalog.Find).Problems);

        Assert.False(asGiven.Definition.IsLibraryCode);
        Assert.Same(ProblemCatalog.Get(JsonProblemCodes.NullNotAllowed), resolved.Definition);
        Assert.Equal("A null value is not allowed here: a value is required.", resolved.GetMessage(MessageLanguage.English));
        Assert.Null(ProblemCatalog.Find("APP-001"));
    }

    [Fact]
    public void ProblemCatalog_DoesNotDefineAHostCode() =>
        Assert.Throws<ArgumentException>(() => ProblemCatalog.Get("APP-001"));

    [Fact]
    public void Problem_WithACodeAndAMessage_IsCarriedAsGiven_WhileTheDefinitionKeepsTheLibraryMessages()
    {
        var given = new Problem(JsonProblemCodes.NullNotAllowed, "x", ProblemSeverity.Error, "as given", null);
        var defined = new Problem(ProblemCatalog.Get(JsonProblemCodes.NullNotAllowed), "x");

        Assert.False(given.Definition.IsLibraryCode);
        Assert.Equal("as given", given.GetMessage(MessageLanguage.English));
        Assert.True(defined.Definition.IsLibraryCode);
        Assert.Equal("A null value is not allowed here: a value is required.", defined.GetMessage(MessageLanguage.English));
    }

    private sealed record UserThing(string Name, int Hours);

    private sealed class UserValidator : AbstractValidator<UserThing>
    {
        public UserValidator()
        {
            RuleFor(t => t.Name).NotEmpty();
            RuleFor(t => t.Hours).GreaterThanOrEqualTo(0).WithErrorCode("APP-042")
                .WithMessage("Hours must not be negative.").WithSeverity(Severity.Warning);
        }
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
