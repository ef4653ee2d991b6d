using System.Globalization;
using FluentValidation;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using Landes.Inclusion.Validation;

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
        // The schema's other constraints, as data (issue 10: what the reader accepts, the schema accepts).
        Include(new Validation.DocumentConstraintValidator<CoverageResult>(
            TerritoryJsonContext.Default.CoverageResult, TerritoryProblemDefinitions.CoverageResultConstraint, "coverage-result",
            "thresholdsKm minItems 1",
            "travelTimeEstimate.detourFactor minimum 1",
            "travelTimeEstimate.averageSpeedKmh exclusiveMinimum 0",
            "communes[].population minimum 0",
            "thresholds[].thresholdKm exclusiveMinimum 0",
            "epcis[].places minimum 0",
            "epcis[].advisors minimum 0",
            "epcis[].advisorsPer10000Inhabitants minimum 0",
            "gaps[].population minimum 0",
            "gaps[].distanceKm minimum 0",
            "gaps[].excessKm minimum 0",
            "gaps[].score minimum 0",
            "suggestions.coverageRadiusKm exclusiveMinimum 0",
            "suggestions.population minimum 0",
            "suggestions.coveredBefore minimum 0",
            "suggestions.places[].rank minimum 1",
            "suggestions.places[].addedPopulation minimum 0",
            "suggestions.places[].addedCommunes minimum 0",
            "suggestions.places[].coveredPopulation minimum 0",
            "suggestions.places[].coveredShare minimum 0",
            "suggestions.places[].coveredShare maximum 1"));
        RuleForEach(r => r.ThresholdsKm).Must(t => t > 0).WithProblem(TerritoryProblemDefinitions.CoverageValueRange, (_, t) => Range(t, "> 0"));
        RuleFor(r => r.CoverageRadiusKm).Must(t => t > 0).WithProblem(TerritoryProblemDefinitions.CoverageValueRange,r => Range(r.CoverageRadiusKm, "> 0"));
        RuleFor(r => r.Population).Must(p => p >= 0).WithProblem(TerritoryProblemDefinitions.CoverageValueRange,r => Range(r.Population, ">= 0"));
        RuleFor(r => r.PopulationWithoutCoordinates).Must(p => p >= 0).WithProblem(TerritoryProblemDefinitions.CoverageValueRange,r => Range(r.PopulationWithoutCoordinates, ">= 0"));
        RuleForEach(r => r.Thresholds).ChildRules(t =>
        {
            t.RuleFor(x => x.Share).Must(IsShare).WithProblem(TerritoryProblemDefinitions.CoverageValueRange,x => Range(x.Share, "0..1"));
            t.RuleFor(x => x.Population).Must(p => p >= 0).WithProblem(TerritoryProblemDefinitions.CoverageValueRange,x => Range(x.Population, ">= 0"));
            t.RuleFor(x => x.Communes).Must(c => c >= 0).WithProblem(TerritoryProblemDefinitions.CoverageValueRange,x => Range(x.Communes, ">= 0"));
        });
        RuleForEach(r => r.Epcis).ChildRules(e =>
        {
            e.RuleFor(x => x.CoveredShare).Must(IsShare).WithProblem(TerritoryProblemDefinitions.CoverageValueRange,x => Range(x.CoveredShare, "0..1"));
            e.RuleFor(x => x.Population).Must(p => p >= 0).WithProblem(TerritoryProblemDefinitions.CoverageValueRange,x => Range(x.Population, ">= 0"));
        });
        RuleForEach(r => r.Communes).ChildRules(c =>
        {
            c.RuleFor(x => x.DistanceKm).Must(d => d is null or >= 0).WithProblem(TerritoryProblemDefinitions.CoverageValueRange,x => Range(x.DistanceKm ?? 0, ">= 0"));
            c.RuleFor(x => x.EstimatedTravelMinutes).Must(d => d is null or >= 0).WithProblem(TerritoryProblemDefinitions.CoverageValueRange,x => Range(x.EstimatedTravelMinutes ?? 0, ">= 0"));
        });
    }

    private static bool IsShare(double share) => share is >= 0 and <= 1;

    private static Dictionary<string, string> Range(double value, string range) =>
        ProblemArguments.Of(("value", value.ToString("R", CultureInfo.InvariantCulture)), ("range", range));
}
