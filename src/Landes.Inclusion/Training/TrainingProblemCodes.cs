namespace Landes.Inclusion.Training;

/// <summary>
/// Codes of the training module (area <c>TRN</c>): <c>0xx</c> are validation problems of enrolments and
/// programmes, <c>1xx</c> are compliance findings of the training rules R7–R12.
/// </summary>
/// <remarks>The codes are stable: programs may rely on them. Each code's severity and messages are in <see cref="ProblemCatalog"/>, and <c>docs/errors.md</c> lists them.</remarks>
public static class TrainingProblemCodes
{
    /// <summary>A required text (an identifier, a path, an evidence) is empty.</summary>
    public const string Required = "LI-TRN-001";

    /// <summary>The enrolment names a programme the catalog does not hold.</summary>
    public const string UnknownProgramme = "LI-TRN-002";

    /// <summary>The end of training is before its start.</summary>
    public const string EndBeforeStart = "LI-TRN-003";

    /// <summary>An enrolment that is not exempted has no start or no end date.</summary>
    public const string DatesMissing = "LI-TRN-004";

    /// <summary>A duration (session, absence) is zero or negative.</summary>
    public const string DurationNotPositive = "LI-TRN-005";

    /// <summary>A session or an absence lasts more than a day's work can hold.</summary>
    public const string DurationAbsurd = "LI-TRN-006";

    /// <summary>A session lies outside the enrolment's start and end dates.</summary>
    public const string SessionOutsideDates = "LI-TRN-007";

    /// <summary>Two sessions overlap in time, or one day holds more than 24 hours of sessions.</summary>
    public const string SessionsOverlap = "LI-TRN-008";

    /// <summary>An absence lies outside the enrolment's start and end dates.</summary>
    public const string AbsenceOutsideDates = "LI-TRN-009";

    /// <summary>A continuing-training module has a length the programme does not offer.</summary>
    public const string ModuleLengthNotOffered = "LI-TRN-010";

    /// <summary>An exam sitting names a certification the period does not target.</summary>
    public const string UnknownTarget = "LI-TRN-011";

    /// <summary>An exam sitting is dated before the start of training.</summary>
    public const string SittingBeforeStart = "LI-TRN-012";

    /// <summary>A session has a start time but its end passes midnight.</summary>
    public const string SessionPastMidnight = "LI-TRN-013";

    /// <summary>A rule period ends before it starts.</summary>
    public const string PeriodEndsBeforeStart = "LI-TRN-020";

    /// <summary>Two rule periods of a programme overlap.</summary>
    public const string PeriodsOverlap = "LI-TRN-021";

    /// <summary>A rule period offers no path.</summary>
    public const string PeriodWithoutPath = "LI-TRN-022";

    /// <summary>A path's hours are negative, or it has no hours at all.</summary>
    public const string PathHoursInvalid = "LI-TRN-023";

    /// <summary>An identifier appears twice where it must be unique (periods, paths, targets, enrolments).</summary>
    public const string DuplicateId = "LI-TRN-024";

    /// <summary>A number of a rule (months, modules, hours) is out of its range.</summary>
    public const string RuleValueOutOfRange = "LI-TRN-025";

    /// <summary>R7: no rule period of the programme covers the date that decides the enrolment's rules.</summary>
    public const string NoRulePeriod = "LI-TRN-100";

    /// <summary>R7: the path followed is not one the period allows.</summary>
    public const string PathNotAllowed = "LI-TRN-101";

    /// <summary>R7: the path followed differs from the one the positioning test gave.</summary>
    public const string PathDiffersFromPositioning = "LI-TRN-102";

    /// <summary>R7: no positioning result is recorded.</summary>
    public const string NoPositioning = "LI-TRN-103";

    /// <summary>R7: training ended with fewer lesson hours than the path requires.</summary>
    public const string LessonHoursShort = "LI-TRN-104";

    /// <summary>R7: training ended with fewer stage hours than the path requires.</summary>
    public const string StageHoursShort = "LI-TRN-105";

    /// <summary>R8: the period does not provide for an exemption.</summary>
    public const string ExemptionNotProvided = "LI-TRN-110";

    /// <summary>R8: the certification that grounds the exemption was obtained after recruitment.</summary>
    public const string ExemptionCertificationAfterRecruitment = "LI-TRN-111";

    /// <summary>R8: an exempted advisor has training sessions recorded.</summary>
    public const string ExemptedWithSessions = "LI-TRN-112";

    /// <summary>R9: the advisor has more than one paid initial training.</summary>
    public const string SecondPaidInitialTraining = "LI-TRN-120";

    /// <summary>R9: training started before the advisor was in post.</summary>
    public const string NotInPost = "LI-TRN-121";

    /// <summary>R9: the CCP2+CCP3 course started without CCP1 obtained before.</summary>
    public const string Ccp1MissingForCcp2Ccp3 = "LI-TRN-122";

    /// <summary>R10: a compulsory exam was not sat within the deadline after the end of training.</summary>
    public const string ExamOverdue = "LI-TRN-130";

    /// <summary>R10: an exam was failed (information: failing does not end the contract).</summary>
    public const string ExamFailed = "LI-TRN-131";

    /// <summary>R10: unjustified absence, refusal or no dossier professionnel at an exam.</summary>
    public const string ExamUnjustified = "LI-TRN-132";

    /// <summary>R10: a justified absence at an exam calls for a new date.</summary>
    public const string ExamJustifiedAbsence = "LI-TRN-133";

    /// <summary>R11: an absence from training is not justified.</summary>
    public const string UnjustifiedAbsence = "LI-TRN-140";

    /// <summary>R11: a justified absence (information: the missed hours still count as not done).</summary>
    public const string JustifiedAbsence = "LI-TRN-141";

    /// <summary>R12: a continuing-training module was taken before initial training was entered or exempted.</summary>
    public const string ModuleBeforeInitialTraining = "LI-TRN-150";

    /// <summary>R12: fewer modules than required within 12 months of entering initial training.</summary>
    public const string FirstYearQuotaMissed = "LI-TRN-151";

    /// <summary>R12: no module (or too few) in a calendar year that required one.</summary>
    public const string YearQuotaMissed = "LI-TRN-152";

    /// <summary>R12: a module taken early the next year was counted for the previous year under an allowance.</summary>
    public const string ModuleCountedUnderAllowance = "LI-TRN-153";

    /// <summary>R10: after a justified absence, a new exam date is planned (information: not overdue until it).</summary>
    public const string ExamRescheduled = "LI-TRN-160";

    /// <summary>R10: a planned sitting's day has passed without its result recorded.</summary>
    public const string PlannedSittingWithoutResult = "LI-TRN-161";

    /// <summary>A target's certification reference has no title, a block outside 1–99, or an end before its start.</summary>
    public const string TargetReferenceInvalid = "LI-TRN-162";
}
