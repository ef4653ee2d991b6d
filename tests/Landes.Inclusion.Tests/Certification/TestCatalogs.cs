using Landes.Inclusion.Certification;
using NodaTime;

namespace Landes.Inclusion.Tests.Certification;

/// <summary>Small hand-written catalogs for the rules the embedded one cannot show (a closed title, a published correspondence).</summary>
internal static class TestCatalogs
{
    public static CertificationCatalog Closed(LocalDate? validFrom = null, LocalDate? validUntil = null) => new()
    {
        Titles =
        [
            new TitleVersion
            {
                Id = "tp-closed",
                Lineage = "closed",
                Name = "Titre clôturé",
                LegalText = new LegalText { Name = "Arrêté d'essai", Date = new LocalDate(2015, 6, 1) },
                ValidFrom = validFrom ?? new LocalDate(2016, 1, 1),
                ValidUntil = validUntil ?? new LocalDate(2020, 12, 31),
                EndStatus = TitleEndStatus.Closed,
                Blocks = [Block(1), Block(2)],
                BlocksComplete = true,
                Ccs = [new CcsDefinition { Id = "ccs-1", Label = "CCS d'essai" }],
            },
        ],
    };

    public static CertificationCatalog Revised() => new()
    {
        Titles =
        [
            new TitleVersion
            {
                Id = "tp-old",
                Lineage = "revised",
                Name = "Ancien titre",
                LegalText = new LegalText { Name = "Arrêté ancien", Date = new LocalDate(2016, 6, 1) },
                ValidFrom = new LocalDate(2016, 9, 1),
                ValidUntil = new LocalDate(2019, 8, 31),
                EndStatus = TitleEndStatus.Revised,
                Successor = "tp-new",
                Blocks = [Block(1), Block(2)],
                BlocksComplete = true,
            },
            new TitleVersion
            {
                Id = "tp-new",
                Lineage = "revised",
                Name = "Nouveau titre",
                LegalText = new LegalText { Name = "Arrêté nouveau", Date = new LocalDate(2019, 6, 1) },
                ValidFrom = new LocalDate(2019, 9, 1),
                Predecessor = "tp-old",
                Blocks = [Block(1), Block(2), Block(3)],
                BlocksComplete = true,
            },
        ],
        Correspondences =
        [
            new Correspondence { From = "tp-old", To = "tp-new", Status = CorrespondenceStatus.Published, Mappings = [new BlockMapping { FromBlock = 1, ToBlock = 2 }] },
        ],
    };

    private static CertificationBlock Block(int number) => new() { Number = number, Label = "Bloc " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
