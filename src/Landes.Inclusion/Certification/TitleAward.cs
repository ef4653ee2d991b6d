using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>A title delivered to the candidate.</summary>
public sealed class TitleAward
{
    /// <summary>Gets the catalog identifier of the title version.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the day of the jury's decision.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the procès-verbal reference, or null.</summary>
    public string? ProcesVerbal { get; init; }
}
