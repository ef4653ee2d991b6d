using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Testing.Territory;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Territory;

public sealed class CoverageAnalyzerTests
{
    private static readonly CoverageAnalyzer Analyzer = new();
    private static readonly Geography France = Geography.France;

    [Fact]
    public void Analyze_OnePlaceAtACentroid_GivesZeroDistanceThereAndCountsItsPopulation()
    {
        Commune montDeMarsan = France.FindByName("Mont-de-Marsan", DepartementCode.Landes).Single();
        var place = new Place { Id = "mdm", Name = "Mairie", Commune = montDeMarsan.Code, Kind = PlaceKind.Permanence, Advisors = 3 };

        CoverageResult result = Analyzer.Analyze(TerritorySelection.Landes, [place]);

        CommuneCoverage row = result.Communes.Single(c => c.Code == montDeMarsan.Code);
        Assert.Equal(0, row.DistanceKm);
        Assert.Equal("mdm", row.NearestPlaceId);
        Assert.Null(row.EstimatedTravelMinutes);
        Assert.Equal(["mdm"], result.ApproximatePlaceIds);
        Assert.Equal(433_570, result.Population);
        Assert.Equal(0, result.PopulationWithoutCoordinates);
        Assert.Equal(327, result.Communes.Count);
        Assert.True(result.Thresholds[0].Population >= montDeMarsan.Population);
        EpciCoverage agglomeration = result.Epcis.Single(e => e.Id == montDeMarsan.Epci);
        Assert.Equal(1, agglomeration.Places);
        Assert.Equal(3, agglomeration.Advisors);
        Assert.Equal(Math.Round(3 * 10_000d / agglomeration.Population, 3), agglomeration.AdvisorsPer10000Inhabitants);
        Assert.All(result.Epcis.Where(e => e.Id != montDeMarsan.Epci), e => Assert.Null(e.Advisors));
    }

    [Fact]
    public void Analyze_Gaps_AreRankedByPopulationTimesExcessDistance()
    {
        CoverageResult result = Analyzer.Analyze(TerritorySelection.Landes, [PlaceValidatorTests.MontDeMarsan()]);

        Assert.NotEmpty(result.Gaps);
        Assert.Equal(result.Gaps.OrderByDescending(g => g.Score).Select(g => g.Code), result.Gaps.Select(g => g.Code));
        Assert.All(result.Gaps, g =>
        {
            Assert.True(g.DistanceKm > result.CoverageRadiusKm);
            Assert.Equal(g.Population * g.ExcessKm, g.Score, (g.Population * 0.0005) + 0.1);
        });
        Assert.Equal(result.Communes.Count(c => c.DistanceKm > result.CoverageRadiusKm), result.Gaps.Count);
    }

    [Fact]
    public void Analyze_TravelTime_IsTheEstimateDistanceTimesDetourOverSpeed()
    {
        var options = new CoverageOptions { TravelTimeEstimate = new TravelTimeEstimateModel { DetourFactor = 1.5, AverageSpeedKmh = 45 } };

        CoverageResult result = Analyzer.Analyze(TerritorySelection.Landes, [PlaceValidatorTests.MontDeMarsan()], options);

        Assert.All(result.Communes, c => Assert.Equal(Math.Round(c.DistanceKm!.Value * 1.5 / 45 * 60, 1), c.EstimatedTravelMinutes!.Value, 0.11));
        Assert.Same(options.TravelTimeEstimate, result.TravelTimeEstimate);
    }

    [Fact]
    public void Analyze_BorderCommune_IsServedByAPlaceOfTheNeighbouringDepartement()
    {
        // Aire-sur-l'Adour (40001) sits on the Gers border; a place in Barcelonne-du-Gers (32027), across the Adour, is nearer than Mont-de-Marsan.
        Commune aire = France.FindByName("Aire-sur-l'Adour").Single();
        var gers = new Place { Id = "gers", Name = "Permanence", Commune = InseeCode.Parse("32027"), Kind = PlaceKind.Permanence };

        CoverageResult result = Analyzer.Analyze(TerritorySelection.Landes, [PlaceValidatorTests.MontDeMarsan(), gers]);

        Assert.Equal("gers", result.Communes.Single(c => c.Code == aire.Code).NearestPlaceId);
    }

    [Fact]
    public void Analyze_CommunesWithoutCoordinates_AreListedAndLeftOutOfTheShares()
    {
        // Calvados: Sannerville (14666) has no centroid.
        TerritorySelection territory = TerritorySelection.OfCommunes([InseeCode.Parse("14666"), InseeCode.Parse("14118")]);
        var caen = new Place { Id = "caen", Name = "Lieu", Commune = InseeCode.Parse("14118"), Kind = PlaceKind.Other };

        CoverageResult result = Analyzer.Analyze(territory, [caen]);

        CommuneCoverage sannerville = result.Communes.Single(c => c.Code.ToString() == "14666");
        Assert.False(sannerville.HasCoordinates);
        Assert.Null(sannerville.DistanceKm);
        Assert.Equal((long)sannerville.Population!.Value, result.PopulationWithoutCoordinates);
        Assert.Equal((long)France.FindByName("Caen").Single().Population!.Value, result.Population);
        Assert.All(result.Thresholds, t => Assert.Equal(1, t.Share));
    }

