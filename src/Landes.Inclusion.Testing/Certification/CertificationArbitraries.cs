using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using NodaTime;

namespace Landes.Inclusion.Testing.Certification;

/// <summary>
/// FsCheck arbitraries of the certification module, for <c>[Property(Arbitrary = [typeof(CertificationArbitraries)])]</c>
/// or <c>ArbMap.Default.Merge(typeof(CertificationArbitraries))</c>.
/// </summary>
public static class CertificationArbitraries
{
    /// <summary>Valid title versions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TitleVersion> TitleVersion() => CertificationGenerators.TitleVersion.ToArbitrary();

    /// <summary>Valid catalogs.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CertificationCatalog> CertificationCatalog() => CertificationGenerators.Catalog.ToArbitrary();
}
