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

/// <summary>Validates a set of enrolments: each one (<see cref="EnrolmentValidator"/>) and their unique identifiers.</summary>
/// <remarks>Create once and reuse; thread-safe.</remarks>
public sealed class EnrolmentsDocumentValidator : AbstractValidator<EnrolmentsDocument>
{
    /// <summary>Initializes the validator.</summary>
    /// <param name="enrolmentValidator">The validator of each enrolment.</param>
    /// <exception cref="ArgumentNullException"><paramref name="enrolmentValidator"/> is null.</exception>
    public EnrolmentsDocumentValidator(IValidator<Enrolment> enrolmentValidator)
    {
        ArgumentNullException.ThrowIfNull(enrolmentValidator);
        RuleForEach(d => d.Enrolments).SetValidator(enrolmentValidator);
        RuleFor(d => d.Enrolments).Custom((list, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < list.Count; i++)
            {
                if (!string.IsNullOrEmpty(list[i].Id) && !seen.Add(list[i].Id))
                {
                    context.AddFailure(ProblemFailures.Failure($"Enrolments[{i}].Id", Codes.DuplicateId, ProblemArguments.Of(("id", list[i].Id))));
                }
            }
        });
    }
}
