using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>A CCS delivered to the candidate.</summary>
public sealed class CcsAward
{
    /// <summary>Gets the catalog identifier of the title version the CCS belongs to.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the CCS identifier within the title.</summary>
    public required string Ccs { get; init; }

    /// <summary>Gets the day of the decision.</summary>
    public required LocalDate Date { get; init; }
}
