using FsCheck;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Testing.Identifiers;
using Landes.Inclusion.Tests.Infrastructure;
using Codes = Landes.Inclusion.Identifiers.IdentifierProblemCodes;

namespace Landes.Inclusion.Tests.Identifiers;

public sealed class InseeCodeTests : IdentifierContractTests<InseeCode>
{
    protected override Gen<InseeCode> Valid => IdentifierGenerators.InseeCode;

    protected override Gen<DefectiveText> Defective => IdentifierGenerators.DefectiveInseeCode;

    protected override IEnumerable<(string Text, string Canonical)> ValidExamples =>
    [
        ("40192", "40192"), // Mont-de-Marsan
        ("40197", "40197"), // Morcenx-la-Nouvelle, which absorbed 40009, 40107 and 40302
        (" 2A004 ", "2A004"), // Ajaccio
        ("2B033", "2B033"), // Bastia
        ("97411", "97411"), // Saint-Denis (La Réunion)
        ("97502", "97502"), // Saint-Pierre (Saint-Pierre-et-Miquelon)
        ("97701", "97701"), // Saint-Barthélemy
        ("98735", "98735"), // Papeete
        ("75056", "75056"), // Paris
    ];

    protected override IEnumerable<(string Text, string Code)> InvalidExamples =>
    [
        ("", Codes.Empty),
        ("4019", Codes.InseeCodeFormat),
        ("401920", Codes.InseeCodeFormat),
        ("2a004", Codes.InseeCodeFormat),
        ("4O192", Codes.InseeCodeFormat),
        ("40 192", Codes.InseeCodeFormat),
        ("20004", Codes.InseeCodeRange), // Corsica has been 2A/2B since 1976
        ("00123", Codes.InseeCodeRange),
        ("96001", Codes.InseeCodeRange),
        ("97901", Codes.InseeCodeRange),
        ("40000", Codes.InseeCodeRange),
    ];

    [Theory]
    [InlineData("40192", "40", false)]
    [InlineData("2A004", "2A", false)]
    [InlineData("97411", "974", true)]
    [InlineData("98735", "987", true)]
    public void Departement_IsTheCodePrefix(string code, string departement, bool overseas)
    {
        InseeCode insee = InseeCode.Parse(code);
        Assert.Equal(DepartementCode.Parse(departement), insee.Departement);
        Assert.Equal(overseas, insee.IsOverseas);
    }

    [Fact]
    public void EveryCurrentCommuneOfFrance_Parses()
    {
        int count = 0;
        foreach (Dictionary<string, string> row in SharedData.ReadCsv("france-communes-extended.csv"))
        {
            InseeCode code = InseeCode.Parse(row["insee_code"]);
            Assert.Equal(row["departement"], code.Departement.ToString());
            count++;
        }

        Assert.Equal(34_969, count);
    }
}

public sealed class DepartementCodeTests : IdentifierContractTests<DepartementCode>
{
    protected override Gen<DepartementCode> Valid => IdentifierGenerators.DepartementCode;

    protected override Gen<DefectiveText> Defective => IdentifierGenerators.DefectiveDepartementCode;

    protected override IEnumerable<(string Text, string Canonical)> ValidExamples =>
        [("40", "40"), ("01", "01"), ("2A", "2A"), ("2B", "2B"), ("95", "95"), ("971", "971"), ("976", "976"), ("975", "975"), ("988", "988")];

    protected override IEnumerable<(string Text, string Code)> InvalidExamples =>
        [("1", Codes.DepartementCodeFormat), ("040", Codes.DepartementCodeRange), ("2a", Codes.DepartementCodeFormat), ("20", Codes.DepartementCodeRange), ("96", Codes.DepartementCodeRange), ("985", Codes.DepartementCodeRange), (" ", Codes.Empty)];

    [Theory]
    [InlineData("40", false, false)]
    [InlineData("974", true, false)]
    [InlineData("976", true, false)]
    [InlineData("975", true, true)]
    [InlineData("977", true, true)]
    [InlineData("978", true, true)]
    [InlineData("987", true, true)]
    public void OverseasAndCollectivityFlags(string code, bool overseas, bool collectivity)
    {
        DepartementCode value = DepartementCode.Parse(code);
        Assert.Equal(overseas, value.IsOverseas);
        Assert.Equal(collectivity, value.IsCollectivity);
    }

    [Fact]
    public void Landes_Is40() => Assert.Equal("40", DepartementCode.Landes.ToString());

    [Fact]
    public void Ordering_IsOrdinal()
    {
        string[] codes = ["971", "2B", "40", "01", "2A", "19", "21", "988"];
        Assert.Equal(
            codes.Order(StringComparer.Ordinal),
            codes.Select(DepartementCode.Parse).Order().Select(c => c.ToString()));
    }
}

