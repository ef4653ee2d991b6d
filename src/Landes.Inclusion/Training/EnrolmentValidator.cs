using System.Buffers;
using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using Landes.Inclusion.Validation;
using NodaTime;
using Codes = Landes.Inclusion.Training.TrainingProblemDefinitions;
using static Landes.Inclusion.Training.TrainingComplianceChecker;

namespace Landes.Inclusion.Training;

/// <summary>
/// Validates an enrolment against its programme: dates, durations (positive, at most 12 hours a session or absence),
/// sessions and absences within the training dates, overlapping sessions, the path in the period's set, exam sittings
/// of targeted certifications, module lengths offered. Codes <c>LI-TRN-0xx</c> (and <c>LI-TRN-101</c> for the path).
/// </summary>
/// <remarks>Create once and reuse; thread-safe.</remarks>
public sealed class EnrolmentValidator : AbstractValidator<Enrolment>
{
    /// <summary>The longest session or absence accepted, in minutes (12 hours).</summary>
    public const int MaximumMinutes = 12 * 60;

    private readonly TrainingProgrammeCatalog? _catalog;

    /// <summary>Initializes the validator.</summary>
    /// <param name="catalog">The programmes enrolments refer to, or null for <see cref="TrainingProgrammeCatalog.Default"/>.</param>
    public EnrolmentValidator(TrainingProgrammeCatalog? catalog = null)
    {
        _catalog = catalog;
        RuleFor(e => e.Id).NotEmpty().WithProblem(Codes.Required,_ => What("id"));
        RuleFor(e => e.PersonId).NotEmpty().WithProblem(Codes.Required,_ => What("personId"));
        RuleFor(e => e.ProgrammeId).NotEmpty().WithProblem(Codes.Required,_ => What("programmeId"));
        RuleFor(e => e.ProgrammeId)
            .Must(id => Catalog.Find(id) is not null)
            .When(e => !string.IsNullOrEmpty(e.ProgrammeId))
            .WithProblem(Codes.UnknownProgramme,
            e => (IReadOnlyDictionary<string, string>)ProblemArguments.Of(("programme", e.ProgrammeId), ("known", string.Join(", ", Catalog.Programmes.Select(p => p.Id)))));
        RuleFor(e => e.Start).NotNull().When(e => e.Exemption is null).WithProblem(Codes.DatesMissing);
        RuleFor(e => e.End).NotNull().When(e => e.Exemption is null).WithProblem(Codes.DatesMissing);
        RuleFor(e => e.End)
            .Must((e, end) => end >= e.Start)
            .When(e => e.Start is not null && e.End is not null)
            .WithProblem(Codes.EndBeforeStart,
            e => (IReadOnlyDictionary<string, string>)ProblemArguments.Of(("start", Date(e.Start!.Value)), ("end", Date(e.End!.Value))));
        RuleFor(e => e.PathId).NotEmpty().When(e => e.Exemption is null && e.Course == CourseKind.Initial)
            .WithProblem(Codes.Required,_ => What("pathId"));
        RuleFor(e => e.Exemption!.Evidence).NotEmpty().When(e => e.Exemption is not null)
            .WithProblem(Codes.Required,_ => What("exemption.evidence"));
        RuleFor(e => e.Positioning!.PathId).NotEmpty().When(e => e.Positioning is not null)
            .WithProblem(Codes.Required,_ => What("positioning.pathId"));
        // Sessions, absences and modules are checked in one pass with no per-item validation context: a national
        // network holds tens of thousands of sessions, and a failure (with its path) is built only for a problem.
        RuleFor(e => e).Custom(CheckItems);
        RuleFor(e => e).Custom(CheckAgainstDatesAndPeriod);
    }

    private TrainingProgrammeCatalog Catalog => _catalog ?? TrainingProgrammeCatalog.Default;