    [Fact]
    public void Analyze_UnknownTerritory_ThrowsWithEveryProblem()
    {
        var exception = Assert.Throws<ProblemException>(() => Analyzer.Analyze(
            TerritorySelection.OfCommunes([InseeCode.Parse("40009"), InseeCode.Parse("40192"), InseeCode.Parse("40302")]), []));

        Assert.Equal(["communes[0]", "communes[2]"], exception.Report.Problems.Select(p => p.Path));
        Assert.All(exception.Report.Problems, p => Assert.Equal(TerritoryProblemCodes.UnknownCommune, p.Code));
        Assert.False(TerritorySelection.OfEpci(EpciId.Parse("732829320")).TryResolve(France, out _, out ValidationReport epci));
        Assert.Equal(TerritoryProblemCodes.UnknownEpci, Assert.Single(epci.Problems).Code);
        Assert.False(TerritorySelection.OfCommunes([]).TryResolve(France, out _, out ValidationReport empty));
        Assert.Equal(TerritoryProblemCodes.EmptyTerritory, Assert.Single(empty.Problems).Code);
    }

    [Fact]
    public void Analyze_NoPlace_CoversNobodyAndHasNoDistance()
    {
        CoverageResult result = Analyzer.Analyze(TerritorySelection.Landes, []);

        Assert.All(result.Thresholds, t => Assert.Equal(0, t.Share));
        Assert.All(result.Communes, c => Assert.Null(c.DistanceKm));
        Assert.Empty(result.Gaps);
    }

    [Fact]
    public void FindThreshold_ComparesDistancesNotFloatingPointBits()
    {
        var options = new CoverageOptions { ThresholdsKm = [0.3, 10] };
        CoverageResult result = Analyzer.Analyze(TerritorySelection.Landes, [], options);

        Assert.Equal(0.3, result.FindThreshold(0.1 + 0.2)?.ThresholdKm); // 0.30000000000000004
        Assert.True(result.TryGetShareWithin(10.0004, out double share));
        Assert.Equal(0, share);
        Assert.Null(result.FindThreshold(10.01));
        Assert.False(result.TryGetShareWithin(5, out _));
    }

    [Fact]
    public void Analyze_Epci_TakesAllItsMembersAcrossTheBorder()
    {
        Epci aire = France.EpciOf(InseeCode.Parse("40001"))!;

        CoverageResult result = Analyzer.Analyze(TerritorySelection.OfEpci(aire.Id), [PlaceValidatorTests.MontDeMarsan()]);

        Assert.Equal(22, result.Communes.Count);
        Assert.Equal(aire.Population, result.Population);
        Assert.Equal(aire.Id, Assert.Single(result.Epcis).Id);
    }

    [Fact]
    public void Analyze_Shares_AreWithinZeroAndOneAndMonotoneInTheThreshold() =>
        Properties.ForAll(Scenario, s =>
        {
            CoverageResult result = Analyzer.Analyze(s.Territory, s.Places, new CoverageOptions { ThresholdsKm = [2, 5, 10, 15, 20, 40] });
            Assert.All(result.Thresholds, t => Assert.InRange(t.Share, 0, 1));
            Assert.All(result.Epcis, e => Assert.InRange(e.CoveredShare, 0, 1));
            for (int i = 1; i < result.Thresholds.Count; i++)
            {
                Assert.True(result.Thresholds[i].Share >= result.Thresholds[i - 1].Share);
                Assert.True(result.Thresholds[i].Population >= result.Thresholds[i - 1].Population);
            }
        });

    [Fact]
    public void WhatIf_AddingAPlace_NeverLowersAnyCommunesCoverage() =>
        Properties.ForAll(Scenario.SelectMany(s => TerritoryGenerators.Place.Select(p => (s.Territory, s.Places, Added: p))), s =>
        {
            Place added = new() { Id = "added", Name = s.Added.Name, Commune = s.Added.Commune, Kind = s.Added.Kind, Latitude = s.Added.Latitude, Longitude = s.Added.Longitude };
            CoverageComparison comparison = Analyzer.WhatIf(s.Territory, s.Places, [added], []);
            for (int i = 0; i < comparison.Before.Communes.Count; i++)
            {
                double before = comparison.Before.Communes[i].DistanceKm ?? double.PositiveInfinity;
                double after = comparison.After.Communes[i].DistanceKm ?? double.PositiveInfinity;
                Assert.True(after <= before, $"{comparison.Before.Communes[i].Code}: {before} -> {after}");
            }

            Assert.All(comparison.PopulationChangeByThreshold, change => Assert.True(change >= 0));
        });

    [Fact]
    public void WhatIf_RemovingEveryPlace_LeavesNobodyCovered()
    {
        Place[] places = [PlaceValidatorTests.MontDeMarsan()];

        CoverageComparison comparison = Analyzer.WhatIf(TerritorySelection.Landes, places, [], ["fs-mdm"]);

        Assert.True(comparison.Before.Thresholds[^1].Population > 0);
        Assert.All(comparison.After.Thresholds, t => Assert.Equal(0, t.Population));
        Assert.Equal(comparison.Before.Thresholds.Select(t => -t.Population), comparison.PopulationChangeByThreshold);
    }

    [Fact]
    public void Analyze_BadOptions_Throw()
    {
        Assert.Throws<ArgumentException>(() => Analyzer.Analyze(TerritorySelection.Landes, [], new CoverageOptions { ThresholdsKm = [] }));
        Assert.Throws<ArgumentException>(() => Analyzer.Analyze(TerritorySelection.Landes, [], new CoverageOptions { CoverageRadiusKm = double.NaN }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Analyzer.Analyze(TerritorySelection.Landes, [],
            new CoverageOptions { TravelTimeEstimate = new TravelTimeEstimateModel { DetourFactor = 0.5 } }));
    }

    internal static Gen<(TerritorySelection Territory, IReadOnlyList<Place> Places)> Scenario { get; } =
        from territory in TerritoryGenerators.Territory
        from places in TerritoryGenerators.Places
        select (territory, places);
}
