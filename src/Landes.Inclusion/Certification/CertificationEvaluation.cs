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
    // Built by the engine from its draft, then never changed.
    private CertificationEvaluation(Draft draft)
    {
        TitleVersion = draft.TitleVersion;
        AsOf = draft.AsOf;
        Outcome = draft.Outcome;
        HeldBlocks = draft.HeldBlocks;
        MissingBlocks = draft.MissingBlocks;
        PendingBlocks = draft.PendingBlocks;
        Deadline = draft.Deadline;
        Findings = draft.Findings;
    }

    /// <summary>Gets the identifier of the title version evaluated.</summary>
    public string Title => TitleVersion.Id;

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the outcome.</summary>
    public CertificationOutcome Outcome { get; }

    /// <summary>Gets the CCP numbers of this version held on <see cref="AsOf"/>, ascending.</summary>
    public IReadOnlyList<int> HeldBlocks { get; }

    /// <summary>Gets the CCP numbers of this version (as the catalog knows them) not held, ascending.</summary>
    public IReadOnlyList<int> MissingBlocks { get; }

    /// <summary>Gets the blocks held under older versions whose counterpart here the data cannot decide.</summary>
    public IReadOnlyList<PendingBlock> PendingBlocks { get; }

    /// <summary>Gets the last day (inclusive) on which the title can still be completed, where one applies; null otherwise.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Gets one finding per rule applied, in the order applied.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    internal TitleVersion TitleVersion { get; }

    /// <summary>The evaluation while the engine builds it; frozen into a <see cref="CertificationEvaluation"/> once done.</summary>
    internal sealed class Draft(TitleVersion title, LocalDate asOf)
    {
        public TitleVersion TitleVersion { get; } = title;

        public LocalDate AsOf { get; } = asOf;

        public CertificationOutcome Outcome { get; set; }

        public IReadOnlyList<int> HeldBlocks { get; set; } = [];

        public IReadOnlyList<int> MissingBlocks { get; set; } = [];

        public IReadOnlyList<PendingBlock> PendingBlocks { get; set; } = [];

        public LocalDate? Deadline { get; set; }

        public IReadOnlyList<Finding> Findings { get; set; } = [];

        public CertificationEvaluation Freeze() => new(this);
    }
}
