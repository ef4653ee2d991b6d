using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>A public holiday: its date and its French name.</summary>
/// <param name="Date">The date.</param>
/// <param name="Name">The French name (for example <c>Lundi de Pentecôte</c>).</param>
public readonly record struct PublicHoliday(LocalDate Date, string Name);
