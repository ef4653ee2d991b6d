using System.Globalization;
using System.Text.Json;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Territory;

public sealed class CodeHistoryTests
{
    private static readonly Geography France = Geography.France;

    [Theory]
    [InlineData("40192", CodeStatus.Commune, "40192", "40192", null)]
    [InlineData("75115", CodeStatus.ArrondissementMunicipal, "75056", "75115", null)]
    [InlineData("69388", CodeStatus.ArrondissementMunicipal, "69123", "69388", null)]
    [InlineData("13202", CodeStatus.ArrondissementMunicipal, "13055", "13202", null)]
    [InlineData("93059", CodeStatus.CommuneDeleguee, "93066", "93066", 2025)]
    [InlineData("49069", CodeStatus.CommuneDeleguee, "49126", "49126", 2025)]
    [InlineData("55273", CodeStatus.Ambiguous, null, null, null)]
    [InlineData("40999", CodeStatus.Unknown, null, null, null)]
    public void Resolve_KnownCases_SayWhatTheCodeIsToday(string code, CodeStatus status, string? commune, string? unit, int? since)
    {
        CodeResolution resolution = France.Resolve(code.AsSpan());

        Assert.Equal(code, resolution.Code.ToString());
        Assert.Equal(status, resolution.Status);
        Assert.Equal(commune, resolution.Commune.IsDefault ? null : resolution.Commune.ToString());
        Assert.Equal(unit, resolution.Unit.IsDefault ? null : resolution.Unit.ToString());
        Assert.Equal(since, resolution.SinceCogYear);
    }

    [Fact]
    public void Resolve_MergedBeforeTheHistory_MapsToTheCommuneNouvelleWithoutAYear()
    {
        // 40009 became a commune déléguée of 40197 Morcenx-la-Nouvelle in 2019, before COG 2021.
        CodeResolution resolution = France.Resolve(InseeCode.Parse("40009"));

        Assert.Equal(CodeStatus.CommuneDeleguee, resolution.Status);
        Assert.Equal("40197", resolution.Commune.ToString());
        Assert.Null(resolution.SinceCogYear);
        Assert.True(resolution.IsFormer);
    }

    [Fact]
    public void Resolve_AbsorbedCode_MapsToTheCommuneWhoseFormerCodesHoldIt()
    {
        CodeHistory history = CodeHistory.France;
        CodeResolution absorbed = Enumerable.Range(0, history.Count).Select(i => France.Resolve(history.CodeAt(i)))
            .First(r => r.Status == CodeStatus.Absorbed);

        Assert.True(absorbed.IsFormer);
        Assert.Single(absorbed.Candidates);
        Assert.True(France.TryLocate(absorbed.Code, out Commune? unit));
        Assert.Equal(absorbed.Commune, unit.Code);
    }

