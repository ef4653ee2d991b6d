using Landes.Inclusion.Diagnostics;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>What the training compliance check says of one enrolment on a date: its status, its hours against the path, and its findings.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class EnrolmentCompliance
{
    internal EnrolmentCompliance(Enrolment enrolment, LocalDate asOf)
    {
        EnrolmentId = enrolment.Id;
        PersonId = enrolment.PersonId;
        AsOf = asOf;
    }

    /// <summary>Gets the enrolment's identifier.</summary>
    public string EnrolmentId { get; }

    /// <summary>Gets the advisor's identifier.</summary>
    public string PersonId { get; }

    /// <summary>Gets the date the check describes.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets where the enrolment stands on <see cref="AsOf"/>.</summary>
    public TrainingStatus Status { get; internal set; }

    /// <summary>Gets the rule period that applied, or null when none covers the enrolment.</summary>
    public RulePeriod? Period { get; internal set; }

    /// <summary>Gets the path followed when the period allows it, or null.</summary>
    public TrainingPath? Path { get; internal set; }

    /// <summary>Gets the last day to sit the compulsory exams (end of training + the period's months), or null.</summary>
    public LocalDate? ExamDueBy { get; internal set; }

    /// <summary>Gets the lesson time done (sessions of every kind but stage).</summary>
    public Duration LessonsDone { get; internal set; }

    /// <summary>Gets the stage time done.</summary>
    public Duration StageDone { get; internal set; }

    /// <summary>Gets the findings, in the order of the rules (R7 to R12).</summary>
    public IReadOnlyList<ComplianceFinding> Findings { get; internal set; } = [];

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
}

/// <summary>
/// One finding of the training compliance check: the rule (R7…R12) and its source, the rule period that applied, and
/// the problem (code, path inside the enrolment, severity, message in French or English).
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class ComplianceFinding
{
    internal ComplianceFinding(string ruleId, string? periodId, Problem problem)
    {
        RuleId = ruleId;
        Source = TrainingRules.SourceOf(ruleId);
        PeriodId = periodId;
        Problem = problem;
    }

    /// <summary>Gets the rule's id (for example <c>R10</c>), as listed in <c>docs/rules.md</c>.</summary>
    public string RuleId { get; }

    /// <summary>Gets the rule's source.</summary>
    public string Source { get; }

    /// <summary>Gets the identifier of the rule period that applied, or null when none did.</summary>
    public string? PeriodId { get; }

    /// <summary>Gets the problem: code, path inside the enrolment, severity and message.</summary>
    public Problem Problem { get; }

    /// <summary>Gets the problem's stable code.</summary>
    public string Code => Problem.Code;

    /// <summary>Gets the problem's severity.</summary>
    public ProblemSeverity Severity => Problem.Severity;

    /// <summary>Gets the message in French.</summary>
    public string Message => Problem.Message;

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} ({PeriodId ?? "-"}) {Problem}";
}

/// <summary>The training rules the library enforces, with their sources (<c>docs/rules.md</c>).</summary>
public static class TrainingRules
{
    /// <summary>R7: initial training paths depend on the period; the positioning test decides the path.</summary>
    public const string Paths = "R7";

    /// <summary>R8: exemption of an advisor holding CCP1 or the title at recruitment.</summary>
    public const string Exemption = "R8";

    /// <summary>R9: one paid initial training; in post to enrol; CCP1 before the CCP2+CCP3 course.</summary>
    public const string Enrolment = "R9";

    /// <summary>R10: CCP1 and Pix sat within 6 months after the end of training.</summary>
    public const string Exams = "R10";

    /// <summary>R11: every absence from training is justified.</summary>
    public const string Attendance = "R11";

    /// <summary>R12: continuing-training quotas.</summary>
    public const string ContinuingTraining = "R12";

    private const string Programme = "ANCT, programme Conseiller numérique France Services, cahier des charges et règles de formation";

    /// <summary>Gets the source of a rule.</summary>
    /// <param name="ruleId">A rule id, R7 to R12.</param>
    /// <returns>The source, or the empty string for an unknown id.</returns>
    public static string SourceOf(string ruleId) => ruleId switch
    {
        Paths => Programme + " : parcours de formation initiale selon la période ; « le résultat du test de positionnement est souverain »",
        Exemption => Programme + " : dispense de formation initiale des titulaires du CCP1 ou du titre au recrutement",
        Enrolment => Programme + " : une seule formation initiale financée, réservée aux conseillers en poste ; CCP1 préalable au parcours CCP2+CCP3",
        Exams => Programme + " : CCP1 et Pix obligatoires dans les 6 mois suivant la fin de formation ; absences justifiées (arrêt maladie, test Covid-19 positif, force majeure)",
        Attendance => Programme + " : assiduité, toute absence doit être justifiée",
        ContinuingTraining => Programme + " : formation continue, modules de 7 h ou 14 h ; 2 modules dans les 12 mois puis 1 par année civile (module 2024 jusqu'au 31 mars 2025)",
        _ => string.Empty,
    };
}
