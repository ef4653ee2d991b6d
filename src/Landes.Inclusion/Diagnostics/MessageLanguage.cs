namespace Landes.Inclusion.Diagnostics;

/// <summary>
/// The language of the messages the library writes. French is the default everywhere; English is available
/// on request. An enumeration rather than a <see cref="System.Globalization.CultureInfo"/> so that hosts running in
/// globalization-invariant mode can use both. In JSON: <c>french</c>, <c>english</c>.
/// </summary>
public enum MessageLanguage
{
    /// <summary>French (the default).</summary>
    French = 0,

    /// <summary>English.</summary>
    English = 1,
}
