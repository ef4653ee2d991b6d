using Landes.Inclusion.Json;

namespace Landes.Inclusion.Network;

/// <summary>The JSON document formats of the network module.</summary>
/// <remarks>Thread-safe.</remarks>
public static class NetworkJson
{
    private static readonly Lazy<JsonDocumentFormat<NetworkDocument>> NetworkFormat = new(() =>
        new("network", NetworkDocument.CurrentSchemaVersion, LandesJsonContext.Default.NetworkDocument, new NetworkValidator()));

    /// <summary>
    /// Gets the format of a whole network (schema <c>docs/schemas/network.schema.json</c>), validated with
    /// <see cref="NetworkValidator"/> (places, enrolments and certification records included).
    /// </summary>
    public static JsonDocumentFormat<NetworkDocument> Network => NetworkFormat.Value;

    /// <summary>Gets the format of a network report (schema <c>docs/schemas/network-report.schema.json</c>).</summary>
    public static JsonDocumentFormat<NetworkReport> Report { get; } =
        new("network-report", NetworkReport.CurrentSchemaVersion, LandesJsonContext.Default.NetworkReport);
}
