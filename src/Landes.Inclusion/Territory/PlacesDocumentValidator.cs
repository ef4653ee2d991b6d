using System.Globalization;
using FluentValidation;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using Landes.Inclusion.Validation;

namespace Landes.Inclusion.Territory;

/// <summary>Validates a list of places: each place with <see cref="PlaceValidator"/>, and ids unique (<c>LI-TER-008</c>).</summary>
/// <remarks>Create once and reuse; thread-safe.</remarks>
public sealed class PlacesDocumentValidator : AbstractValidator<PlacesDocument>
{
    /// <summary>Initializes a validator for the embedded geography.</summary>
    public PlacesDocumentValidator()
        : this(new PlaceValidator())
    {
    }

    /// <summary>Initializes a validator with a place validator.</summary>
    /// <param name="placeValidator">The validator of each place.</param>
    /// <exception cref="ArgumentNullException"><paramref name="placeValidator"/> is null.</exception>
    public PlacesDocumentValidator(PlaceValidator placeValidator)
    {
        ArgumentNullException.ThrowIfNull(placeValidator);
        RuleForEach(d => d.Places).SetValidator(placeValidator);
        RuleFor(d => d.Places).Custom((places, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < places.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(places[i].Id) && !seen.Add(places[i].Id))
                {
                    context.AddFailure(ProblemFailures.Failure($"places[{i}].id", TerritoryProblemDefinitions.DuplicatePlaceId, ProblemArguments.Of(("id", places[i].Id))));
                }
            }
        });
    }
}
