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
        Assert.Equal(TerritoryProblemCodes.FarFromCentroid, warning.Code);
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

        Assert.Equal([TerritoryProblemCodes.PlaceNotLocatable], report.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Validate_UnknownCommune_NamesTheCogYear()
    {
        // 40999 was never a code of any COG vintage of the history (40009, merged in 2019, is now a warning).
        var place = new Place { Id = "x", Name = "Lieu", Commune = InseeCode.Parse("40999"), Kind = PlaceKind.Other };

        Problem problem = Assert.Single(ValidationReport.FromFluentValidation(Validator.Validate(place)).Problems);

        Assert.Equal(TerritoryProblemCodes.UnknownCommune, problem.Code);
        Assert.Equal("commune", problem.Path);
        Assert.Contains("2026", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FormerCode_IsAWarningNamingBothCodes()
    {
        var place = new Place { Id = "p", Name = "France Services", Commune = InseeCode.Parse("93059"), Kind = PlaceKind.FranceServices, Latitude = 48.9648, Longitude = 2.3607 };

        ValidationReport report = ValidationReport.FromFluentValidation(Validator.Validate(place));

        Problem warning = Assert.Single(report.Problems);
        Assert.True(report.IsValid);
        Assert.Equal((TerritoryProblemCodes.FormerCommuneCode, "commune", ProblemSeverity.Warning), (warning.Code, warning.Path, warning.Severity));
        Assert.Equal("93066", warning.Arguments["commune"]);
        Assert.Equal("2025", warning.Arguments["since"]);
        string english = warning.GetMessage(MessageLanguage.English);
        Assert.Contains("93059", english, StringComparison.Ordinal);
        Assert.Contains("93066 Saint-Denis", english, StringComparison.Ordinal);
        Assert.Contains("Pierrefitte-sur-Seine", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("75056", 48.8422, 2.2990)]
    [InlineData("75115", 48.8422, 2.2990)]
    [InlineData("69388", 45.7345, 4.8690)]
    public void Validate_ParisLyonMarseilleByCommuneOrArrondissement_IsAccepted(string code, double latitude, double longitude)
    {
        var place = new Place { Id = "p", Name = "Lieu", Commune = InseeCode.Parse(code), Kind = PlaceKind.Other, Latitude = latitude, Longitude = longitude };

        Assert.Empty(ValidationReport.FromFluentValidation(Validator.Validate(place)).Problems);
    }

    [Fact]
    public void Validate_FarFromItsArrondissement_IsFlaggedAtTheCoordinatesOfThePlace()
    {
        // A place of the 15e placed in the 20e: 8 km away, more than the 15e allows.
        var place = new Place { Id = "p", Name = "Lieu", Commune = InseeCode.Parse("75115"), Kind = PlaceKind.Other, Latitude = 48.8634, Longitude = 2.4011 };
        var document = new PlacesDocument { Places = [MontDeMarsan(), place] };

        Problem warning = Assert.Single(ValidationReport.FromFluentValidation(DocumentValidator.Validate(document)).Problems);

        Assert.Equal((TerritoryProblemCodes.FarFromCentroid, "places[1].latitude"), (warning.Code, warning.Path));
        Assert.Contains("75115 Paris 15e Arrondissement", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AmbiguousFormerCode_IsAnErrorListingTheCandidates()
    {
        var place = new Place { Id = "x", Name = "Lieu", Commune = InseeCode.Parse("55273"), Kind = PlaceKind.Other };

        Problem problem = Assert.Single(ValidationReport.FromFluentValidation(Validator.Validate(place)).Problems);

        Assert.Equal((TerritoryProblemCodes.AmbiguousCommuneCode, ProblemSeverity.Error), (problem.Code, problem.Severity));
        Assert.Equal("55245, 55386", problem.Arguments["candidates"]);
    }

    [Fact]
    public void Validate_DuplicateIds_AreReportedAtTheSecondOccurrence()
    {
        var document = new PlacesDocument { Places = [MontDeMarsan(), MontDeMarsan(), MontDeMarsan()] };

        ValidationReport report = ValidationReport.FromFluentValidation(DocumentValidator.Validate(document));

        Assert.Equal(["places[1].id", "places[2].id"], report.Problems.Select(p => p.Path));
        Assert.All(report.Problems, p => Assert.Equal(TerritoryProblemCodes.DuplicatePlaceId, p.Code));
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
