using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>The jury's decision on one CCP at one session (R5: a decision, never a score).</summary>
public sealed class BlockResult
{
    /// <summary>Gets the catalog identifier of the title version.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the CCP number.</summary>
    public required int Block { get; init; }

    /// <summary>Gets the day of the session (or of the VAE or equivalence decision).</summary>
    public required LocalDate SessionDate { get; init; }

    /// <summary>Gets how the result was obtained.</summary>
    public required SessionKind SessionKind { get; init; }

    /// <summary>Gets a value indicating whether the candidate sat remotely.</summary>
    public bool Remote { get; init; }

    /// <summary>
    /// Gets whether the procès-verbal records the remote method for this candidate (rule R13), or null when the record
    /// does not say.
    /// </summary>
    public bool? RemoteMethodInProcesVerbal { get; init; }

    /// <summary>Gets whether the DGEFP was told of the remote session beforehand (rule R13), or null when the record does not say.</summary>
    public bool? DgefpInformed { get; init; }

    /// <summary>Gets a value indicating whether the CCP was obtained.</summary>
    public required bool Obtained { get; init; }

    /// <summary>Gets the procès-verbal reference, or null.</summary>
    public string? ProcesVerbal { get; init; }
}
