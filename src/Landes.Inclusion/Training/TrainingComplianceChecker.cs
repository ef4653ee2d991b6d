using System.Globalization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Calendar;
using Landes.Inclusion.Json;
using NodaTime;
using NodaTime.Text;
using Codes = Landes.Inclusion.Training.TrainingProblemDefinitions;

namespace Landes.Inclusion.Training;

/// <summary>
/// The training compliance check: for each enrolment, on a given date, its status, its hours against the path and the
/// findings of every rule of R7–R12 that the data can show, each with its rule id, source and rule period.
/// </summary>
/// <remarks>
/// <para>The check never throws on bad data: what it cannot judge (an unknown programme, a date no period covers) is a
/// finding. Run the validators (<see cref="EnrolmentValidator"/>) for structural problems such as overlapping sessions.</para>
/// <para>An enrolment without findings costs one result object (up to 64 continuing modules are tracked on the stack);
/// findings allocate their problems. Immutable and thread-safe.</para>
/// </remarks>
public sealed class TrainingComplianceChecker
{

    /// <summary>Initializes a checker over a catalog of programmes.</summary>
    /// <param name="catalog">The programmes enrolments refer to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public TrainingComplianceChecker(TrainingProgrammeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
    }

    /// <summary>Gets the programmes the checker knows.</summary>
    public TrainingProgrammeCatalog Catalog { get; }

    /// <summary>Checks one enrolment on a date. The rule "one paid initial training per advisor" needs every enrolment: use <see cref="CheckAll(IReadOnlyList{Enrolment}, LocalDate)"/>.</summary>
    /// <param name="enrolment">The enrolment.</param>
    /// <param name="asOf">The date the check describes ("today").</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enrolment"/> is null.</exception>
    public EnrolmentCompliance Check(Enrolment enrolment, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(enrolment);
        return CheckOne(enrolment, asOf, firstPaid: null);
    }

    /// <summary>Checks every enrolment on a date, including R9 across enrolments (one paid initial training per advisor).</summary>
    /// <param name="enrolments">The enrolments.</param>
    /// <param name="asOf">The date the check describes ("today").</param>
    /// <returns>One result per enrolment, in the same order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enrolments"/> or one of them is null.</exception>
    public IReadOnlyList<EnrolmentCompliance> CheckAll(IReadOnlyList<Enrolment> enrolments, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(enrolments);
        int count = enrolments.Count;
        var firstPaid = new Dictionary<string, Enrolment>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            Enrolment e = enrolments[i] ?? throw new ArgumentNullException(nameof(enrolments), "An enrolment is null.");
            if (IsPaidInitial(e) && (!firstPaid.TryGetValue(e.PersonId, out Enrolment? first) || Earlier(e, first)))
            {
                firstPaid[e.PersonId] = e;
            }
        }

        var results = new EnrolmentCompliance[count];
        for (int i = 0; i < count; i++)
        {
            Enrolment e = enrolments[i];
            Enrolment? first = IsPaidInitial(e) && firstPaid.TryGetValue(e.PersonId, out Enrolment? f) && !ReferenceEquals(f, e) ? f : null;
            results[i] = CheckOne(e, asOf, first);
        }

        return results;
    }

    /// <summary>Checks every enrolment on today's date in France (Europe/Paris) according to a clock.</summary>
    /// <param name="enrolments">The enrolments.</param>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <returns>One result per enrolment, in the same order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<EnrolmentCompliance> CheckAll(IReadOnlyList<Enrolment> enrolments, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return CheckAll(enrolments, FrenchCalendar.Today(clock));
    }

    private static bool IsPaidInitial(Enrolment e) => e.Funding == TrainingFunding.Programme && e.Course == CourseKind.Initial && e.Exemption is null;

    private static bool Earlier(Enrolment a, Enrolment b)
    {
        int byStart = Nullable.Compare(a.Start, b.Start);
        return byStart != 0 ? byStart < 0 : string.CompareOrdinal(a.Id, b.Id) < 0;
    }

    private EnrolmentCompliance CheckOne(Enrolment e, LocalDate asOf, Enrolment? firstPaid)
    {
        var result = new EnrolmentCompliance.Draft(e, asOf);
        var findings = new Findings();
        HoursLedger.SumMinutes(e.Sessions, asOf, out long lessonMinutes, out long stageMinutes);
        result.LessonsDone = Duration.FromMinutes(lessonMinutes);
        result.StageDone = Duration.FromMinutes(stageMinutes);

        TrainingProgramme? programme = Catalog.Find(e.ProgrammeId);
        LocalDate? entered = e.EnteredOn;
        RulePeriod? period = null;
        if (programme is null)
        {
            findings.Add(TrainingRules.Paths, null, Codes.UnknownProgramme, "programmeId",
                ("programme", e.ProgrammeId), ("known", string.Join(", ", Catalog.Programmes.Select(p => p.Id))));
        }
        else if (entered is { } on)
        {
            period = programme.FindPeriod(on);
            if (period is null)
            {
                findings.Add(TrainingRules.Paths, null, Codes.NoRulePeriod, e.Exemption is null ? "start" : "exemption.decidedOn",
                    ("programme", programme.Id), ("date", Date(on)));
            }
        }
        else
        {
            findings.Add(TrainingRules.Paths, null, Codes.DatesMissing, "start");
        }

        result.Period = period;
        string? periodId = period?.Id;

        if (firstPaid is not null)
        {
            findings.Add(TrainingRules.Enrolment, periodId, Codes.SecondPaidInitialTraining, "personId", ("person", e.PersonId), ("other", firstPaid.Id));
        }

        if (e.Exemption is { } exemption)
        {
            CheckExemption(e, exemption, period, ref findings);
            result.Status = TrainingStatus.Exempted;
        }
        else if (e.Start is { } start && e.End is { } end)
        {
            if (start < e.InPostSince)
            {
                findings.Add(TrainingRules.Enrolment, periodId, Codes.NotInPost, "start", ("start", Date(start)), ("inPost", Date(e.InPostSince)));
            }

            if (e.Course == CourseKind.Ccp2Ccp3)
            {
                if (e.Ccp1ObtainedOn is not { } ccp1 || ccp1 > start)
                {
                    findings.Add(TrainingRules.Enrolment, periodId, Codes.Ccp1MissingForCcp2Ccp3, "ccp1ObtainedOn", ("start", Date(start)));
                }

                result.Status = asOf < start ? TrainingStatus.NotStarted : asOf <= end ? TrainingStatus.InTraining : TrainingStatus.Completed;
            }
            else
            {
                CheckInitial(e, start, end, asOf, period, lessonMinutes, stageMinutes, result, ref findings);
            }

            CheckAbsences(e, asOf, periodId, ref findings);
        }
        else if (e.Start is { } startOnly)
        {
            // No end date: the enrolment cannot be judged past its start (the validator reports LI-TRN-004 too).
            findings.Add(TrainingRules.Paths, periodId, Codes.DatesMissing, "end");
            result.Status = asOf < startOnly ? TrainingStatus.NotStarted : TrainingStatus.InTraining;
        }

        if (period is not null && entered is { } enteredOn && e.Course == CourseKind.Initial)
        {
            CheckContinuing(e, enteredOn, asOf, period, ref findings);
        }

        result.Findings = findings.ToList();
        return result.Freeze();
    }

    private static void CheckExemption(Enrolment e, Exemption exemption, RulePeriod? period, ref Findings findings)
    {
        string? periodId = period?.Id;
        if (period is { ExemptionAllowed: false })
        {
            findings.Add(TrainingRules.Exemption, periodId, Codes.ExemptionNotProvided, "exemption", ("period", period.Id));
        }

        if (exemption.CertifiedOn > e.InPostSince)
        {
            findings.Add(TrainingRules.Exemption, periodId, Codes.ExemptionCertificationAfterRecruitment, "exemption.certifiedOn",
                ("certified", Date(exemption.CertifiedOn)), ("recruited", Date(e.InPostSince)));
        }

        if (e.Sessions.Count > 0)
        {
            findings.Add(TrainingRules.Exemption, periodId, Codes.ExemptedWithSessions, "sessions",
                ("count", e.Sessions.Count.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void CheckInitial(Enrolment e, LocalDate start, LocalDate end, LocalDate asOf, RulePeriod? period, long lessonMinutes, long stageMinutes, EnrolmentCompliance.Draft result, ref Findings findings)
    {
        string? periodId = period?.Id;
        TrainingPath? path = period?.FindPath(e.PathId);
        result.Path = path;
        if (period is not null && path is null)
        {
            findings.Add(TrainingRules.Paths, periodId, Codes.PathNotAllowed, "pathId",
                ("path", e.PathId ?? "—"), ("period", period.Id), ("allowed", string.Join(", ", period.Paths.Select(p => p.Id))));
        }

        if (e.Positioning is not { } positioning)
        {
            findings.Add(TrainingRules.Paths, periodId, Codes.NoPositioning, "positioning");
        }
        else if (!string.Equals(positioning.PathId, e.PathId, StringComparison.Ordinal))
        {
            findings.Add(TrainingRules.Paths, periodId, Codes.PathDiffersFromPositioning, "pathId",
                ("path", e.PathId ?? "—"), ("positioned", positioning.PathId));
        }

        bool ended = asOf > end;
        bool hoursShort = ended && path is null && period is not null;
        if (ended && path is not null)
        {
            if (lessonMinutes < path.LessonHours * 60L)
            {
                hoursShort = true;
                findings.Add(TrainingRules.Paths, periodId, Codes.LessonHoursShort, "sessions",
                    ("done", Hours(lessonMinutes)), ("required", Hours(path.LessonHours * 60L)), ("path", path.Id));
            }

            if (stageMinutes < path.StageHours * 60L)
            {
                hoursShort = true;
                findings.Add(TrainingRules.Paths, periodId, Codes.StageHoursShort, "sessions",
                    ("done", Hours(stageMinutes)), ("required", Hours(path.StageHours * 60L)), ("path", path.Id));
            }
        }

        if (period is null)
        {
            result.Status = asOf < start ? TrainingStatus.NotStarted : ended ? TrainingStatus.ExamDue : TrainingStatus.InTraining;
            return;
        }

        LocalDate deadline = end.PlusMonths(period.ExamDeadlineMonths);
        LocalDate dueBy = deadline;
        bool allSat = true;
        bool allPassed = true;
        bool overdue = false;
        IReadOnlyList<TargetCertification> targets = period.Targets;
        for (int t = 0; t < targets.Count; t++)
        {
            TargetCertification target = targets[t];
            ExamState state = ExamsOf(e.ExamSittings, target, deadline, asOf, periodId, ref findings);
            if (!target.Compulsory)
            {
                continue;
            }

            allSat &= state.Sat;
            allPassed &= state.Passed;

            // R10: a new date planned after a justified absence moves this target's deadline to that date.
            LocalDate targetDeadline = !state.Sat && state.NewDate is { } planned && planned > deadline ? planned : deadline;
            if (!state.Sat && targetDeadline > dueBy)
            {
                dueBy = targetDeadline;
            }

            if (!state.SatInTime && asOf > targetDeadline)
            {
                overdue = true;
                findings.Add(TrainingRules.Exams, periodId, Codes.ExamOverdue, "examSittings",
                    ("target", target.Label), ("months", period.ExamDeadlineMonths.ToString(CultureInfo.InvariantCulture)), ("deadline", Date(targetDeadline)));
            }
        }

        result.ExamDueBy = dueBy;
        result.Status = asOf < start ? TrainingStatus.NotStarted
            : !ended ? TrainingStatus.InTraining
            : allPassed ? (hoursShort ? TrainingStatus.ExamsPassedHoursShort : TrainingStatus.Completed)
            : allSat ? TrainingStatus.ExamsSat
            : overdue ? TrainingStatus.ExamOverdue
            : TrainingStatus.ExamDue;
    }

    // NewDate: the earliest planned sitting after the first justified absence that was in time, when the target is not sat.
    private readonly record struct ExamState(bool Sat, bool Passed, bool SatInTime, LocalDate? NewDate);

    // R10: a sitting counts when passed or failed; it is in time by the deadline, or after a justified absence that
    // was itself in time (the new date may fall after the deadline, and may be recorded ahead as a planned sitting).
    private static ExamState ExamsOf(IReadOnlyList<ExamSitting> sittings, TargetCertification target, LocalDate deadline, LocalDate asOf, string? periodId, ref Findings findings)
    {
        string targetId = target.Id;
        bool sat = false;
        bool passed = false;
        bool inTime = false;
        LocalDate? absence = null;
        for (int i = 0; i < sittings.Count; i++)
        {
            ExamSitting s = sittings[i];
            if (s.Date <= asOf && s.Date <= deadline && s.Outcome == ExamOutcome.AbsentJustified
                && string.Equals(s.TargetId, targetId, StringComparison.Ordinal) && (absence is null || s.Date < absence))
            {
                absence = s.Date;
            }
        }

        LocalDate? planned = null;
        for (int i = 0; i < sittings.Count; i++)
        {
            ExamSitting s = sittings[i];
            if (!string.Equals(s.TargetId, targetId, StringComparison.Ordinal))
            {
                continue;
            }

            if (s.Outcome == ExamOutcome.Planned)
            {
                if (absence is { } from && s.Date > from && (planned is null || s.Date < planned))
                {
                    planned = s.Date;
                }

                if (s.Date < asOf)
                {
                    findings.Add(TrainingRules.Exams, periodId, Codes.PlannedSittingWithoutResult, ProblemPath.Index("examSittings", i),
                        ("target", targetId), ("date", Date(s.Date)));
                }

                continue;
            }

            if (s.Date > asOf)
            {
                continue;
            }

            string path = ProblemPath.Index("examSittings", i);
            switch (s.Outcome)
            {
                case ExamOutcome.Passed or ExamOutcome.Failed:
                    sat = true;
                    passed |= s.Outcome == ExamOutcome.Passed;
                    inTime |= s.Date <= deadline || absence is not null;
                    if (s.Outcome == ExamOutcome.Failed)
                    {
                        findings.Add(TrainingRules.Exams, periodId, Codes.ExamFailed, path, ("target", targetId), ("date", Date(s.Date)));
                    }

                    break;
                case ExamOutcome.AbsentJustified:
                    findings.Add(TrainingRules.Exams, periodId, Codes.ExamJustifiedAbsence, path, ("target", targetId), ("date", Date(s.Date)));
                    break;
                default:
                    findings.Add(TrainingRules.Exams, periodId, Codes.ExamUnjustified, path,
                        ("target", targetId), ("date", Date(s.Date)), ("outcome", StableEnumNames.GetName(s.Outcome)));
                    break;
            }
        }

        if (!sat && planned is { } newDate && absence is { } absentOn && asOf <= newDate)
        {
            findings.Add(TrainingRules.Exams, periodId, Codes.ExamRescheduled, "examSittings",
                ("target", target.Label), ("absence", Date(absentOn)), ("date", Date(newDate)), ("deadline", Date(deadline)));
        }

        return new ExamState(sat, passed, inTime, sat ? null : planned);
    }

    private static void CheckAbsences(Enrolment e, LocalDate asOf, string? periodId, ref Findings findings)
    {
        IReadOnlyList<Absence> absences = e.Absences;
        for (int i = 0; i < absences.Count; i++)
        {
            Absence a = absences[i];
            if (a.Date > asOf)
            {
                continue;
            }

            string path = ProblemPath.Index("absences", i);
            if (a.Justification == AbsenceJustification.Unjustified)
            {
                findings.Add(TrainingRules.Attendance, periodId, Codes.UnjustifiedAbsence, path, ("date", Date(a.Date)), ("duration", Hours(a.Minutes)));
            }
            else
            {
                findings.Add(TrainingRules.Attendance, periodId, Codes.JustifiedAbsence, path,
                    ("date", Date(a.Date)), ("duration", Hours(a.Minutes)), ("justification", StableEnumNames.GetName(a.Justification)));
            }
        }
    }

    private static void CheckContinuing(Enrolment e, LocalDate entered, LocalDate asOf, RulePeriod period, ref Findings findings)
    {
        ContinuingTrainingRule rule = period.Continuing;
        IReadOnlyList<ContinuingModule> modules = e.ContinuingModules;
        int count = modules.Count;
        Span<bool> used = count <= 64 ? stackalloc bool[count] : new bool[count];
        for (int i = 0; i < count; i++)
        {
            if (modules[i].Date > asOf)
            {
                used[i] = true; // Not taken yet on asOf.
            }
            else if (modules[i].Date < entered)
            {
                used[i] = true; // A module before entering counts for nothing.
                findings.Add(TrainingRules.ContinuingTraining, period.Id, Codes.ModuleBeforeInitialTraining, ProblemPath.Index("continuingModules", i),
                    ("date", Date(modules[i].Date)), ("entered", Date(entered)));
            }
        }

        // Yearly quota starts with the first whole calendar year after entering (or after the first-12-months window).
        LocalDate quotaFrom = entered;
        if (e.Exemption is null && rule.ModulesWithinFirst12Months > 0)
        {
            LocalDate windowEnd = entered.PlusMonths(12); // Exclusive.
            int inWindow = 0;
            for (int i = 0; i < count; i++)
            {
                LocalDate d = modules[i].Date;
                if (!used[i] && d < windowEnd && inWindow < rule.ModulesWithinFirst12Months)
                {
                    used[i] = true;
                    inWindow++;
                }
            }

            if (asOf >= windowEnd && inWindow < rule.ModulesWithinFirst12Months)
            {
                findings.Add(TrainingRules.ContinuingTraining, period.Id, Codes.FirstYearQuotaMissed, "continuingModules",
                    ("count", inWindow.ToString(CultureInfo.InvariantCulture)),
                    ("required", rule.ModulesWithinFirst12Months.ToString(CultureInfo.InvariantCulture)),
                    ("until", Date(windowEnd.PlusDays(-1))));
            }

            quotaFrom = windowEnd;
        }

        if (rule.ModulesPerCalendarYear <= 0)
        {
            return;
        }

        int firstYear = Math.Max(rule.FromYear, quotaFrom.Month == 1 && quotaFrom.Day == 1 ? quotaFrom.Year : quotaFrom.Year + 1);
        for (int year = firstYear; year < asOf.Year; year++)
        {
            QuotaAllowance? allowance = FindAllowance(rule, year);
            int taken = TakeModules(modules, used, year, lateUntil: null, rule.ModulesPerCalendarYear, 0, period.Id, ref findings);
            if (taken < rule.ModulesPerCalendarYear && allowance is not null)
            {
                taken = TakeModules(modules, used, year + 1, allowance.Until, rule.ModulesPerCalendarYear, taken, period.Id, ref findings, year);
            }

            bool judged = allowance is null || asOf > allowance.Until;
            if (judged && taken < rule.ModulesPerCalendarYear)
            {
                findings.Add(TrainingRules.ContinuingTraining, period.Id, Codes.YearQuotaMissed, "continuingModules",
                    ("count", taken.ToString(CultureInfo.InvariantCulture)), ("year", year.ToString(CultureInfo.InvariantCulture)),
                    ("required", rule.ModulesPerCalendarYear.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static QuotaAllowance? FindAllowance(ContinuingTrainingRule rule, int year)
    {
        IReadOnlyList<QuotaAllowance> allowances = rule.Allowances;
        for (int i = 0; i < allowances.Count; i++)
        {
            if (allowances[i].Year == year)
            {
                return allowances[i];
            }
        }

        return null;
    }

    // Marks modules of a calendar year (up to lateUntil when given) as used, earliest first, until the quota is met.
    private static int TakeModules(IReadOnlyList<ContinuingModule> modules, Span<bool> used, int year, LocalDate? lateUntil, int quota, int taken, string periodId, ref Findings findings, int countedFor = 0)
    {
        while (taken < quota)
        {
            int best = -1;
            for (int i = 0; i < modules.Count; i++)
            {
                LocalDate d = modules[i].Date;
                if (!used[i] && d.Year == year && (lateUntil is not { } until || d <= until) && (best < 0 || d < modules[best].Date))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            used[best] = true;
            taken++;
            if (lateUntil is { } limit)
            {
                findings.Add(TrainingRules.ContinuingTraining, periodId, Codes.ModuleCountedUnderAllowance, ProblemPath.Index("continuingModules", best),
                    ("date", Date(modules[best].Date)), ("year", countedFor.ToString(CultureInfo.InvariantCulture)), ("until", Date(limit)));
            }
        }

        return taken;
    }

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Formats exact minutes as French-style hours: <c>105 h</c>, <c>104 h 30</c>.</summary>
    internal static string Hours(long minutes) => TrainingHours.Format(minutes);

    /// <summary>A findings list allocated only when the first finding comes.</summary>
    private struct Findings
    {
        private List<ComplianceFinding>? _list;

        public void Add(string ruleId, string? periodId, ProblemDefinition code, string path, params (string Name, string Value)[] arguments) =>
            (_list ??= []).Add(new ComplianceFinding(ruleId, periodId, new Problem(code, path, arguments.Length == 0 ? null : ProblemArguments.Of(arguments))));

        public readonly IReadOnlyList<ComplianceFinding> ToList() => _list is null ? Array.Empty<ComplianceFinding>() : _list.AsReadOnly();
    }
}
