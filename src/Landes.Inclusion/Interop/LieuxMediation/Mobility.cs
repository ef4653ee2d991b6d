namespace Landes.Inclusion.Interop.LieuxMediation;

/// <summary>Whether the place is itinerant or fixed (column <c>itinerance</c>).</summary>
public enum Mobility
{
    /// <summary>« Itinérant ».</summary>
    Itinerant,

    /// <summary>« Fixe ».</summary>
    Fixed,
}