    [Fact]
    public void Resolve_AmbiguousCode_IsNotMappedAndListsItsCandidates()
    {
        CodeResolution resolution = France.Resolve(InseeCode.Parse("55273"));

        Assert.False(resolution.IsResolved);
        Assert.Equal(["55245", "55386"], resolution.Candidates.Select(c => c.ToString()));
        Assert.False(France.TryLocate(resolution.Code, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("4019")]
    [InlineData("ABCDE")]
    public void Resolve_TextThatIsNotACode_IsUnknown(string text) =>
        Assert.Equal(CodeStatus.Unknown, France.Resolve(text.AsSpan()).Status);

    [Fact]
    public void Resolve_FromASpan_AllocatesNothing()
    {
        ReadOnlySpan<char> codes = "93059751154019255273";
        _ = France.Resolve(codes[..5]);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int resolved = 0;
        for (int i = 0; i < 10_000; i++)
        {
            resolved += France.Resolve(codes.Slice(5 * (i % 4), 5)).IsResolved ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(7_500, resolved);
    }

    [Fact]
    public void EveryCommuneOfTheGeography_IsACurrentCommuneInTheHistory()
    {
        // The CSV readers' row check skips the history for a code found among the current communes: it relies on this.
        Assert.Equal(34_969, France.Communes.Count);
        foreach (Commune commune in France.Communes)
        {
            CodeResolution resolution = France.Resolve(commune.Code);
            Assert.True(resolution.Status == CodeStatus.Commune && resolution.Unit == commune.Code, resolution.ToString());
        }
    }

    [Fact]
    public void CommuneLocations_GiveEveryCommunesCentroidAndLimit_AndNothingElse()
    {
        // The row check reads these tables instead of the communes.
        foreach (Commune commune in France.Communes)
        {
            Assert.True(France.TryGetCommuneLocation(commune.Code, out CommuneLocation location), commune.ToString());
            Assert.Equal(new CommuneLocation(commune.Code, commune.Centroid, PlaceValidator.FarLimitKm(commune)), location);
        }

        foreach (string code in new[] { "75101", "69381", "13201", "93059", "55273", "40999", "97699", "2A999" })
        {
            Assert.False(France.TryGetCommuneLocation(InseeCode.Parse(code), out _), code);
        }

        Assert.False(France.TryGetCommuneLocation(default, out _));
    }

    [Fact]
    public void EmbeddedHistory_EveryResolvedCodeLeadsToACurrentCommune()
    {
        Assert.Equal([2021, 2022, 2023, 2024, 2025, 2026], France.HistoryVintages.Select(v => v.CogYear));
        Assert.Equal("@etalab/decoupage-administratif 6.0.0", France.HistoryVintages[^1].Source);
        CodeHistory history = CodeHistory.France;
        Assert.Equal(38_888, history.Count);
        var counts = new Dictionary<CodeStatus, int>();
        for (int i = 0; i < history.Count; i++)
        {
            Assert.Equal(history.CodeAt(i), InseeCode.Parse(history.CodeAt(i).ToString())); // read without validation: the builder wrote valid codes
            CodeResolution r = France.Resolve(history.CodeAt(i));
            counts[r.Status] = counts.GetValueOrDefault(r.Status) + 1;
            Assert.NotEqual(CodeStatus.Unknown, r.Status);
            foreach (InseeCode candidate in r.Candidates)
            {
                Assert.True(France.Contains(candidate), $"{r}: {candidate} is not a current commune");
            }

            Assert.Equal(r.IsResolved, France.TryLocate(r.Code, out Commune? unit));
            Assert.Equal(r.IsResolved ? r.Unit : default, unit?.Code ?? default);
        }

        Assert.Equal(34_969, counts[CodeStatus.Commune]);
        Assert.Equal(45, counts[CodeStatus.ArrondissementMunicipal]);
        Assert.Equal(2, counts[CodeStatus.Ambiguous]);
    }

    [Fact]
    public void Arrondissements_MatchTheReferenceCsvRowForRowAndSumToTheirCommune()
    {
        var rows = SharedData.ReadCsv("plm-arrondissements.csv").ToList();

        Assert.Equal(45, rows.Count);
        Assert.Equal(rows.Select(r => r["insee_code"]).Order(StringComparer.Ordinal), France.Arrondissements.Select(a => a.Code.ToString()));
        foreach (Dictionary<string, string> row in rows)
        {
            Assert.True(France.TryGetUnit(InseeCode.Parse(row["insee_code"]), out Commune? unit));
            Assert.False(France.Contains(unit.Code));
            Assert.Equal(TerritoryUnitKind.ArrondissementMunicipal, unit.Kind);
            Assert.Equal(row["name"], unit.Name);
            Assert.Equal(row["commune_code"], unit.ParentCommune.ToString());
            Assert.Equal(int.Parse(row["population"], CultureInfo.InvariantCulture), unit.Population);
            Assert.Equal(double.Parse(row["latitude"], CultureInfo.InvariantCulture), unit.Centroid!.Value.Latitude, 5);
            Assert.Equal(double.Parse(row["longitude"], CultureInfo.InvariantCulture), unit.Centroid!.Value.Longitude, 5);
            Assert.Equal(double.Parse(row["surface_km2"], CultureInfo.InvariantCulture), unit.SurfaceKm2!.Value, 3);
            Assert.Equal(row["postal_codes"], string.Join('|', unit.PostalCodes));
            Commune parent = France.TryGetCommune(unit.ParentCommune!.Value, out Commune? c) ? c : throw new InvalidOperationException();
            Assert.Equal(parent.Epci, unit.Epci);
            Assert.Equal(parent.Departement, unit.Departement);
        }

        foreach (string commune in new[] { "75056", "69123", "13055" })
        {
            InseeCode code = InseeCode.Parse(commune);
            Assert.True(France.TryGetCommune(code, out Commune? parent));
            Assert.Equal(parent.Population, France.ArrondissementsOf(code).Sum(a => a.Population));
        }

        Assert.Equal([20, 9, 16], new[] { "75056", "69123", "13055" }.Select(c => France.ArrondissementsOf(InseeCode.Parse(c)).Count));
        Assert.Empty(France.ArrondissementsOf(InseeCode.Parse("40192")));
    }

    [Theory]
    [InlineData("Pierrefitte-sur-Seine", "93059", "93066")]
    [InlineData("PIERREFITTE SUR SEINE", "93059", "93066")]
    [InlineData("Paris 15e", "75115", "75056")]
    [InlineData("Paris 15e Arrondissement", "75115", "75056")]
    [InlineData("Marseille 1er", "13201", "13055")]
    [InlineData("Champtoceaux", "49069", "49126")]
    [InlineData("Mont-de-Marsan", "40192", "40192")]
    public void ResolveName_FindsCurrentFormerAndArrondissementNames(string name, string code, string commune)
    {
        CodeResolution found = Assert.Single(France.ResolveName(name), r => r.Code.ToString() == code);

        Assert.Equal(commune, found.Commune.ToString());
    }

    [Fact]
    public void DetectCogYear_IsTheMostRecentVintageHoldingEveryCode()
    {
        InseeCode[] Codes(params string[] codes) => [.. codes.Select(InseeCode.Parse)];

        Assert.Equal(2026, France.DetectCogYear(Codes("40192", "75115", "93066")));
        Assert.Equal(2024, France.DetectCogYear(Codes("40192", "93059")));
        Assert.Equal(2024, France.DetectCogYear(Codes("49069")));
        Assert.Null(France.DetectCogYear(Codes("93059", "49126"))); // 49126 Orée d'Anjou exists from 2025 only
        Assert.Null(France.DetectCogYear(Codes("40009")));
        Assert.Null(France.DetectCogYear([]));
    }

    [CogSourcesFact]
    public void Resolve_AnswersEveryCodeOfEveryVintage_RowForRow()
    {
        Dictionary<string, JsonElement[]> latest = CogSources.ReadCommunes("6.0.0")
            .GroupBy(r => r.GetProperty("code").GetString()!).ToDictionary(g => g.Key, g => g.ToArray());
        var formerOf = latest.Values.SelectMany(rows => rows)
            .Where(r => r.GetProperty("type").GetString() == "commune-actuelle" && r.TryGetProperty("anciensCodes", out _))
            .SelectMany(r => r.GetProperty("anciensCodes").EnumerateArray().Select(a => (Old: a.GetString()!, New: r.GetProperty("code").GetString()!)))
            .ToLookup(p => p.Old, p => p.New);
        int checkedRows = 0;
        foreach ((int year, string version) in CogSources.Vintages)
        {
            foreach (JsonElement row in CogSources.ReadCommunes(version))
            {
                string code = row.GetProperty("code").GetString()!;
                string type = row.GetProperty("type").GetString()!;
                CodeResolution r = France.Resolve(code.AsSpan());
                string[] today = [.. latest.GetValueOrDefault(code, []).Select(t => t.GetProperty("type").GetString()!)];
                string where = $"{code} ({type}, COG {year}) → {r}";
                if (today.Contains("commune-actuelle"))
                {
                    Assert.True(r.Status == CodeStatus.Commune, where);
                }
                else if (today.Contains("arrondissement-municipal"))
                {
                    Assert.True(r.Status == CodeStatus.ArrondissementMunicipal && r.Commune.ToString() == latest[code][0].GetProperty("commune").GetString(), where);
                }
                else if (latest.TryGetValue(code, out JsonElement[]? attached))
                {
                    string chefLieu = attached[0].GetProperty("chefLieu").GetString()!;
                    Assert.True(r.Candidates.Any(c => c.ToString() == chefLieu), where);
                    Assert.True(r.Status is CodeStatus.CommuneDeleguee or CodeStatus.CommuneAssociee or CodeStatus.Ambiguous, where);
                }
                else
                {
                    Assert.True(r.Status is CodeStatus.Absorbed or CodeStatus.Ambiguous, where);
                    Assert.Equal(formerOf[code].Order(StringComparer.Ordinal), r.Candidates.Select(c => c.ToString()));
                }

                if (type is "commune-actuelle" or "arrondissement-municipal")
                {
                    Assert.True(France.DetectCogYear([r.Code]) >= year, where);
                }

                checkedRows++;
            }
        }

        Assert.True(checkedRows > 6 * 37_000, checkedRows.ToString(CultureInfo.InvariantCulture));
    }
}
