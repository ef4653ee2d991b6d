using Landes.Inclusion.Diagnostics;
using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>
/// A <see cref="CertificationEvaluation"/> as a JSON document, with its findings' messages in one language.
/// Schema: <c>docs/schemas/certification-evaluation.schema.json</c>.
/// </summary>
public sealed class CertificationEvaluationDocument
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Gets the schema version of the document.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the candidate's identifier, or null.</summary>
    public string? CandidateId { get; init; }

    /// <summary>Gets the identifier of the title version evaluated.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the evaluation date.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets the outcome.</summary>
    public required CertificationOutcome Outcome { get; init; }

    /// <summary>Gets the CCP numbers held.</summary>
    public required IReadOnlyList<int> HeldBlocks { get; init; }

    /// <summary>Gets the CCP numbers missing.</summary>
    public required IReadOnlyList<int> MissingBlocks { get; init; }

    /// <summary>Gets the blocks the data cannot place.</summary>
    public IReadOnlyList<PendingBlock> PendingBlocks { get => _pendingBlocks; init => _pendingBlocks = value ?? []; }

    // Absent from a JSON document, the source-generated reader passes null to the init accessor: read as empty.
    private readonly IReadOnlyList<PendingBlock> _pendingBlocks = [];

    /// <summary>Gets the last day the title can still be completed, or null.</summary>
    public LocalDate? Deadline { get; init; }

    /// <summary>Gets the findings.</summary>
    public required IReadOnlyList<FindingEntry> Findings { get; init; }

    /// <summary>Builds the document of an evaluation.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="language">The language of the messages.</param>
    /// <param name="candidateId">The candidate's identifier, or null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static CertificationEvaluationDocument From(CertificationEvaluation evaluation, MessageLanguage language = MessageLanguage.French, string? candidateId = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new CertificationEvaluationDocument
        {
            CandidateId = candidateId,
            Title = evaluation.Title,
            AsOf = evaluation.AsOf,
            Outcome = evaluation.Outcome,
            HeldBlocks = evaluation.HeldBlocks,
            MissingBlocks = evaluation.MissingBlocks,
            PendingBlocks = evaluation.PendingBlocks,
            Deadline = evaluation.Deadline,
            Findings = [.. evaluation.Findings.Select(f => new FindingEntry
            {
                Kind = f.Kind,
                RuleId = f.RuleId,
                LegalReference = f.LegalReference,
                Verdict = f.Verdict,
                Message = f.GetMessage(language),
            })],
        };
    }

    /// <summary>One finding of a <see cref="CertificationEvaluationDocument"/>.</summary>
    public sealed class FindingEntry
    {
        /// <summary>Gets what the finding is about.</summary>
        public required FindingKind Kind { get; init; }

        /// <summary>Gets the rule id (R1–R6, R13).</summary>
        public required string RuleId { get; init; }

        /// <summary>Gets the legal reference.</summary>
        public required string LegalReference { get; init; }

        /// <summary>Gets the verdict.</summary>
        public required FindingVerdict Verdict { get; init; }

        /// <summary>Gets the message.</summary>
        public required string Message { get; init; }
    }
}
