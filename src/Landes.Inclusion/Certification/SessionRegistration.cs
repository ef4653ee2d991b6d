using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>A registration to an exam session.</summary>
public sealed class SessionRegistration
{
    /// <summary>Gets the catalog identifier of the title version.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the day of the registration.</summary>
    public required LocalDate RegisteredOn { get; init; }

    /// <summary>Gets the day of the session.</summary>
    public required LocalDate SessionDate { get; init; }
}
