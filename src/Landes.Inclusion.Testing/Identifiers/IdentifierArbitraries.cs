using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Testing.Identifiers;

/// <summary>
/// FsCheck arbitraries of the valid French identifiers, for <c>[Property(Arbitrary = [typeof(IdentifierArbitraries)])]</c>
/// or <c>ArbMap.Default.Merge(typeof(IdentifierArbitraries))</c>.
/// </summary>
public static class IdentifierArbitraries
{
    /// <summary>Valid INSEE commune codes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<InseeCode> InseeCode() => IdentifierGenerators.InseeCode.ToArbitrary();

    /// <summary>Valid département codes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DepartementCode> DepartementCode() => IdentifierGenerators.DepartementCode.ToArbitrary();

    /// <summary>Valid SIREN numbers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Siren> Siren() => IdentifierGenerators.Siren.ToArbitrary();

    /// <summary>Valid SIRET numbers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Siret> Siret() => IdentifierGenerators.Siret.ToArbitrary();

    /// <summary>Valid postal codes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PostalCode> PostalCode() => IdentifierGenerators.PostalCode.ToArbitrary();

    /// <summary>Valid RNCP certification codes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RncpCode> RncpCode() => IdentifierGenerators.RncpCode.ToArbitrary();

    /// <summary>Valid RNCP block codes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RncpBlockCode> RncpBlockCode() => IdentifierGenerators.RncpBlockCode.ToArbitrary();

    /// <summary>Valid titre professionnel codes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TitreProfessionnelCode> TitreProfessionnelCode() => IdentifierGenerators.TitreProfessionnelCode.ToArbitrary();

    /// <summary>Valid EPCI identifiers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EpciId> EpciId() => IdentifierGenerators.EpciId.ToArbitrary();
}
