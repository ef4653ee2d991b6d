namespace Landes.Inclusion.Interop.LieuxMediation;

/// <summary>The financial conditions of access (column <c>frais_a_charge</c>).</summary>
public enum AccessCost
{
    /// <summary>« Gratuit ».</summary>
    Free,

    /// <summary>« Gratuit sous condition ».</summary>
    FreeUnderConditions,

    /// <summary>« Payant ».</summary>
    Paid,
}
