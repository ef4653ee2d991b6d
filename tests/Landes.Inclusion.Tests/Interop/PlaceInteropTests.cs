using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.FranceServices;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Interop.Places;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Testing.Territory;
using Landes.Inclusion.Tests.Infrastructure;
using NodaTime;

namespace Landes.Inclusion.Tests.Interop;

public sealed class PlaceInteropTests
{
    private static LieuMediationNumerique Example =>
        LieuxMediationCsv.ReadFromString(File.ReadAllText(SharedData.PathOf("schemas/lieux-mediation-numerique/exemple-valide.csv"))).Records[0];

    [Fact]
    public void FromFranceServices_LandesList_GivesFranceServicesPlacesWithCoordinatesAndSchedules()
    {
        InteropReadResult<FranceServicesSite> read = FranceServicesCsv.ReadFromString(File.ReadAllText(SharedData.PathOf("landes-france-services-20240801.csv")));

        IReadOnlyList<Place> places = PlaceInterop.FromFranceServices(read.Records);

        Assert.Equal(read.Records.Count, places.Count);
        Assert.All(places, p => Assert.Equal(PlaceKind.FranceServices, p.Kind));
        Assert.All(places, p => Assert.StartsWith(PlaceInterop.FranceServicesIdPrefix, p.Id, StringComparison.Ordinal));
        FranceServicesSite bus = read.Records.First(s => s.Format == FranceServicesFormat.Bus);
        Place busPlace = places[read.Records.ToList().IndexOf(bus)];
        Assert.True(busPlace.Itinerant);
        Assert.Equal((bus.InseeCode, bus.Latitude, bus.Longitude, bus.Name), (busPlace.Commune, busPlace.Latitude, busPlace.Longitude, busPlace.Name));
        Assert.Same(bus.Schedule, busPlace.OpeningHours);
        Assert.True(new PlaceValidator(Geography.France).Validate(busPlace).IsValid);
    }

    [Fact]
    public void FromLieu_StandardExample_KeepsIdNameCommuneCoordinatesScheduleAndMobility()
    {
        LieuMediationNumerique lieu = Example;

        Place place = PlaceInterop.FromLieu(lieu)!;

        Assert.Equal((lieu.Id, lieu.Name, lieu.InseeCode!.Value, PlaceKind.LieuMediationNumerique), (place.Id, place.Name, place.Commune, place.Kind));
        Assert.Equal((lieu.Latitude, lieu.Longitude), (place.Latitude, place.Longitude));
        Assert.Equal(lieu.Schedule, place.OpeningHours);
        Assert.Equal(lieu.Mobility.Contains(Mobility.Itinerant), place.Itinerant);
    }

    [Fact]
    public void FromLieux_WithoutInseeCode_IsRejectedWithItsRow()
    {
        LieuMediationNumerique lieu = Example;
        var noInsee = new LieuMediationNumerique
        {
            Id = "sans-insee", Pivot = lieu.Pivot, Name = lieu.Name, Commune = lieu.Commune, PostalCode = lieu.PostalCode,
            Address = lieu.Address, UpdatedOn = lieu.UpdatedOn,
        };

        InteropReadResult<Place> result = PlaceInterop.FromLieux([lieu, noInsee]);

        Assert.Single(result.Records);
        Assert.Equal([1], result.RejectedRows);
        Problem problem = Assert.Single(result.Report.Problems);
        Assert.Equal((CsvProblemCodes.ExportConstraint, "rows[1].code_insee"), (problem.Code, problem.Path));
        Assert.Null(PlaceInterop.FromLieu(noInsee));
    }

    [Fact]
    public void ToLieu_ThenFromLieu_GivesBackThePlaceButItsKindAndAdvisors() =>
        Properties.ForAll(TerritoryGenerators.Place, place =>
        {
            var details = new LieuDetails
            {
                Pivot = LieuPivot.FromSiret(Siret.Parse("22400001800016")), PostalCode = PostalCode.Parse("40000"),
                Address = "1 place de la Mairie", CommuneName = "Commune", UpdatedOn = new LocalDate(2024, 1, 1),
            };

            Place again = PlaceInterop.FromLieu(PlaceInterop.ToLieu(place, details))!;

            Assert.Equal((place.Id, place.Name, place.Commune, place.Latitude, place.Longitude, place.Itinerant),
                (again.Id, again.Name, again.Commune, again.Latitude, again.Longitude, again.Itinerant));
            Assert.Equal(place.OpeningHours, again.OpeningHours);
            Assert.Equal((PlaceKind.LieuMediationNumerique, (int?)null), (again.Kind, again.Advisors));
        });

    [Fact]
    public void ToLieu_FranceServicesPlace_ListsTheProgrammeAndWritesAReadableRow()
    {
        var place = new Place
        {
            Id = "fs-1", Name = "France services de Tartas", Commune = InseeCode.Parse("40313"), Kind = PlaceKind.FranceServices,
            Latitude = 43.83, Longitude = -0.8, Itinerant = true,
        };
        var details = new LieuDetails
        {
            Pivot = LieuPivot.FromSiret(Siret.Parse("22400001800016")), PostalCode = PostalCode.Parse("40400"),
            Address = "Place Gambetta", CommuneName = "Tartas", UpdatedOn = new LocalDate(2024, 8, 1),
        };

        LieuMediationNumerique lieu = PlaceInterop.ToLieu(place, details);
        InteropReadResult<LieuMediationNumerique> read = LieuxMediationCsv.ReadFromString(LieuxMediationCsv.WriteToString([lieu]));

        Assert.Equal([NationalProgramme.FranceServices], lieu.NationalProgrammes);
        Assert.Equal([Mobility.Itinerant], lieu.Mobility);
        Assert.True(read.IsComplete, string.Join("; ", read.Report.Problems));
        Assert.Equal(lieu, Assert.Single(read.Records));
    }
}
