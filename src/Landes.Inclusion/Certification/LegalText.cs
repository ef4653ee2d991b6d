using Landes.Inclusion.Identifiers;
using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>A legal text (arrêté, décret) with its date and NOR where known.</summary>
public sealed class LegalText
{
    /// <summary>Gets the name of the text, such as <c>Arrêté du 8 février 2019</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the date of the text.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the NOR, or null where unknown.</summary>
    public string? Nor { get; init; }
}
