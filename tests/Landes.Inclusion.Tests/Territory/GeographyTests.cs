using System.Globalization;
using System.Text.Json;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Territory;

public sealed class GeographyTests
{
    private static readonly Geography France = Geography.France;

    [Fact]
    public void Vintage_IsCog2026Population2023()
    {
        Assert.Equal(2026, France.Vintage.CogYear);
        Assert.Equal(2023, France.Vintage.PopulationYear);
        Assert.Equal("COG 2026, population 2023", France.Vintage.ToString());
    }

    [Fact]
    public void Communes_MatchTheReferenceCsvRowForRow()
    {
        var rows = SharedData.ReadCsv("france-communes-extended.csv").ToList();

        Assert.Equal(34_969, rows.Count);
        Assert.Equal(rows.Count, France.Communes.Count);
        foreach (Dictionary<string, string> row in rows)
        {
            Assert.True(France.TryGetCommune(InseeCode.Parse(row["insee_code"]), out Commune? commune), row["insee_code"]);
            Assert.Equal(row["name"], commune.Name);
            Assert.Equal(row["departement"], commune.Departement.ToString());
            Assert.Equal(Optional(row["arrondissement"]), commune.Arrondissement);
            Assert.Equal(Optional(row["epci_siren"]), commune.Epci?.ToString());
            Assert.Equal(row["population"].Length == 0 ? null : int.Parse(row["population"], CultureInfo.InvariantCulture), commune.Population);
            if (row["latitude"].Length == 0)
            {
                Assert.Null(commune.Centroid);
            }
            else
            {
                Assert.Equal(double.Parse(row["latitude"], CultureInfo.InvariantCulture), commune.Centroid!.Value.Latitude, 6);
                Assert.Equal(double.Parse(row["longitude"], CultureInfo.InvariantCulture), commune.Centroid!.Value.Longitude, 6);
            }

            Assert.Equal(row["surface_km2"].Length == 0 ? null : double.Parse(row["surface_km2"], CultureInfo.InvariantCulture), commune.SurfaceKm2);
        }
    }