    private static void CheckItems(Enrolment e, ValidationContext<Enrolment> context)
    {
        for (int i = 0; i < e.Sessions.Count; i++)
        {
            TrainingSession session = e.Sessions[i];
            if (CheckMinutes(context, "Sessions", i, session.Minutes)
                && session.StartTime is { } time
                && time.TickOfDay + (session.Minutes * NodaConstants.TicksPerMinute) > NodaConstants.TicksPerDay)
            {
                Fail(context, $"Sessions[{i}].StartTime", Codes.SessionPastMidnight,
                    ("date", Date(session.Date)), ("time", time.ToString("HH:mm", CultureInfo.InvariantCulture)));
            }
        }

        for (int i = 0; i < e.Absences.Count; i++)
        {
            CheckMinutes(context, "Absences", i, e.Absences[i].Minutes);
        }

        for (int i = 0; i < e.ContinuingModules.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(e.ContinuingModules[i].Module))
            {
                Fail(context, $"ContinuingModules[{i}].Module", Codes.Required, ("what", "module"));
            }
        }
    }

    // A duration is positive and at most 12 hours; returns whether it is.
    private static bool CheckMinutes(ValidationContext<Enrolment> context, string list, int index, int minutes)
    {
        if (minutes is > 0 and <= MaximumMinutes)
        {
            return true;
        }

        ProblemDefinition code = minutes <= 0 ? Codes.DurationNotPositive : Codes.DurationAbsurd;
        Fail(context, $"{list}[{index}].Minutes", code,
            ("minutes", minutes.ToString(CultureInfo.InvariantCulture)), ("maximum", MaximumMinutes.ToString(CultureInfo.InvariantCulture)));
        return false;
    }

    private static Dictionary<string, string> What(string what) => ProblemArguments.Of(("what", what));

    // The context's path is the enrolment's own (empty, or enrolments[3] inside a document): ProblemFailures prefixes it.
    private static void Fail(ValidationContext<Enrolment> context, string member, ProblemDefinition code, params (string Name, string Value)[] arguments) =>
        Validation.ProblemFailures.Add(context, member, code, arguments);

    private void CheckAgainstDatesAndPeriod(Enrolment e, ValidationContext<Enrolment> context)
    {
        if (e.Start is { } start && e.End is { } end && end >= start)
        {
            for (int i = 0; i < e.Sessions.Count; i++)
            {
                LocalDate date = e.Sessions[i].Date;
                if (date < start || date > end)
                {
                    Fail(context, $"Sessions[{i}].Date", Codes.SessionOutsideDates, ("date", Date(date)), ("start", Date(start)), ("end", Date(end)));
                }
            }

            for (int i = 0; i < e.Absences.Count; i++)
            {
                LocalDate date = e.Absences[i].Date;
                if (date < start || date > end)
                {
                    Fail(context, $"Absences[{i}].Date", Codes.AbsenceOutsideDates, ("date", Date(date)), ("start", Date(start)), ("end", Date(end)));
                }
            }

            for (int i = 0; i < e.ExamSittings.Count; i++)
            {
                if (e.ExamSittings[i].Date < start)
                {
                    Fail(context, $"ExamSittings[{i}].Date", Codes.SittingBeforeStart, ("date", Date(e.ExamSittings[i].Date)), ("start", Date(start)));
                }
            }
        }

        CheckOverlaps(e, context);

        RulePeriod? period = e.EnteredOn is { } entered ? Catalog.Find(e.ProgrammeId)?.FindPeriod(entered) : null;
        if (period is null)
        {
            return; // The compliance check reports the missing period (LI-TRN-100).
        }

        if (e.Exemption is null && e.Course == CourseKind.Initial && !string.IsNullOrEmpty(e.PathId) && period.FindPath(e.PathId) is null)
        {
            Fail(context, "PathId", Codes.PathNotAllowed, ("path", e.PathId), ("period", period.Id), ("allowed", string.Join(", ", period.Paths.Select(p => p.Id))));
        }

        for (int i = 0; i < e.ExamSittings.Count; i++)
        {
            string target = e.ExamSittings[i].TargetId;
            if (!HasTarget(period, target))
            {
                Fail(context, $"ExamSittings[{i}].TargetId", Codes.UnknownTarget, ("target", target), ("period", period.Id), ("known", string.Join(", ", period.Targets.Select(t => t.Id))));
            }
        }

        IReadOnlyList<int> offered = period.Continuing.ModuleHours;
        for (int i = 0; i < e.ContinuingModules.Count; i++)
        {
            int hours = e.ContinuingModules[i].Hours;
            if (!offered.Contains(hours))
            {
                Fail(context, $"ContinuingModules[{i}].Hours", Codes.ModuleLengthNotOffered,
                    ("hours", hours.ToString(CultureInfo.InvariantCulture)), ("offered", string.Join(" ou ", offered.Select(h => h.ToString(CultureInfo.InvariantCulture)))));
            }
        }
    }

    // Sessions overlap when two with start times share a moment of the same day, or when a day holds more than 24 h.
    private static bool HasTarget(RulePeriod period, string target)
    {
        for (int i = 0; i < period.Targets.Count; i++)
        {
            if (string.Equals(period.Targets[i].Id, target, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckOverlaps(Enrolment e, ValidationContext<Enrolment> context)
    {
        IReadOnlyList<TrainingSession> sessions = e.Sessions;

        // The sessions by day, then start (untimed first), then position: sort keys in a pooled array, since every
        // enrolment of a network document comes through here.
        (LocalDate Date, long Start, int Index)[] keys = ArrayPool<(LocalDate, long, int)>.Shared.Rent(sessions.Count);
        try
        {
            for (int i = 0; i < sessions.Count; i++)
            {
                keys[i] = (sessions[i].Date, sessions[i].StartTime?.TickOfDay ?? -1, i);
            }

            Span<(LocalDate Date, long Start, int Index)> order = keys.AsSpan(0, sessions.Count);
            order.Sort();
            CheckOverlaps(sessions, order, context);
        }
        finally
        {
            ArrayPool<(LocalDate, long, int)>.Shared.Return(keys);
        }
    }

    private static void CheckOverlaps(IReadOnlyList<TrainingSession> sessions, ReadOnlySpan<(LocalDate Date, long Start, int Index)> order, ValidationContext<Enrolment> context)
    {
        long dayMinutes = 0;
        int previousTimed = -1;
        for (int k = 0; k < order.Length; k++)
        {
            int i = order[k].Index;
            TrainingSession s = sessions[i];
            bool newDay = k == 0 || order[k - 1].Date != s.Date;
            if (newDay)
            {
                dayMinutes = 0;
                previousTimed = -1;
            }

            dayMinutes += Math.Max(0, s.Minutes);
            if (s.StartTime is { } startTime)
            {
                if (previousTimed >= 0)
                {
                    TrainingSession p = sessions[previousTimed];
                    long previousEnd = p.StartTime!.Value.TickOfDay + (Math.Max(0, p.Minutes) * NodaConstants.TicksPerMinute);
                    if (previousEnd > startTime.TickOfDay)
                    {
                        Fail(context, $"Sessions[{i}]", Codes.SessionsOverlap, ("date", Date(s.Date)), ("other", $"sessions[{previousTimed}]"));
                    }
                }

                if (previousTimed < 0 || EndTicks(s) > EndTicks(sessions[previousTimed]))
                {
                    previousTimed = i;
                }
            }

            bool lastOfDay = k == order.Length - 1 || order[k + 1].Date != s.Date;
            if (lastOfDay && dayMinutes > 24 * 60)
            {
                Fail(context, $"Sessions[{i}]", Codes.SessionsOverlap, ("date", Date(s.Date)), ("other", "24 h"));
            }
        }
    }

    private static long EndTicks(TrainingSession s) => s.StartTime!.Value.TickOfDay + (Math.Max(0, s.Minutes) * NodaConstants.TicksPerMinute);
}
