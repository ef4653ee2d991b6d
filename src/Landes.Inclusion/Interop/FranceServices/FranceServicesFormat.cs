using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Schedules;
using NodaTime;

namespace Landes.Inclusion.Interop.FranceServices;

/// <summary>How a France Services site receives the public (column <c>format_fs</c>).</summary>
public enum FranceServicesFormat
{
    /// <summary><c>Fixe</c>: one fixed site.</summary>
    Fixed,

    /// <summary><c>Fixe_antenne(s)</c>: a fixed site with antennas.</summary>
    FixedWithAntennas,

    /// <summary><c>Multisites</c>: several sites.</summary>
    MultiSite,

    /// <summary><c>Bus_équivalent</c>: a bus or an equivalent mobile unit.</summary>
    Bus,

    /// <summary><c>Itinérante</c>: an itinerant service.</summary>
    Itinerant,
}
