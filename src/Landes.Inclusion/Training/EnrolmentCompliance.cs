using Landes.Inclusion.Diagnostics;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>What the training compliance check says of one enrolment on a date: its status, its hours against the path, and its findings.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class EnrolmentCompliance
{
    // Built by the checker from its draft, then never changed.
    private EnrolmentCompliance(Draft draft)
    {
        EnrolmentId = draft.Enrolment.Id;
        PersonId = draft.Enrolment.PersonId;
        AsOf = draft.AsOf;
        Status = draft.Status;
        Period = draft.Period;
        Path = draft.Path;
        ExamDueBy = draft.ExamDueBy;
        LessonsDone = draft.LessonsDone;
        StageDone = draft.StageDone;
        Findings = draft.Findings;
    }

    /// <summary>Gets the enrolment's identifier.</summary>
    public string EnrolmentId { get; }

    /// <summary>Gets the advisor's identifier.</summary>
    public string PersonId { get; }

    /// <summary>Gets the date the check describes.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets where the enrolment stands on <see cref="AsOf"/>.</summary>
    public TrainingStatus Status { get; }

    /// <summary>Gets the rule period that applied, or null when none covers the enrolment.</summary>
    public RulePeriod? Period { get; }

    /// <summary>Gets the path followed when the period allows it, or null.</summary>
    public TrainingPath? Path { get; }

    /// <summary>Gets the last day to sit the compulsory exams (end of training + the period's months), or null.</summary>
    public LocalDate? ExamDueBy { get; }

    /// <summary>Gets the lesson time done (sessions of every kind but stage).</summary>
    public Duration LessonsDone { get; }

    /// <summary>Gets the stage time done.</summary>
    public Duration StageDone { get; }

    /// <summary>Gets the findings, in the order of the rules (R7 to R12).</summary>
    public IReadOnlyList<ComplianceFinding> Findings { get; }

    /// <summary>Gets a value indicating whether no finding is an error.</summary>
    public bool IsCompliant
    {
        get
        {
            IReadOnlyList<ComplianceFinding> findings = Findings;
            for (int i = 0; i < findings.Count; i++)
            {
                if (findings[i].Severity == ProblemSeverity.Error)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{EnrolmentId}: {Json.StableEnumNames.GetName(Status)}, {TrainingHours.Format(LessonsDone)} + {TrainingHours.Format(StageDone)} stage, {Findings.Count} finding(s)";

    /// <summary>The result while the checker builds it; frozen into an <see cref="EnrolmentCompliance"/> once done.</summary>
    internal sealed class Draft(Enrolment enrolment, LocalDate asOf)
    {
        public Enrolment Enrolment { get; } = enrolment;

        public LocalDate AsOf { get; } = asOf;

        public TrainingStatus Status { get; set; }

        public RulePeriod? Period { get; set; }

        public TrainingPath? Path { get; set; }

        public LocalDate? ExamDueBy { get; set; }

        public Duration LessonsDone { get; set; }

        public Duration StageDone { get; set; }

        public IReadOnlyList<ComplianceFinding> Findings { get; set; } = [];

        public EnrolmentCompliance Freeze() => new(this);
    }
}
