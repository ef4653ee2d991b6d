using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Testing.Territory;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Territory;

public sealed class PlaceValidatorTests
{
    private static readonly PlaceValidator Validator = new();
    private static readonly PlacesDocumentValidator DocumentValidator = new(Validator);

    [Fact]
    public void Validate_GeneratedPlaces_HaveNoProblem() =>
        Properties.ForAll(TerritoryGenerators.Place, place =>
            Assert.Empty(ValidationReport.FromFluentValidation(Validator.Validate(place)).Problems));

    [Fact]
    public void Validate_PlaceWithOneDefect_ReportsItsCode() =>
        Properties.ForAll(TerritoryGenerators.DefectivePlace, c =>
        {
            ValidationReport report = ValidationReport.FromFluentValidation(Validator.Validate(c.Place));
            Assert.False(report.IsValid);
            Assert.Equal([c.ExpectedCode], report.Errors.Select(p => p.Code));
        });

    [Fact]
    public void Validate_SwappedCoordinates_AreFlaggedFarFromTheCentroid()
    {
        Place place = MontDeMarsan();
        GeoPoint centroid = Geography.France.FindByName("Mont-de-Marsan").Single().Centroid!.Value;
        Place swapped = new() { Id = "a", Name = "Lieu", Commune = place.Commune, Kind = PlaceKind.Permanence, Latitude = centroid.Longitude + 45, Longitude = centroid.Latitude - 45 };

        ValidationReport report = ValidationReport.FromFluentValidation(Validator.Validate(swapped));

        Problem warning = Assert.Single(report.Problems);
        Assert.Equal(ProblemCodes.Territory.FarFromCentroid, warning.Code);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.True(report.IsValid);
        Assert.Contains("40192 Mont-de-Marsan", warning.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PlaceInACommuneWithoutCentroid_IsFlaggedNotLocatable()
    {
        // 14666 Sannerville was re-created after 2018: the source has no polygon for it.
        var place = new Place { Id = "s", Name = "Mairie", Commune = InseeCode.Parse("14666"), Kind = PlaceKind.Permanence };

        ValidationReport report = ValidationReport.FromFluentValidation(Validator.Validate(place));

        Assert.Equal([ProblemCodes.Territory.PlaceNotLocatable], report.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Validate_UnknownCommune_NamesTheCogYear()
    {
        var place = new Place { Id = "x", Name = "Lieu", Commune = InseeCode.Parse("40009"), Kind = PlaceKind.Other };

        Problem problem = Assert.Single(ValidationReport.FromFluentValidation(Validator.Validate(place)).Problems);

        Assert.Equal(ProblemCodes.Territory.UnknownCommune, problem.Code);
        Assert.Equal("commune", problem.Path);
        Assert.Contains("2026", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateIds_AreReportedAtTheSecondOccurrence()
    {
        var document = new PlacesDocument { Places = [MontDeMarsan(), MontDeMarsan(), MontDeMarsan()] };

        ValidationReport report = ValidationReport.FromFluentValidation(DocumentValidator.Validate(document));

        Assert.Equal(["places[1].id", "places[2].id"], report.Problems.Select(p => p.Path));
        Assert.All(report.Problems, p => Assert.Equal(ProblemCodes.Territory.DuplicatePlaceId, p.Code));
    }

    internal static Place MontDeMarsan() => new()
    {
        Id = "fs-mdm",
        Name = "France services Mont-de-Marsan",
        Commune = InseeCode.Parse("40192"),
        Kind = PlaceKind.FranceServices,
        Latitude = 43.8906,
        Longitude = -0.4999,
        Advisors = 2,
    };
}
