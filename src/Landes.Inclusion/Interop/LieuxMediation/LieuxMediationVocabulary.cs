using Landes.Inclusion.Interop.Csv;

namespace Landes.Inclusion.Interop.LieuxMediation;

/// <summary>
/// The labels of the enumerations of the « lieux de médiation numérique » standard v1.0.2, exactly as its schema's
/// patterns write them (the values the writer produces).
/// </summary>
/// <remarks>
/// The reader also accepts, with a correction warning (<c>LI-CSV-014</c>), a label written with other case, accents,
/// spaces or apostrophes, and these known variants: the forms of the schema's descriptions that differ from its
/// patterns (« Comprehension du monde numérique », « Étapes numériques (La Poste) », « Dans un atelier collectif :
/// j'apprends collectivement à utiliser le numérique », « À distance (par téléphone ou en visioconférence) ») and
/// « Bibliothèques numériques de référence ». Stateless and thread-safe.
/// </remarks>
public static class LieuxMediationVocabulary
{
    internal static readonly Vocabulary<MediationService> Services = new(
        [
            (MediationService.AdministrativeProcedures, "Aide aux démarches administratives"),
            (MediationService.EverydayDigitalTools, "Maîtrise des outils numériques du quotidien"),
            (MediationService.ProfessionalInsertion, "Insertion professionnelle via le numérique"),
            (MediationService.SafeDigitalUse, "Utilisation sécurisée du numérique"),
            (MediationService.ParentingAndEducation, "Parentalité et éducation avec le numérique"),
            (MediationService.LeisureAndCreation, "Loisirs et créations numériques"),
            (MediationService.UnderstandingTheDigitalWorld, "Compréhension du monde numérique"),
            (MediationService.InternetAndEquipmentAccess, "Accès internet et matériel informatique"),
            (MediationService.AffordableEquipment, "Acquisition de matériel informatique à prix solidaire"),
        ]);

    internal static readonly Vocabulary<SpecificPublic> Publics = new(
        [
            (SpecificPublic.Youth, "Jeunes"), (SpecificPublic.Students, "Étudiants"), (SpecificPublic.FamiliesAndChildren, "Familles et/ou enfants"),
            (SpecificPublic.Seniors, "Seniors"), (SpecificPublic.Women, "Femmes"),
        ]);

    internal static readonly Vocabulary<SpecificSupport> Supports = new(
        [
            (SpecificSupport.Deafness, "Surdité"), (SpecificSupport.MotorDisabilities, "Handicaps moteurs"),
            (SpecificSupport.MentalDisabilities, "Handicaps mentaux"), (SpecificSupport.Illiteracy, "Illettrisme"),
            (SpecificSupport.ForeignLanguagesEnglish, "Langues étrangères (anglais)"), (SpecificSupport.ForeignLanguagesOther, "Langues étrangères (autres)"),
            (SpecificSupport.VisualImpairment, "Déficience visuelle"),
        ]);

    internal static readonly Vocabulary<AccessCost> Costs = new(
        [(AccessCost.Free, "Gratuit"), (AccessCost.FreeUnderConditions, "Gratuit sous condition"), (AccessCost.Paid, "Payant")]);

    internal static readonly Vocabulary<NationalProgramme> Programmes = new(
        [
            (NationalProgramme.AidantsConnect, "Aidants Connect"), (NationalProgramme.ReferenceDigitalLibraries, "Bibliothèques numérique de référence"),
            (NationalProgramme.PixCertification, "Certification PIX"), (NationalProgramme.ConseillersNumeriques, "Conseillers numériques"),
            (NationalProgramme.EmmausConnect, "Emmaüs Connect"), (NationalProgramme.FranceServices, "France Services"),
            (NationalProgramme.GrandeEcoleDuNumerique, "Grande école du numérique"), (NationalProgramme.CroixRouge, "La Croix Rouge"),
            (NationalProgramme.CafDigitalAccessPoint, "Point d'accès numérique CAF"), (NationalProgramme.PromeneursDuNet, "Promeneurs du net"),
            (NationalProgramme.EmmausConnectRelay, "Relais numérique (Emmaüs Connect)"),
        ],
        ("Bibliothèques numériques de référence", NationalProgramme.ReferenceDigitalLibraries));

    internal static readonly Vocabulary<TrainingLabel> Labels = new(
        [
            (TrainingLabel.MonEspaceSante, "Formé à « Mon Espace Santé »"), (TrainingLabel.Duplex, "Formé à « DUPLEX » (illettrisme)"),
            (TrainingLabel.ArniaMedNumBfc, "Arnia/MedNum BFC (Bourgogne-Franche-Comté)"),
            (TrainingLabel.CollectifRessourcesReemploi, "Collectif ressources et acteurs réemploi (Normandie)"),
            (TrainingLabel.EtapesNumeriques, "Étapes numériques(La Poste)"), (TrainingLabel.FabriquesDeTerritoire, "Fabriques de Territoire"),
            (TrainingLabel.EclaireursDuNumerique, "Les Éclaireurs du numérique (Drôme)"), (TrainingLabel.MesPapiers, "Mes Papiers (Métropole de Lyon)"),
            (TrainingLabel.Ordi30, "ORDI 3.0"), (TrainingLabel.SudLabs, "SUD LABS (PACA)"),
        ]);

    internal static readonly Vocabulary<AccessMode> AccessModes = new(
        [
            (AccessMode.WalkIn, "Se présenter"), (AccessMode.Telephone, "Téléphoner"), (AccessMode.Email, "Contacter par mail"),
            (AccessMode.OnlineAppointment, "Prendre un RDV en ligne"), (AccessMode.NoPublicReception, "Ce lieu n'accueille pas de public"),
            (AccessMode.PrescriptionByEmail, "Envoyer un mail avec une fiche de prescription"),
        ]);

    internal static readonly Vocabulary<SupportMode> SupportModes = new(
        [
            (SupportMode.Autonomous, "En autonomie"), (SupportMode.Individual, "Accompagnement individuel"),
            (SupportMode.Workshop, "Dans un atelier collectif"), (SupportMode.Remote, "À distance"),
        ],
        ("Dans un atelier collectif : j'apprends collectivement à utiliser le numérique", SupportMode.Workshop),
        ("À distance (par téléphone ou en visioconférence)", SupportMode.Remote));

    internal static readonly Vocabulary<Mobility> Mobilities = new([(Mobility.Itinerant, "Itinérant"), (Mobility.Fixed, "Fixe")]);

    /// <summary>Gets the standard's label of a service.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Label(MediationService value) => Services.Label(value);

    /// <summary>Gets the standard's label of a public.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Label(SpecificPublic value) => Publics.Label(value);

    /// <summary>Gets the standard's label of a specific support.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Label(SpecificSupport value) => Supports.Label(value);

    /// <summary>Gets the standard's label of a financial condition.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Label(AccessCost value) => Costs.Label(value);

    /// <summary>Gets the standard's label of a national programme.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Label(NationalProgramme value) => Programmes.Label(value);

    /// <summary>Gets the standard's label of a training or label.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Label(TrainingLabel value) => Labels.Label(value);

    /// <summary>Gets the standard's label of an access mode.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Label(AccessMode value) => AccessModes.Label(value);

    /// <summary>Gets the standard's label of a support mode.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Label(SupportMode value) => SupportModes.Label(value);

    /// <summary>Gets the standard's label of a mobility value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Label(Mobility value) => Mobilities.Label(value);
}
