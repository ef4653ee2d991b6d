using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Landes.Inclusion.Json;
using Landes.Inclusion.Validation;
using NodaTime;
using Codes = Landes.Inclusion.Training.TrainingProblemDefinitions;
using static Landes.Inclusion.Training.TrainingComplianceChecker;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Training;

/// <summary>
/// Validates a training programme: identifiers, non-overlapping periods in order, paths with hours, unique
/// identifiers of periods, paths and targets, and rule values in range.
/// </summary>
/// <remarks>Create once and reuse; thread-safe.</remarks>
public sealed class TrainingProgrammeValidator : AbstractValidator<TrainingProgramme>
{
    /// <summary>Initializes the validator.</summary>
    public TrainingProgrammeValidator()
    {
        RuleFor(p => p.Id).NotEmpty().WithProblem(Codes.Required,_ => ProblemArguments.Of(("what", "id")));
        RuleFor(p => p.Name).NotEmpty().WithProblem(Codes.Required,_ => ProblemArguments.Of(("what", "name")));
        RuleFor(p => p.Source).NotEmpty().WithProblem(Codes.Required,_ => ProblemArguments.Of(("what", "source")));
        RuleForEach(p => p.Periods).ChildRules(period =>
        {
            period.RuleFor(x => x.Id).NotEmpty().WithProblem(Codes.Required,_ => ProblemArguments.Of(("what", "id")));
            period.RuleFor(x => x.Source).NotEmpty().WithProblem(Codes.Required,_ => ProblemArguments.Of(("what", "source")));
            period.RuleFor(x => x.Until).Must((x, until) => until >= x.From).When(x => x.Until is not null)
                .WithProblem(Codes.PeriodEndsBeforeStart,
                x => ProblemArguments.Of(("period", x.Id), ("from", Date(x.From)), ("until", Date(x.Until!.Value))));
            period.RuleFor(x => x.Paths).NotEmpty().WithProblem(Codes.PeriodWithoutPath,x => ProblemArguments.Of(("period", x.Id)));
            period.RuleForEach(x => x.Paths).ChildRules(path =>
            {
                path.RuleFor(x => x.Id).NotEmpty().WithProblem(Codes.Required,_ => ProblemArguments.Of(("what", "id")));
                path.RuleFor(x => x).Must(x => x.LessonHours >= 0 && x.StageHours >= 0 && x.LessonHours + x.StageHours > 0 && x.InCentreHours is not < 0 && (x.InCentreHours ?? 0) <= x.LessonHours)
                    .WithProblem(Codes.PathHoursInvalid,x => ProblemArguments.Of(("path", x.Id)));
            });
            period.RuleForEach(x => x.Targets).ChildRules(target =>
            {
                target.RuleFor(x => x.Id).NotEmpty().WithProblem(Codes.Required,_ => ProblemArguments.Of(("what", "id")));
                target.RuleForEach(x => x.Certifications)
                    .Must(r => !string.IsNullOrEmpty(r.Title) && r.Block is >= 1 and <= 99 && (r.From is not { } from || r.Until is not { } until || from <= until))
                    .WithProblem(Codes.TargetReferenceInvalid, (_, r) => ProblemArguments.Of(("reference", r.ToString())));
            });
            period.RuleFor(x => x.ExamDeadlineMonths).InclusiveBetween(1, 60).WithProblem(Codes.RuleValueOutOfRange,x => Range(x.ExamDeadlineMonths, 1, 60));
            period.RuleFor(x => x.Continuing.ModulesWithinFirst12Months).InclusiveBetween(0, 12).WithProblem(Codes.RuleValueOutOfRange,x => Range(x.Continuing.ModulesWithinFirst12Months, 0, 12));
            period.RuleFor(x => x.Continuing.ModulesPerCalendarYear).InclusiveBetween(0, 12).WithProblem(Codes.RuleValueOutOfRange,x => Range(x.Continuing.ModulesPerCalendarYear, 0, 12));
            period.RuleFor(x => x.Continuing.FromYear).InclusiveBetween(2000, 2100).WithProblem(Codes.RuleValueOutOfRange,x => Range(x.Continuing.FromYear, 2000, 2100));
            period.RuleForEach(x => x.Continuing.ModuleHours).InclusiveBetween(1, 100).WithProblem(Codes.RuleValueOutOfRange, (_, h) => Range(h, 1, 100));
            period.RuleFor(x => x.Paths).Custom((paths, context) => Unique(paths.Select(p => p.Id), "Paths", context));
            period.RuleFor(x => x.Targets).Custom((targets, context) => Unique(targets.Select(t => t.Id), "Targets", context));
        });
        RuleFor(p => p.Periods).Custom((periods, context) =>
        {
            Unique(periods.Select(p => p.Id), "Periods", context);
            for (int i = 0; i < periods.Count; i++)
            {
                for (int j = i + 1; j < periods.Count; j++)
                {
                    RulePeriod a = periods[i];
                    RulePeriod b = periods[j];
                    if (a.Covers(b.From) || b.Covers(a.From))
                    {
                        context.AddFailure(ProblemFailures.Failure($"Periods[{j}]", Codes.PeriodsOverlap, ProblemArguments.Of(("period", b.Id), ("other", a.Id))));
                    }
                }
            }
        });
    }

    private static Dictionary<string, string> Range(int value, int minimum, int maximum) => ProblemArguments.Of(
        ("value", value.ToString(CultureInfo.InvariantCulture)),
        ("minimum", minimum.ToString(CultureInfo.InvariantCulture)),
        ("maximum", maximum.ToString(CultureInfo.InvariantCulture)));

    private static void Unique<T>(IEnumerable<string> ids, string member, ValidationContext<T> context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        foreach (string id in ids)
        {
            if (!string.IsNullOrEmpty(id) && !seen.Add(id))
            {
                string prefix = string.IsNullOrEmpty(context.PropertyPath) ? member : context.PropertyPath;
                context.AddFailure(ProblemFailures.Failure($"{prefix}[{i}].Id", Codes.DuplicateId, ProblemArguments.Of(("id", id))));
            }

            i++;
        }
    }
}
