namespace Landes.Inclusion.Network;

/// <summary>
/// The embedded sample network of the Landes, after the news item « Les conseillers numériques landais diplômés »:
/// 34 advisors in post at the host structures granted CnFS posts in 2021, initial training of 105 to 420 hours, 32 of
/// them holding CCP1 of REMN, 2 recruited after the summer of 2026 still in training, and places covering the
/// territory. What <c>landes-inclusion report</c> shows with no argument.
/// </summary>
/// <remarks>
/// Host structures (names, SIRET, communes) and France Services sites are real open data (ANCT, Licence Ouverte 2.0);
/// advisors, their names, dates and hours are fictitious. Rebuilt by <c>tools/Landes.Inclusion.SampleBuilder</c>
/// (docs/network.md). Read once, on first use, thread-safely.
/// </remarks>
public static class LandesSample
{
    private const string ResourceName = "Landes.Inclusion.Network.Data.landes-network-sample.json";

    private static readonly Lazy<NetworkDocument> Sample = new(Load);

    /// <summary>Gets the sample network.</summary>
    public static NetworkDocument Network => Sample.Value;

    /// <summary>Opens the sample's JSON document (the library's network format), for callers that want the bytes.</summary>
    /// <returns>A read-only stream; dispose it.</returns>
    public static Stream OpenJson() =>
        typeof(LandesSample).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");

    private static NetworkDocument Load()
    {
        using Stream stream = OpenJson();
        return NetworkJson.Network.Read(stream).GetValueOrThrow();
    }
}
