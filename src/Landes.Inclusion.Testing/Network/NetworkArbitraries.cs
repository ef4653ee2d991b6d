using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Testing.Certification;
using Landes.Inclusion.Testing.Identifiers;
using Landes.Inclusion.Testing.Territory;
using Landes.Inclusion.Testing.Training;
using Landes.Inclusion.Training;
using NodaTime;
using Codes = Landes.Inclusion.Network.NetworkProblemCodes;

namespace Landes.Inclusion.Testing.Network;

/// <summary>
/// FsCheck arbitraries of the network module, for <c>[Property(Arbitrary = [typeof(NetworkArbitraries)])]</c>
/// or <c>ArbMap.Default.Merge(typeof(NetworkArbitraries))</c>.
/// </summary>
public static class NetworkArbitraries
{
    /// <summary>Small valid networks of the Landes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<NetworkDocument> NetworkDocument() => NetworkGenerators.Network.ToArbitrary();

    /// <summary>Networks with exactly one known defect.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DefectiveNetwork> DefectiveNetwork() => NetworkGenerators.DefectiveNetwork.ToArbitrary();
}
