using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>
/// The answer of the <see cref="CertificationEngine"/> for one record, one title version and one date: the outcome, the
/// blocks held under this version (directly or through correspondences), the blocks missing, those the data cannot
/// place, the deadline still open and one finding per rule applied.
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class CertificationEvaluation
{
    internal CertificationEvaluation(TitleVersion title, LocalDate asOf)
    {
        TitleVersion = title;
        AsOf = asOf;
    }

    /// <summary>Gets the identifier of the title version evaluated.</summary>
    public string Title => TitleVersion.Id;

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the outcome.</summary>
    public CertificationOutcome Outcome { get; internal set; }

    /// <summary>Gets the CCP numbers of this version held on <see cref="AsOf"/>, ascending.</summary>
    public IReadOnlyList<int> HeldBlocks { get; internal set; } = [];

    /// <summary>Gets the CCP numbers of this version (as the catalog knows them) not held, ascending.</summary>
    public IReadOnlyList<int> MissingBlocks { get; internal set; } = [];

    /// <summary>Gets the blocks held under older versions whose counterpart here the data cannot decide.</summary>
    public IReadOnlyList<PendingBlock> PendingBlocks { get; internal set; } = [];

    /// <summary>Gets the last day (inclusive) on which the title can still be completed, where one applies; null otherwise.</summary>
    public LocalDate? Deadline { get; internal set; }

    /// <summary>Gets one finding per rule applied, in the order applied.</summary>
    public IReadOnlyList<Finding> Findings { get; internal set; } = [];

    internal TitleVersion TitleVersion { get; }
}
