using System.Text;
using BenchmarkDotNet.Attributes;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Fuzzing;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Json;
using Landes.Inclusion.Territory;

namespace Landes.Inclusion.Benchmarks;

/// <summary>
/// 100 MB hostile inputs (issue 10, docs/reliability.md): each is produced by a stream that repeats a pattern, so that
/// the input itself holds no memory and « Allocated » is the reader's own cost. Bounded means: a bounded number of
/// problems, and memory proportional to the input (less than 10× its size), never to its square. A few iterations
/// suffice (each operation reads 100 MB): <c>--filter '*Hostile*' --memory --strategy Monitoring --launchCount 1
/// --warmupCount 1 --iterationCount 3</c>. A 100 MB cell or header, beyond the CSV library's row buffer, is a test
/// (HostileCsvTests: the library's handled exception would fail the CI's benchmark smoke, which greps « Exception »).
/// </summary>
[MemoryDiagnoser]
public class HostileInputBenchmarks
{
    /// <summary>The size of every hostile input: 100 MB.</summary>
    public const long Size = 100_000_000;

    private static readonly byte[] Place = Encoding.UTF8.GetBytes("""{"id":"p","name":"Lieu","commune":"40192","kind":"other"},""");

    /// <summary>A 100 MB places document on a stream that cannot seek: read up to the 64 MiB limit, then one LI-LIM-001.</summary>
    [Benchmark]
    public int Json100MBNonSeekable() => Json(seekable: false);

    /// <summary>The same document on a seekable stream (a file): refused from its length, unread.</summary>
    [Benchmark]
    public int Json100MBSeekable() => Json(seekable: true);

    /// <summary>A lieux CSV of 100 MB of rows that all break the standard (a bad postal code, one id repeated).</summary>
    [Benchmark]
    public int LieuxBadRows() => Lieux(BadRows());

    /// <summary>The same rows through <c>validate</c>'s Table Schema verdict (which reads the text once into memory).</summary>
    [Benchmark]
    public int LieuxBadRowsValidate()
    {
        ValidationReport report = LieuxMediationCsv.Validate(BadRows());
        return report.Problems.Count <= 20_000 ? report.Problems.Count : throw new InvalidOperationException($"{report.Problems.Count} problems");
    }

    private static int Json(bool seekable)
    {
        using var stream = new PatternStream("""{"schemaVersion":"1.0","places":["""u8.ToArray(), Place, Size, """{"id":"q","name":"Fin","commune":"40192","kind":"other"}]}"""u8.ToArray(), seekable);
        ReadResult<PlacesDocument> result = TerritoryJson.Places.Read(stream);
        return result.Report.Problems.Count == 1 ? 1 : throw new InvalidOperationException(string.Join(", ", result.Report.Problems.Select(p => p.Code)));
    }

    private static int Lieux(Stream input)
    {
        using (input)
        {
            InteropReadResult<LieuMediationNumerique> result = LieuxMediationCsv.Read(input);
            return result.Report.Problems.Count <= 20_000 ? result.Report.Problems.Count : throw new InvalidOperationException($"{result.Report.Problems.Count} problems");
        }
    }

    private static PatternStream BadRows()
    {
        string text = FuzzTargets.LieuxSeed(); // One full place, postal code 40000.
        int lineEnd = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        string row = text[lineEnd..].Replace(",40000,", ",4000X,", StringComparison.Ordinal);
        return new PatternStream(Encoding.UTF8.GetBytes(text[..lineEnd]), Encoding.UTF8.GetBytes(row), Size, [], seekable: false);
    }
}