public sealed class SirenTests : IdentifierContractTests<Siren>
{
    protected override Gen<Siren> Valid => IdentifierGenerators.Siren;

    protected override Gen<DefectiveText> Defective => IdentifierGenerators.DefectiveSiren;

    protected override IEnumerable<(string Text, string Canonical)> ValidExamples =>
    [
        ("356000000", "356000000"), // La Poste
        ("356 000 000", "356000000"),
        ("224000018", "224000018"), // Département des Landes
        ("244000808", "244000808"), // CA Mont de Marsan Agglomération
    ];

    protected override IEnumerable<(string Text, string Code)> InvalidExamples =>
        [("356000001", Codes.SirenChecksum), ("35600000", Codes.SirenFormat), ("356 0000 00", Codes.SirenFormat), ("3560000000", Codes.SirenFormat), ("ABCDEFGHI", Codes.SirenFormat)];

    [Fact]
    public void LaPoste_IsRecognised()
    {
        Assert.True(Siren.Parse("356000000").IsLaPoste);
        Assert.False(Siren.Parse("244000808").IsLaPoste);
    }
}

public sealed class SiretTests : IdentifierContractTests<Siret>
{
    protected override Gen<Siret> Valid => IdentifierGenerators.Siret;

    protected override Gen<DefectiveText> Defective => IdentifierGenerators.DefectiveSiret;

    protected override IEnumerable<(string Text, string Canonical)> ValidExamples =>
    [
        ("35600000000048", "35600000000048"), // La Poste head office: passes Luhn
        ("356 000 000 00048", "35600000000048"),
        ("20003043500123", "20003043500123"), // CC d'Aire-sur-l'Adour, CnFS host in 2021
        ("35600000000001", "35600000000001"), // a La Poste establishment valid by the digit-sum rule only
    ];

    protected override IEnumerable<(string Text, string Code)> InvalidExamples =>
    [
        ("35600000000049", Codes.SiretChecksum),
        ("20003043500124", Codes.SiretChecksum),
        ("20003043600121", Codes.SiretSirenChecksum), // 14 digits pass Luhn, the SIREN 200030436 does not
        ("2000304350012", Codes.SiretFormat),
        ("200 030 435 0012 3", Codes.SiretFormat),
    ];

    [Fact]
    public void LaPosteException_IsAnAlternativeNotAReplacement()
    {
        // 35600000000001: digit sum 15 (a multiple of 5) but fails Luhn: valid only through La Poste's rule.
        Assert.False(LuhnOracle("35600000000001"));
        Assert.True(Siret.TryParse("35600000000001", out _));

        // The same digit-sum property does not help a SIRET of another SIREN.
        string other = "24400080800004";
        Assert.Equal(0, other.Sum(c => c - '0') % 5);
        Assert.False(LuhnOracle(other));
        Assert.False(Siret.TryParse(other, out _));

        // La Poste's head office passes Luhn: its digit sum (18) is not a multiple of 5.
        Assert.True(LuhnOracle("35600000000048"));
        Assert.NotEqual(0, "35600000000048".Sum(c => c - '0') % 5);
    }

    [Fact]
    public void EveryValidSiret_HasASirenPartThatPassesItsOwnKey() =>
        Properties.ForAll(IdentifierGenerators.Siret, siret =>
        {
            Assert.True(Siren.TryParse(siret.ToString()[..9], out Siren siren));
            Assert.Equal(siren, siret.Siren);
        });

    [Fact]
    public void SirenAndNic_SplitTheNumber()
    {
        Siret siret = Siret.Parse("20003043500123");
        Assert.Equal(Siren.Parse("200030435"), siret.Siren);
        Assert.Equal("00123", siret.Nic);
    }

    [Fact]
    public void EveryCnfsHostStructureOfTheLandes_HasAValidSiret()
    {
        foreach (Dictionary<string, string> row in SharedData.ReadCsv("landes-cnfs-structures-2021.csv"))
        {
            Assert.True(Siret.TryParse(row["siret"], out _), row["siret"]);
        }
    }

    private static bool LuhnOracle(string digits) =>
        digits.Reverse().Select((c, i) => i % 2 == 1 ? ((c - '0') * 2 % 10) + ((c - '0') * 2 / 10) : c - '0').Sum() % 10 == 0;
}

public sealed class PostalCodeTests : IdentifierContractTests<PostalCode>
{
    protected override Gen<PostalCode> Valid => IdentifierGenerators.PostalCode;

    protected override Gen<DefectiveText> Defective => IdentifierGenerators.DefectivePostalCode;

    protected override IEnumerable<(string Text, string Canonical)> ValidExamples =>
        [("40000", "40000"), ("01000", "01000"), ("20000", "20000"), ("97400", "97400"), ("98000", "98000"), (" 40800 ", "40800")];

