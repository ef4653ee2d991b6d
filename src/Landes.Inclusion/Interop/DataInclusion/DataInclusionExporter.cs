using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Schedules;

namespace Landes.Inclusion.Interop.DataInclusion;

/// <summary>
/// Exports « lieux de médiation numérique » places as data·inclusion v1.0.8 structures and services: one structure a
/// place, one service for each of its <see cref="LieuMediationNumerique.Services"/>. docs/interop.md gives the field
/// mapping and what is approximated.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static partial class DataInclusionExporter
{
    private const int NameMinLength = 3;
    private const int NameMaxLength = 150;
    private const int DescriptionMinLength = 5;
    private const int DescriptionMaxLength = 10_000;

    /// <summary>Exports places.</summary>
    /// <param name="places">The places.</param>
    /// <param name="source">The producer identifier written in <c>source</c> (for example the département's data·inclusion source name).</param>
    /// <returns>The structures, services and problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is empty.</exception>
    public static DataInclusionExport Export(IEnumerable<LieuMediationNumerique> places, string source)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var structures = new List<DataInclusionStructure>();
        var services = new List<DataInclusionService>();
        var problems = new List<Problem>();
        int index = 0;
        foreach (LieuMediationNumerique place in places)
        {
            ArgumentNullException.ThrowIfNull(place, nameof(places));
            string path = ProblemPath.Index("places", index++);
            if (place.Name.Length is < NameMinLength or > NameMaxLength)
            {
                problems.Add(new Problem(CsvProblemDefinitions.ExportConstraint, ProblemPath.Member(path, "nom"),
                    ProblemArguments.Of(("field", "nom"), ("constraint", "3 à 150 caractères / 3 to 150 characters"))));
                continue;
            }

            var context = new PlaceContext(path, problems);
            string? hours = place.Schedule is null ? null : OsmOpeningHours.Format(place.Schedule, publicHolidaysOff: true);
            string? email = context.Single(place.Emails, "courriels", "courriel", IsEmail);
            structures.Add(new DataInclusionStructure
            {
                Source = source,
                Id = place.Id,
                Name = place.Name,
                UpdatedOn = place.UpdatedOn,
                Siret = place.Pivot.Siret?.ToString(),
                Address = place.Address,
                AddressComplement = place.AddressComplement,
                InseeCode = place.InseeCode?.ToString(),
                PostalCode = place.PostalCode.ToString(),
                Commune = place.Commune,
                Latitude = place.Latitude,
                Longitude = place.Longitude,
                Telephone = place.Telephone,
                Email = email,
                Website = context.Single(place.Websites, "site_web", "site_web", IsUri),
                Description = context.Description(place),
                OpeningHours = hours,
                AccessibilityLink = context.Uri(place.AccessibilitySheet, "fiche_acces_libre", "accessibilite_lieu"),
                Networks = Networks(place, context),
            });
            foreach (MediationService service in place.Services)
            {
                services.Add(ServiceOf(place, service, source, email, hours, context));
            }
        }

        return new DataInclusionExport(structures, services, new ValidationReport(problems));
    }

    private static DataInclusionService ServiceOf(LieuMediationNumerique place, MediationService service, string source, string? email, string? hours, PlaceContext context)
    {
        string label = LieuxMediationVocabulary.Label(service);
        bool paid = place.Costs.Contains(AccessCost.Paid);
        bool free = place.Costs.Contains(AccessCost.Free) || place.Costs.Contains(AccessCost.FreeUnderConditions);
        List<string> mobilisation = [];
        void Add(List<string> list, string value)
        {
            if (!list.Contains(value))
            {
                list.Add(value);
            }
        }

        foreach (AccessMode mode in place.AccessModes)
        {
            switch (mode)
            {
                case AccessMode.WalkIn: Add(mobilisation, "se-presenter"); break;
                case AccessMode.Telephone: Add(mobilisation, "telephoner"); break;
                case AccessMode.Email or AccessMode.PrescriptionByEmail: Add(mobilisation, "envoyer-un-courriel"); break;
                case AccessMode.OnlineAppointment when place.AppointmentLink is not null: Add(mobilisation, "utiliser-lien-mobilisation"); break;
                default: break;
            }
        }

        List<string> mobilisableBy = [];
        if (place.AccessModes.Any(m => m is AccessMode.WalkIn or AccessMode.Telephone or AccessMode.Email or AccessMode.OnlineAppointment))
        {
            mobilisableBy.Add("usagers");
        }

        if (place.AccessModes.Contains(AccessMode.PrescriptionByEmail))
        {
            mobilisableBy.Add("professionnels");
        }

        List<string> reception = [];
        bool receivesPublic = !place.AccessModes.Contains(AccessMode.NoPublicReception);
        if (receivesPublic && (place.SupportModes.Count == 0 || place.SupportModes.Any(m => m != SupportMode.Remote)))
        {
            reception.Add("en-presentiel");
        }

        if (place.SupportModes.Contains(SupportMode.Remote))
        {
            reception.Add("a-distance");
        }

        return new DataInclusionService
        {
            Source = source,
            Id = place.Id + "--" + Slug(service),
            StructureId = place.Id,
            Name = label,
            Description = label + " : service proposé par « " + place.Name + " » (" + place.Commune + ").",
            UpdatedOn = place.UpdatedOn,
            Type = service is MediationService.AffordableEquipment or MediationService.InternetAndEquipmentAccess ? "aide-materielle" : "accompagnement",
            Themes = Themes(service),
            Cost = paid ? "payant" : free ? "gratuit" : null,
            CostDetails = place.Costs.Contains(AccessCost.FreeUnderConditions) ? LieuxMediationVocabulary.Label(AccessCost.FreeUnderConditions) : null,
            Publics = Publics(place),
            PublicsDetails = PublicsDetails(place),
            ReceptionModes = reception,
            MobilisationModes = mobilisation,
            MobilisableBy = mobilisableBy,
            MobilisationLink = context.Uri(place.AppointmentLink, "prise_rdv", "lien_mobilisation", report: false),
            Address = place.Address,
            AddressComplement = place.AddressComplement,
            InseeCode = place.InseeCode?.ToString(),
            PostalCode = place.PostalCode.ToString(),
            Commune = place.Commune,
            Latitude = place.Latitude,
            Longitude = place.Longitude,
            Telephone = place.Telephone,
            Email = email,
            OpeningHours = hours,
        };
    }

    private static string Slug(MediationService service) => service switch
    {
        MediationService.AdministrativeProcedures => "aide-demarches-administratives",
        MediationService.EverydayDigitalTools => "maitrise-outils-numeriques",
        MediationService.ProfessionalInsertion => "insertion-professionnelle",
        MediationService.SafeDigitalUse => "utilisation-securisee",
        MediationService.ParentingAndEducation => "parentalite-education",
        MediationService.LeisureAndCreation => "loisirs-creations",
        MediationService.UnderstandingTheDigitalWorld => "comprehension-monde-numerique",
        MediationService.InternetAndEquipmentAccess => "acces-internet-materiel",
        MediationService.AffordableEquipment => "materiel-prix-solidaire",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not a service of the standard."),
    };

    private static IReadOnlyList<string> Themes(MediationService service) => service switch
    {
        MediationService.AdministrativeProcedures =>
            ["numerique--acceder-a-des-services-en-ligne", "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"],
        MediationService.ProfessionalInsertion =>
            ["numerique--maitriser-les-fondamentaux-du-numerique", "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi"],
        MediationService.ParentingAndEducation =>
            ["numerique--maitriser-les-fondamentaux-du-numerique", "famille--soutien-a-la-parentalite-et-a-leducation"],
        MediationService.InternetAndEquipmentAccess => ["numerique--acceder-a-une-connexion-internet"],
        MediationService.AffordableEquipment => ["numerique--acquerir-un-equipement"],
        _ => ["numerique--maitriser-les-fondamentaux-du-numerique"],
    };

    private static List<string> Publics(LieuMediationNumerique place)
    {
        var publics = new List<string>();
        foreach (SpecificPublic value in place.Publics)
        {
            publics.Add(value switch
            {
                SpecificPublic.Youth => "jeunes",
                SpecificPublic.Students => "etudiants",
                SpecificPublic.FamiliesAndChildren => "familles",
                SpecificPublic.Seniors => "seniors",
                SpecificPublic.Women => "femmes",
                _ => throw new ArgumentOutOfRangeException(nameof(place), value, "Not a public of the standard."),
            });
        }

        if (place.SpecificSupports.Any(s => s is SpecificSupport.Deafness or SpecificSupport.MotorDisabilities or SpecificSupport.MentalDisabilities or SpecificSupport.VisualImpairment))
        {
            publics.Add("personnes-en-situation-de-handicap");
        }

        return publics.Count == 0 ? ["tous-publics"] : publics;
    }

    private static string? PublicsDetails(LieuMediationNumerique place) =>
        place.SpecificSupports.Count == 0
            ? null
            : "Prise en charge spécifique : " + string.Join(", ", place.SpecificSupports.Select(LieuxMediationVocabulary.Label)) + ".";

    private static List<string> Networks(LieuMediationNumerique place, PlaceContext context)
    {
        var networks = new List<string>();
        foreach (NationalProgramme programme in place.NationalProgrammes)
        {
            string? network = programme switch
            {
                NationalProgramme.AidantsConnect => "aidants-connect",
                NationalProgramme.ConseillersNumeriques => "conseillers-numeriques",
                NationalProgramme.FranceServices => "france-service",
                NationalProgramme.CroixRouge => "croix-rouge",
                NationalProgramme.EmmausConnect or NationalProgramme.EmmausConnectRelay => "emmaus",
                NationalProgramme.GrandeEcoleDuNumerique => "grandes-ecoles-du-numerique",
                _ => null,
            };
            if (network is null)
            {
                context.Dropped(LieuxMediationVocabulary.Label(programme), "dispositif_programmes_nationaux", "reseaux_porteurs");
            }
            else if (!networks.Contains(network))
            {
                networks.Add(network);
            }
        }

        if (place.TrainingLabels.Contains(TrainingLabel.FabriquesDeTerritoire))
        {
            networks.Add("fabrique-de-territoire");
        }

        return networks;
    }

    private static bool IsEmail(string value)
    {
        int at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1 && !value.EndsWith('.') && !value.Any(char.IsWhiteSpace);
    }

    private static bool IsUri(string value) =>
        value.Length <= 2083 && System.Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https" && !value.Any(char.IsWhiteSpace);

    /// <summary>The problems of one place.</summary>
    private sealed class PlaceContext(string path, List<Problem> problems)
    {
        public void Dropped(string value, string field, string target) =>
            problems.Add(new Problem(CsvProblemDefinitions.ExportValueDropped, ProblemPath.Member(path, field), ProblemArguments.Of(("value", value), ("field", target))));

        // data·inclusion keeps one value: the first valid one; the others are reported.
        public string? Single(IReadOnlyList<string> values, string field, string target, Func<string, bool> valid)
        {
            string? kept = null;
            foreach (string value in values)
            {
                if (kept is null && valid(value))
                {
                    kept = value;
                }
                else
                {
                    Dropped(value, field, target);
                }
            }

            return kept;
        }

        public string? Uri(string? value, string field, string target, bool report = true)
        {
            if (value is null || IsUri(value))
            {
                return value;
            }

            if (report)
            {
                Dropped(value, field, target);
            }

            return null;
        }

        public string? Description(LieuMediationNumerique place)
        {
            string? description = place.Description ?? place.Summary;
            if (description is null || description.Length is >= DescriptionMinLength and <= DescriptionMaxLength)
            {
                return description;
            }

            Dropped(description, place.Description is null ? "presentation_resume" : "presentation_detail", "description");
            return null;
        }
    }
}
