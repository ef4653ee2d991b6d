using BenchmarkDotNet.Attributes;
using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Benchmarks;

/// <summary>
/// Parsing each identifier from a span. Budget (issue "Foundation"): 0 bytes allocated and at least 20 million parses
/// a second on one core, i.e. at most 50 ns a parse. Each benchmark parses <see cref="Count"/> texts; the figure per
/// parse is the mean divided by nothing (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class IdentifierParsingBenchmarks
{
    private const int Count = 1024;

    private readonly string[] _insee = Texts(i => $"{(i % 95) + 1:D2}{(i % 999) + 1:D3}".Replace("20", "21", StringComparison.Ordinal));
    private readonly string[] _departements = Texts(i => i % 10 == 0 ? "974" : $"{(i % 19) + 1:D2}");
    private readonly string[] _siren = Texts(_ => "224000018");
    private readonly string[] _siret = Texts(i => i % 2 == 0 ? "22400001800016" : "35600000000001");
    private readonly string[] _postal = Texts(i => $"{40000 + (i % 990):D5}");
    private readonly string[] _rncp = Texts(i => $"RNCP{34137 + i}");
    private readonly string[] _blocks = Texts(i => $"RNCP{34137 + i}BC0{(i % 9) + 1}");
    private readonly string[] _tp = Texts(i => $"TP-{1336 + i:D5}");
    private readonly string[] _epci = Texts(_ => "244000808");

    [Benchmark(OperationsPerInvoke = Count)]
    public int InseeCode() => ParseAll<InseeCode>(_insee);

    [Benchmark(OperationsPerInvoke = Count)]
    public int DepartementCode() => ParseAll<DepartementCode>(_departements);

    [Benchmark(OperationsPerInvoke = Count)]
    public int Siren() => ParseAll<Siren>(_siren);

    [Benchmark(OperationsPerInvoke = Count)]
    public int Siret() => ParseAll<Siret>(_siret);

    [Benchmark(OperationsPerInvoke = Count)]
    public int PostalCode() => ParseAll<PostalCode>(_postal);

    [Benchmark(OperationsPerInvoke = Count)]
    public int RncpCode() => ParseAll<RncpCode>(_rncp);

    [Benchmark(OperationsPerInvoke = Count)]
    public int RncpBlockCode() => ParseAll<RncpBlockCode>(_blocks);

    [Benchmark(OperationsPerInvoke = Count)]
    public int TitreProfessionnelCode() => ParseAll<TitreProfessionnelCode>(_tp);

    [Benchmark(OperationsPerInvoke = Count)]
    public int EpciId() => ParseAll<EpciId>(_epci);

    private static int ParseAll<T>(string[] texts)
        where T : struct, IIdentifier<T>
    {
        int valid = 0;
        foreach (string text in texts)
        {
            if (T.TryParse(text.AsSpan(), null, out T _))
            {
                valid++;
            }
        }

        return valid == texts.Length ? valid : throw new InvalidOperationException("A benchmark input is not valid.");
    }

    private static string[] Texts(Func<int, string> make) =>
        [.. Enumerable.Range(0, Count).Select(make)];
}