    protected override IEnumerable<(string Text, string Code)> InvalidExamples =>
        [("4000", Codes.PostalCodeFormat), ("00400", Codes.PostalCodeRange), ("99999", Codes.PostalCodeRange), ("40 000", Codes.PostalCodeFormat)];
}

public sealed class RncpCodeTests : IdentifierContractTests<RncpCode>
{
    protected override Gen<RncpCode> Valid => IdentifierGenerators.RncpCode;

    protected override Gen<DefectiveText> Defective => IdentifierGenerators.DefectiveRncpCode;

    protected override IEnumerable<(string Text, string Canonical)> ValidExamples =>
        [("RNCP34137", "RNCP34137"), ("RNCP40695", "RNCP40695"), (" RNCP1 ", "RNCP1")];

    protected override IEnumerable<(string Text, string Code)> InvalidExamples =>
        [("rncp34137", Codes.RncpCodeFormat), ("RNCP034137", Codes.RncpCodeFormat), ("RNCP", Codes.RncpCodeFormat), ("RNCP 34137", Codes.RncpCodeFormat), ("34137", Codes.RncpCodeFormat)];

    [Fact]
    public void Number_IsTheRecordNumber() => Assert.Equal(34137, RncpCode.Parse("RNCP34137").Number);
}

public sealed class RncpBlockCodeTests : IdentifierContractTests<RncpBlockCode>
{
    protected override Gen<RncpBlockCode> Valid => IdentifierGenerators.RncpBlockCode;

    protected override Gen<DefectiveText> Defective => IdentifierGenerators.DefectiveRncpBlockCode;

    protected override IEnumerable<(string Text, string Canonical)> ValidExamples =>
        [("RNCP34137BC01", "RNCP34137BC01"), ("RNCP34137BC03", "RNCP34137BC03"), ("RNCP40695BC12", "RNCP40695BC12")];

    protected override IEnumerable<(string Text, string Code)> InvalidExamples =>
        [("RNCP34137BC1", Codes.RncpBlockCodeFormat), ("RNCP34137BC00", Codes.RncpBlockCodeFormat), ("RNCP34137", Codes.RncpBlockCodeFormat), ("RNCPBC01", Codes.RncpBlockCodeFormat), ("RNCP34137BC001", Codes.RncpBlockCodeFormat)];

    [Fact]
    public void Parts_AreExposed()
    {
        RncpBlockCode code = RncpBlockCode.Parse("RNCP34137BC02");
        Assert.Equal(RncpCode.Parse("RNCP34137"), code.Certification);
        Assert.Equal(2, code.BlockNumber);
        Assert.Equal(code, RncpBlockCode.Create(RncpCode.FromNumber(34137), 2));
    }
}

public sealed class TitreProfessionnelCodeTests : IdentifierContractTests<TitreProfessionnelCode>
{
    protected override Gen<TitreProfessionnelCode> Valid => IdentifierGenerators.TitreProfessionnelCode;

    protected override Gen<DefectiveText> Defective => IdentifierGenerators.DefectiveTitreProfessionnelCode;

    protected override IEnumerable<(string Text, string Canonical)> ValidExamples =>
        [("TP-01336", "TP-01336"), (" TP-00001 ", "TP-00001")];

    protected override IEnumerable<(string Text, string Code)> InvalidExamples =>
        [("TP01336", Codes.TitreProfessionnelCodeFormat), ("TP-1336", Codes.TitreProfessionnelCodeFormat), ("tp-01336", Codes.TitreProfessionnelCodeFormat), ("TP-00000", Codes.TitreProfessionnelCodeFormat)];
}

public sealed class EpciIdTests : IdentifierContractTests<EpciId>
{
    protected override Gen<EpciId> Valid => IdentifierGenerators.EpciId;

    protected override Gen<DefectiveText> Defective => IdentifierGenerators.DefectiveEpciId;

    protected override IEnumerable<(string Text, string Canonical)> ValidExamples =>
        [("244000808", "244000808"), ("200030435", "200030435"), ("244 000 675", "244000675")];

    protected override IEnumerable<(string Text, string Code)> InvalidExamples =>
        [("244000809", Codes.EpciIdChecksum), ("24400080", Codes.EpciIdFormat), ("", Codes.Empty)];

    [Fact]
    public void EveryEpciOfTheLandes_HasAValidSiren()
    {
        int count = 0;
        foreach (Dictionary<string, string> row in SharedData.ReadCsv("landes-epci.csv"))
        {
            EpciId id = EpciId.Parse(row["epci_siren"]);
            Assert.Equal(row["epci_siren"], id.Siren.ToString());
            count++;
        }

        Assert.Equal(18, count);
    }
}
