using System.Text;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Fuzzing;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.FranceServices;
using Landes.Inclusion.Interop.LieuxMediation;

namespace Landes.Inclusion.Tests.Robustness;

/// <summary>Regression tests of the CSV readers on hostile input (issue 10), each with its minimized input.</summary>
public sealed class HostileCsvTests
{
    private static readonly string[] Seed = FuzzTargets.LieuxSeed().Split('\n');

    [Theory]
    [InlineData("id,id\n1,2\n")]
    [InlineData("id_fs,id_fs\n1,2\n")]
    [InlineData(",\n1,2\n")]
    [InlineData(",,,\n")]
    public void RepeatedOrEmptyColumnNames_AreProblemsNotExceptions(string csv)
    {
        InteropReadResult<LieuMediationNumerique> lieux = LieuxMediationCsv.ReadFromString(csv);
        InteropReadResult<FranceServicesSite> fs = FranceServicesCsv.ReadFromString(csv);

        Assert.False(lieux.Report.IsValid);
        Assert.False(fs.Report.IsValid);
    }

    [Fact]
    public void RepeatedStandardColumn_IsAnErrorNamingBothPositions()
    {
        string csv = Seed[0] + ",id\n" + Seed[1] + ",x\n";

        Problem problem = Assert.Single(LieuxMediationCsv.ReadFromString(csv).Report.Problems, p => p.Code == CsvProblemCodes.DuplicateColumn);

        Assert.Equal("1", problem.Arguments["first"]);
        Assert.Equal("33", problem.Arguments["second"]);
    }

    [Fact]
    public void MillionColumnHeader_IsRefusedWithOneProblem()
    {
        string csv = string.Join(",", Enumerable.Range(0, 1_000_000).Select(i => "c")) + "\n";

        InteropReadResult<LieuMediationNumerique> read = LieuxMediationCsv.ReadFromString(csv);

        Assert.Equal(LimitProblemCodes.TooManyColumns, Assert.Single(read.Report.Problems).Code);
    }

    [Theory]
    [InlineData("cell")]
    [InlineData("header")]
    public void HundredMegabyteRow_IsRefusedWithOneProblem_InBoundedMemory(string shape)
    {
        // 100 MB in one horaires cell, or the standard's header followed by ten million columns: beyond Sep's buffer.
        int horaires = Seed[0].Split(',').ToList().IndexOf("horaires");
        string[] cells = Seed[1].Split(',');
        using PatternStream input = shape == "cell"
            ? new PatternStream(Encoding.UTF8.GetBytes(Seed[0] + "\n" + string.Join(',', cells.Take(horaires)) + ",\""), "Mo-Fr 09:00-12:00; "u8.ToArray(), 100_000_000, "\"\n"u8.ToArray())
            : new PatternStream(Encoding.UTF8.GetBytes(Seed[0]), ",colonne_x"u8.ToArray(), 100_000_000, "\n"u8.ToArray());

        long before = GC.GetAllocatedBytesForCurrentThread();
        InteropReadResult<LieuMediationNumerique> read = LieuxMediationCsv.Read(input);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(LimitProblemCodes.RowTooLong, Assert.Single(read.Report.Problems).Code);
        Assert.Empty(read.Records);
        // Bounded by the CSV library's largest row buffer (16 Mi characters and its column index), not by the input.
        Assert.True(allocated < 200_000_000, $"{allocated:N0} bytes allocated for 100 MB of input");
    }

    [Fact]
    public void HugeHorairesCell_IsLeftOutWithOneProblem_InBoundedMemory()
    {
        string cell = string.Concat(Enumerable.Repeat("Mo 09:00-12:00;", 70_000));
        byte[] input = Encoding.UTF8.GetBytes(Seed[0] + "\n" + Seed[1].Replace("\"Mo-Fr 09:00-12:00,14:00-17:30\"", cell, StringComparison.Ordinal) + "\n");

        long before = GC.GetAllocatedBytesForCurrentThread();
        InteropReadResult<LieuMediationNumerique> read = LieuxMediationCsv.Read(new MemoryStream(input));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Problem problem = Assert.Single(read.Report.Problems);
        Assert.Equal(LimitProblemCodes.CellTooLong, problem.Code);
        Assert.Equal("rows[0].horaires", problem.Path);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Null(Assert.Single(read.Records).Schedule);
        Assert.True(allocated < 10L * input.Length, $"{allocated:N0} bytes allocated for {input.Length:N0} bytes of input");
    }

    [Theory]
    [InlineData("43.89\0")]
    [InlineData("43.89\u0001")]
    public void ControlCharacterInACell_IsReportedNotStripped(string latitude)
    {
        string csv = Seed[0] + "\n" + Seed[1].Replace("43.89", latitude, StringComparison.Ordinal) + "\n";

        InteropReadResult<LieuMediationNumerique> read = LieuxMediationCsv.ReadFromString(csv);

        Problem problem = Assert.Single(read.Report.Problems);
        Assert.Equal(CsvProblemCodes.ControlCharacter, problem.Code);
        Assert.Equal("rows[0].latitude", problem.Path);
        Assert.Null(Assert.Single(read.Records).Latitude);
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("2200-01-01")]
    public void DateOutsideTheDocumentedRange_RejectsTheRow(string date)
    {
        string csv = Seed[0] + "\n" + Seed[1].Replace("2024-04-02", date, StringComparison.Ordinal) + "\n";

        InteropReadResult<LieuMediationNumerique> read = LieuxMediationCsv.ReadFromString(csv);

        Assert.Empty(read.Records);
        Assert.Contains(read.Report.Problems, p => p.Code is CsvProblemCodes.DateOutOfRange or CsvProblemCodes.InvalidDate && p.Path == "rows[0].date_maj");
    }

    [Fact]
    public void ByteOrderMark_IsAccepted()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(FuzzTargets.FranceServices)];

        InteropReadResult<FranceServicesSite> read = FranceServicesCsv.Read(new MemoryStream(input));

        Assert.Equal(2, read.Records.Count);
    }

    [Fact]
    public void ManyRowsWithTheSameProblem_AreCappedWithACount()
    {
        var csv = new StringBuilder(Seed[0]).Append('\n');
        for (int i = 0; i < 1200; i++)
        {
            csv.Append(Seed[1].Replace("mdm-1", "mdm-" + i, StringComparison.Ordinal).Replace(",40192,", ",4O192,", StringComparison.Ordinal)).Append('\n');
        }

        ValidationReport report = LieuxMediationCsv.ReadFromString(csv.ToString()).Report;

        Assert.Equal(InputLimits.MaxProblemsPerCode, report.Problems.Count(p => p.Code == IdentifierProblemCodes.InseeCodeFormat));
        Problem summary = Assert.Single(report.Problems, p => p.Code == LimitProblemCodes.TooManyProblems);
        Assert.Equal("200", summary.Arguments["count"]);
        Assert.Equal(ProblemSeverity.Warning, summary.Severity);
    }
}
