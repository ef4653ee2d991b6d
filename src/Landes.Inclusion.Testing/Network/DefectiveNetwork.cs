using Landes.Inclusion.Network;

namespace Landes.Inclusion.Testing.Network;

/// <summary>
/// A network document with exactly one known defect, and the problem code <see cref="NetworkValidator"/> must report
/// for it. Used for the property "defect d ⇒ the validator reports d's code".
/// </summary>
public sealed class DefectiveNetwork
{
    /// <summary>Initializes a defective network.</summary>
    /// <param name="network">The network with the defect.</param>
    /// <param name="expectedCode">The problem code the validator must report.</param>
    /// <param name="expectedPath">The path at which the validator must report it.</param>
    /// <param name="defect">A short description of the defect, shown when a property fails.</param>
    public DefectiveNetwork(NetworkDocument network, string expectedCode, string expectedPath, string defect)
    {
        Network = network;
        ExpectedCode = expectedCode;
        ExpectedPath = expectedPath;
        Defect = defect;
    }

    /// <summary>Gets the network with the defect.</summary>
    public NetworkDocument Network { get; }

    /// <summary>Gets the problem code the validator must report for it.</summary>
    public string ExpectedCode { get; }

    /// <summary>Gets the path at which the validator must report it (<c>advisors[0].contracts[1].end</c>).</summary>
    public string ExpectedPath { get; }

    /// <summary>Gets a short description of the defect.</summary>
    public string Defect { get; }

    /// <summary>Describes the case for test output.</summary>
    /// <returns>The defect, the expected code and path, and the network's size.</returns>
    public override string ToString() =>
        $"{Defect} → {ExpectedCode} at {ExpectedPath} ({Network.Structures.Count} structures, {Network.Advisors.Count} advisors, {Network.Places.Count} places)";
}
