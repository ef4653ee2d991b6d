using BenchmarkDotNet.Attributes;
using Landes.Inclusion.Certification;
using NodaTime;

namespace Landes.Inclusion.Benchmarks;

/// <summary>
/// The certification engine over the embedded catalog. Budgets (issue "Certification"): evaluating 100,000 records in
/// at most 100 ms on one core (at most 1 µs a record), allocations per evaluation reported; loading the embedded catalog
/// in at most 5 ms. <see cref="Baseline"/> only walks the same records, to show what the engine itself costs.
/// </summary>
[MemoryDiagnoser]
public class CertificationBenchmarks
{
    private const int Count = 100_000;
    private static readonly LocalDate AsOf = new(2026, 1, 15);
    private static readonly string[] Titles = ["remn-2019", "mediateur-numerique-2025", "cmn-2015"];

    private CandidateRecord[] _records = [];
    private CertificationEngine _engine = CertificationEngine.Default;

    /// <summary>Builds 100,000 records of the shapes seen in the network: CCP1 only, complete titles, failures, resits, allowances.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = new CertificationEngine(CertificationCatalog.Default);
        var random = new Random(42);
        _records = [.. Enumerable.Range(0, Count).Select(_ => Record(random))];
    }

    /// <summary>Walks the records without evaluating them (the floor under the engine's figure).</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int Baseline()
    {
        int sum = 0;
        for (int i = 0; i < _records.Length; i++)
        {
            sum += _records[i].Results.Count + Titles[i % Titles.Length].Length;
        }

        return sum;
    }

    /// <summary>Evaluates each record against REMN, Médiateur numérique or CMN in turn; the figure is per record.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(OperationsPerInvoke = Count)]
    public int Evaluate()
    {
        int sum = 0;
        for (int i = 0; i < _records.Length; i++)
        {
            CertificationEvaluation evaluation = _engine.Evaluate(_records[i], Titles[i % Titles.Length], AsOf);
            sum += (int)evaluation.Outcome + evaluation.Findings.Count;
        }

        return sum;
    }

    /// <summary>Reads and validates the embedded catalog (what <see cref="CertificationCatalog.Default"/> does once).</summary>
    /// <returns>The number of titles.</returns>
    [Benchmark]
    public int LoadEmbeddedCatalog() => CertificationCatalog.ReadEmbedded().Value!.Titles.Count;

    private static CandidateRecord Record(Random random)
    {
        var training = new LocalDate(2021, 1, 4).PlusDays(random.Next(0, 1500));
        var results = new List<BlockResult>(3);
        string title = training < new LocalDate(2024, 7, 1) ? "remn-2019" : "mediateur-numerique-2025";
        LocalDate first = training.PlusDays(60 + random.Next(0, 90));
        results.Add(Result(title, 1, first, random.Next(0, 10) > 0));
        if (random.Next(0, 3) == 0)
        {
            LocalDate later = first.PlusDays(200 + random.Next(0, 200));
            results.Add(Result(title, 2, later, random.Next(0, 4) > 0));
            results.Add(Result(title, 3, later, random.Next(0, 4) > 0));
        }

        return new CandidateRecord
        {
            CandidateId = "bench",
            TrainingStart = training,
            Results = results,
            Registrations = random.Next(0, 4) == 0 ? [new SessionRegistration { Title = title, RegisteredOn = first.PlusDays(-30), SessionDate = first }] : [],
        };
    }

    private static BlockResult Result(string title, int block, LocalDate date, bool obtained) => new()
    {
        Title = title,
        Block = block,
        SessionDate = date,
        SessionKind = SessionKind.SessionCcp,
        Obtained = obtained,
        ProcesVerbal = "PV",
    };
}