    [Fact]
    public void CommunesWithoutCoordinates_AreExactlyThe101OfTheCoverageFile()
    {
        using JsonDocument coverage = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("france-communes-coverage.json")));
        string[] expected = [.. coverage.RootElement.GetProperty("missing_france").EnumerateArray().Select(e => e.GetString()![..5]).Order(StringComparer.Ordinal)];

        string[] actual = [.. France.CommunesWithoutCoordinates.Select(c => c.Code.ToString()).Order(StringComparer.Ordinal)];

        Assert.Equal(101, actual.Length);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Landes_HasTheFiguresOfTheDomainBrief()
    {
        DepartementGeography landes = France.GetDepartement(DepartementCode.Landes);

        Assert.Equal(327, landes.Communes.Count);
        Assert.Equal(433_570, landes.Population);
        Assert.Equal(18, landes.EpciIds.Count);
        Assert.Empty(landes.CommunesWithoutCoordinates);
        Assert.Equal(152, landes.Communes.Count(c => c.Arrondissement == "401"));
        Assert.Equal(243_517, landes.Communes.Where(c => c.Arrondissement == "401").Sum(c => c.Population));
        Assert.Equal(175, landes.Communes.Count(c => c.Arrondissement == "402"));
        Assert.Equal(190_053, landes.Communes.Where(c => c.Arrondissement == "402").Sum(c => c.Population));
    }

    [Fact]
    public void Epcis_OfTheLandes_MatchTheReferenceList()
    {
        foreach (Dictionary<string, string> row in SharedData.ReadCsv("landes-epci.csv"))
        {
            Assert.True(France.TryGetEpci(EpciId.Parse(row["epci_siren"]), out Epci? epci), row["epci_siren"]);
            Assert.Equal(row["epci_name"], epci.Name);
            Assert.Equal(int.Parse(row["communes_total"], CultureInfo.InvariantCulture), epci.Communes.Count);
            Assert.Equal(int.Parse(row["communes_in_40"], CultureInfo.InvariantCulture), epci.Communes.Count(c => c.Departement == DepartementCode.Landes));
            Assert.Equal(long.Parse(row["population_municipale_2023_all_members"], CultureInfo.InvariantCulture), epci.Population);
            EpciKind expected = row["type"] switch
            {
                "CC" => EpciKind.CommunauteCommunes,
                "CA" => EpciKind.CommunauteAgglomeration,
                "CU" => EpciKind.CommunauteUrbaine,
                _ => EpciKind.Metropole,
            };
            Assert.Equal(expected, epci.Kind);
        }
    }

    [Fact]
    public void Epci_StraddlingTheGers_StaysWhole()
    {
        Epci aire = France.FindByName("Aire-sur-l'Adour").Select(c => France.EpciOf(c.Code)).Single()!;

        Assert.Equal("CC d'Aire-sur-l'Adour", aire.Name);
        Assert.Equal(22, aire.Communes.Count);
        Assert.Equal(12, aire.Communes.Count(c => c.Departement == DepartementCode.Landes));
        Assert.Equal([DepartementCode.Parse("32"), DepartementCode.Landes], aire.Departements);
        Assert.Equal(aire.Communes, France.CommunesOf(aire.Id));
        Assert.All(aire.Communes, c => Assert.Equal(aire.Id, c.Epci));
    }

    [Theory]
    [InlineData("MONT DE MARSAN", "40192")]
    [InlineData("mont-de-marsan", "40192")]
    [InlineData("Mont de Marsan", "40192")]
    [InlineData("ST SEVER", "40282")]
    [InlineData("saint-sever", "40282")]
    [InlineData("Morcenx la nouvelle", "40197")]
    public void FindByName_ForgivesCaseAccentsHyphensAndSaint(string name, string code)
    {
        Assert.Contains(France.FindByName(name, DepartementCode.Landes), c => c.Code.ToString() == code);
        Assert.Contains(France.FindByName(name), c => c.Code.ToString() == code);
    }

    [Fact]
    public void FindByName_Homonyms_AreAllReturned()
    {
        IReadOnlyList<Commune> found = France.FindByName("SAINTE COLOMBE");

        Assert.True(found.Count > 5);
        Assert.All(found, c => Assert.Equal("Sainte-Colombe", c.Name));
        Assert.Empty(France.FindByName("Nowhere-sur-Rien"));
    }

    [Fact]
    public void TryGetCommune_MergedCode_IsNotFoundAndNeverDefaulted()
    {
        // 40009, 40107 and 40302 merged into 40197 Morcenx-la-Nouvelle: not communes of COG 2026.
        Assert.False(France.TryGetCommune(InseeCode.Parse("40009"), out Commune? merged));
        Assert.Null(merged);
        Assert.False(France.Contains(default));
        Assert.True(France.TryGetCommune(InseeCode.Parse("40197"), out Commune? morcenx));
        Assert.Equal("Morcenx-la-Nouvelle", morcenx.Name);
    }

    [Fact]
    public void Load_ConcurrentFirstUse_BuildsEachDepartementOnce()
    {
        Geography fresh = Geography.Load(EmbeddedBytes());
        var seen = new System.Collections.Concurrent.ConcurrentBag<DepartementGeography>();

        Parallel.For(0, 64, _ => seen.Add(fresh.GetDepartement(DepartementCode.Landes)));

        Assert.Single(seen.Distinct());
        Assert.Equal(327, seen.First().Communes.Count);
    }

    [Fact]
    public void GetDepartement_Unknown_Throws_AndTryGetDepartementSaysNo()
    {
        Assert.False(France.TryGetDepartement(default, out _));
        Assert.Throws<KeyNotFoundException>(() => France.GetDepartement(default));
        Assert.Equal(109, France.DepartementCodes.Count);
    }

    internal static byte[] EmbeddedBytes()
    {
        using Stream stream = typeof(Geography).Assembly.GetManifestResourceStream("Landes.Inclusion.Territory.Data.france-geography.bin")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string? Optional(string text) => text.Length == 0 ? null : text;
}
