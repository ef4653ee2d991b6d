using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Interop;

/// <summary>Issue 10, point 5: validating a lieux CSV gives the standard's Table Schema verdict (violations are errors).</summary>
public sealed class LieuxMediationTableSchemaTests
{
    private static string[] Lines => File.ReadAllLines(SharedData.PathOf("schemas/lieux-mediation-numerique/exemple-valide.csv"));

    private static string Header => Lines[0];

    private static string Row => Lines[1];

    private static string Csv(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    [Fact]
    public void Validate_StandardValidExample_HasZeroErrors()
    {
        ValidationReport report = LieuxMediationCsv.Validate(string.Join("\n", Lines) + "\n");

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Problems));
        Assert.DoesNotContain(report.Problems, p => p.Severity == ProblemSeverity.Error);
    }

    [Theory]
    [InlineData("\"Maîtrise des outils numériques du quotidien|", "\"Cuisine|", "services", CsvProblemCodes.SchemaEnumeration)]
    [InlineData("\"Itinérant\"", "\"Nomade\"", "itinerance", CsvProblemCodes.SchemaEnumeration)]
    [InlineData("\"Itinérant\"", "\"itinérant\"", "itinerance", CsvProblemCodes.SchemaEnumeration)]
    [InlineData("\"43.52609\"", "\"43,52609\"", "latitude", CsvProblemCodes.SchemaType)]
    [InlineData("\"2024-04-02\"", "\"2024-02-30\"", "date_maj", CsvProblemCodes.SchemaType)]
    [InlineData("\"43493312300029\"", "\"4349-3312\"", "pivot", CsvProblemCodes.SchemaPattern)]
    [InlineData("\"+33180059880\"", "\"01 80 05 98 80\"", "telephone", CsvProblemCodes.SchemaPattern)]
    [InlineData("\"Anonymal\"", "\"\"", "nom", CsvProblemCodes.SchemaRequired)]
    public void Validate_RowBreakingAConstraint_IsAnErrorAtItsPath(string original, string replacement, string field, string code)
    {
        Assert.Contains(original, Row, StringComparison.Ordinal);
        string csv = Csv(Row.Replace(original, replacement, StringComparison.Ordinal));

        ValidationReport report = LieuxMediationCsv.Validate(csv);

        Assert.False(report.IsValid);
        Problem problem = Assert.Single(report.Problems, p => p.Path == "rows[0]." + field);
        Assert.Equal((code, ProblemSeverity.Error), (problem.Code, problem.Severity));
    }

    [Fact]
    public void Validate_RepeatedId_IsAUniqueErrorOnTheLaterRow()
    {
        ValidationReport report = LieuxMediationCsv.Validate(Csv(Row, Row));

        Problem problem = Assert.Single(report.Problems, p => p.Code == CsvProblemCodes.SchemaUnique);
        Assert.Equal(("rows[1].id", ProblemSeverity.Error), (problem.Path, problem.Severity));
        Assert.DoesNotContain(report.Problems, p => p.Code == CsvProblemCodes.DuplicateId);
    }

    [Fact]
    public void Validate_SummaryLongerThan280_IsAMaxLengthError()
    {
        string summary = "Notre association propose des formations aux outils numériques à destination des personnes âgées.";
        string csv = Csv(Row.Replace(summary, new string('x', 281), StringComparison.Ordinal));

        Problem problem = Assert.Single(LieuxMediationCsv.Validate(csv).Problems, p => p.Path == "rows[0].presentation_resume");

        Assert.Equal((CsvProblemCodes.SchemaMaxLength, ProblemSeverity.Error), (problem.Code, problem.Severity));
    }

    [Fact]
    public void Read_RowBreakingTheSchema_StaysLenientAndSaysPerFieldWhatItDropped()
    {
        string csv = Csv(Row.Replace("\"Itinérant\"", "\"Nomade\"", StringComparison.Ordinal).Replace("\"43.52609\"", "\"43,52609\"", StringComparison.Ordinal));

        var result = LieuxMediationCsv.ReadFromString(csv);

        LieuMediationNumerique place = Assert.Single(result.Records);
        Assert.Empty(place.Mobility);
        Assert.Null(place.Latitude);
        Assert.Contains(result.Report.Problems, p => p.Path == "rows[0].itinerance" && p.Severity == ProblemSeverity.Warning);
        Assert.Contains(result.Report.Problems, p => p.Path == "rows[0].latitude" && p.Severity == ProblemSeverity.Warning);
    }

    [Fact]
    public void TableSchemaData_HoldsEveryColumnOfTheStandard()
    {
        Assert.Equal(LieuxMediationCsv.ColumnNames, LieuxMediationTableSchema.Fields.Select(f => f.Name));
    }
}
