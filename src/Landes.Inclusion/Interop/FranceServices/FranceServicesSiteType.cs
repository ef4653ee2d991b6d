using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Schedules;
using NodaTime;

namespace Landes.Inclusion.Interop.FranceServices;

/// <summary>Whether a France Services site is a main site or an antenna (column <c>type_fs</c>).</summary>
public enum FranceServicesSiteType
{
    /// <summary><c>Principal</c>: a main site.</summary>
    Main,

    /// <summary><c>Antenne</c>: an antenna attached to a main site.</summary>
    Antenna,
}
