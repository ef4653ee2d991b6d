using System.Globalization;
using FluentValidation;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Territory;

/// <summary>
/// Checks the ranges of a coverage result read from JSON (<c>LI-TER-015</c>): shares in [0, 1], thresholds and
/// radius positive, distances, travel-time estimates, populations and counts not negative.
/// </summary>
/// <remarks>Create once and reuse; thread-safe.</remarks>
public sealed class CoverageResultValidator : AbstractValidator<CoverageResult>
{
    /// <summary>Initializes the validator.</summary>
    public CoverageResultValidator()
    {
        RuleForEach(r => r.ThresholdsKm).Must(t => t > 0).WithErrorCode(ProblemCodes.Territory.CoverageValueRange).WithState((_, t) => Range(t, "> 0"));
        RuleFor(r => r.CoverageRadiusKm).Must(t => t > 0).WithErrorCode(ProblemCodes.Territory.CoverageValueRange).WithState(r => Range(r.CoverageRadiusKm, "> 0"));
        RuleFor(r => r.Population).Must(p => p >= 0).WithErrorCode(ProblemCodes.Territory.CoverageValueRange).WithState(r => Range(r.Population, ">= 0"));
        RuleFor(r => r.PopulationWithoutCoordinates).Must(p => p >= 0).WithErrorCode(ProblemCodes.Territory.CoverageValueRange).WithState(r => Range(r.PopulationWithoutCoordinates, ">= 0"));
        RuleForEach(r => r.Thresholds).ChildRules(t =>
        {
            t.RuleFor(x => x.Share).Must(IsShare).WithErrorCode(ProblemCodes.Territory.CoverageValueRange).WithState(x => Range(x.Share, "0..1"));
            t.RuleFor(x => x.Population).Must(p => p >= 0).WithErrorCode(ProblemCodes.Territory.CoverageValueRange).WithState(x => Range(x.Population, ">= 0"));
            t.RuleFor(x => x.Communes).Must(c => c >= 0).WithErrorCode(ProblemCodes.Territory.CoverageValueRange).WithState(x => Range(x.Communes, ">= 0"));
        });
        RuleForEach(r => r.Epcis).ChildRules(e =>
        {
            e.RuleFor(x => x.CoveredShare).Must(IsShare).WithErrorCode(ProblemCodes.Territory.CoverageValueRange).WithState(x => Range(x.CoveredShare, "0..1"));
            e.RuleFor(x => x.Population).Must(p => p >= 0).WithErrorCode(ProblemCodes.Territory.CoverageValueRange).WithState(x => Range(x.Population, ">= 0"));
        });
        RuleForEach(r => r.Communes).ChildRules(c =>
        {
            c.RuleFor(x => x.DistanceKm).Must(d => d is null or >= 0).WithErrorCode(ProblemCodes.Territory.CoverageValueRange).WithState(x => Range(x.DistanceKm ?? 0, ">= 0"));
            c.RuleFor(x => x.EstimatedTravelMinutes).Must(d => d is null or >= 0).WithErrorCode(ProblemCodes.Territory.CoverageValueRange).WithState(x => Range(x.EstimatedTravelMinutes ?? 0, ">= 0"));
        });
    }

    private static bool IsShare(double share) => share is >= 0 and <= 1;

    private static Dictionary<string, string> Range(double value, string range) =>
        JsonProblems.Args(("value", value.ToString("R", CultureInfo.InvariantCulture)), ("range", range));
}
