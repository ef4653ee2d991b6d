namespace Landes.Inclusion.Interop.LieuxMediation;

/// <summary>A public a place specifically addresses (column <c>publics_specifiquement_adresses</c>).</summary>
public enum SpecificPublic
{
    /// <summary>« Jeunes ».</summary>
    Youth,

    /// <summary>« Étudiants ».</summary>
    Students,

    /// <summary>« Familles et/ou enfants ».</summary>
    FamiliesAndChildren,

    /// <summary>« Seniors ».</summary>
    Seniors,

    /// <summary>« Femmes ».</summary>
    Women,
}
