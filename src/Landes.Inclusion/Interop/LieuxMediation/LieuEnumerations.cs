namespace Landes.Inclusion.Interop.LieuxMediation;

/// <summary>A service of a place (column <c>services</c> of the standard v1.0.2).</summary>
public enum MediationService
{
    /// <summary>« Aide aux démarches administratives ».</summary>
    AdministrativeProcedures,

    /// <summary>« Maîtrise des outils numériques du quotidien ».</summary>
    EverydayDigitalTools,

    /// <summary>« Insertion professionnelle via le numérique ».</summary>
    ProfessionalInsertion,

    /// <summary>« Utilisation sécurisée du numérique ».</summary>
    SafeDigitalUse,

    /// <summary>« Parentalité et éducation avec le numérique ».</summary>
    ParentingAndEducation,

    /// <summary>« Loisirs et créations numériques ».</summary>
    LeisureAndCreation,

    /// <summary>« Compréhension du monde numérique ».</summary>
    UnderstandingTheDigitalWorld,

    /// <summary>« Accès internet et matériel informatique ».</summary>
    InternetAndEquipmentAccess,

    /// <summary>« Acquisition de matériel informatique à prix solidaire ».</summary>
    AffordableEquipment,
}

/// <summary>A public a place specifically addresses (column <c>publics_specifiquement_adresses</c>).</summary>
public enum SpecificPublic
{
    /// <summary>« Jeunes ».</summary>
    Youth,

    /// <summary>« Étudiants ».</summary>
    Students,

    /// <summary>« Familles et/ou enfants ».</summary>
    FamiliesAndChildren,

    /// <summary>« Seniors ».</summary>
    Seniors,

    /// <summary>« Femmes ».</summary>
    Women,
}

/// <summary>A specific need a place can support (column <c>prise_en_charge_specifique</c>).</summary>
public enum SpecificSupport
{
    /// <summary>« Surdité ».</summary>
    Deafness,

    /// <summary>« Handicaps moteurs ».</summary>
    MotorDisabilities,

    /// <summary>« Handicaps mentaux ».</summary>
    MentalDisabilities,

    /// <summary>« Illettrisme ».</summary>
    Illiteracy,

    /// <summary>« Langues étrangères (anglais) ».</summary>
    ForeignLanguagesEnglish,

    /// <summary>« Langues étrangères (autres) ».</summary>
    ForeignLanguagesOther,

    /// <summary>« Déficience visuelle ».</summary>
    VisualImpairment,
}

/// <summary>The financial conditions of access (column <c>frais_a_charge</c>).</summary>
public enum AccessCost
{
    /// <summary>« Gratuit ».</summary>
    Free,

    /// <summary>« Gratuit sous condition ».</summary>
    FreeUnderConditions,

    /// <summary>« Payant ».</summary>
    Paid,
}

/// <summary>A national scheme or programme the place belongs to (column <c>dispositif_programmes_nationaux</c>).</summary>
public enum NationalProgramme
{
    /// <summary>« Aidants Connect ».</summary>
    AidantsConnect,

    /// <summary>« Bibliothèques numérique de référence » (spelled so by the standard).</summary>
    ReferenceDigitalLibraries,

    /// <summary>« Certification PIX ».</summary>
    PixCertification,

    /// <summary>« Conseillers numériques ».</summary>
    ConseillersNumeriques,

    /// <summary>« Emmaüs Connect ».</summary>
    EmmausConnect,

    /// <summary>« France Services ».</summary>
    FranceServices,

    /// <summary>« Grande école du numérique ».</summary>
    GrandeEcoleDuNumerique,

    /// <summary>« La Croix Rouge ».</summary>
    CroixRouge,

    /// <summary>« Point d'accès numérique CAF ».</summary>
    CafDigitalAccessPoint,

    /// <summary>« Promeneurs du net ».</summary>
    PromeneursDuNet,

    /// <summary>« Relais numérique (Emmaüs Connect) ».</summary>
    EmmausConnectRelay,
}

/// <summary>A training or label the place obtained (column <c>formations_labels</c>).</summary>
public enum TrainingLabel
{
    /// <summary>« Formé à « Mon Espace Santé » ».</summary>
    MonEspaceSante,

    /// <summary>« Formé à « DUPLEX » (illettrisme) ».</summary>
    Duplex,

    /// <summary>« Arnia/MedNum BFC (Bourgogne-Franche-Comté) ».</summary>
    ArniaMedNumBfc,

    /// <summary>« Collectif ressources et acteurs réemploi (Normandie) ».</summary>
    CollectifRessourcesReemploi,

    /// <summary>« Étapes numériques(La Poste) », without a space before the parenthesis, as the standard's pattern writes it.</summary>
    EtapesNumeriques,

    /// <summary>« Fabriques de Territoire ».</summary>
    FabriquesDeTerritoire,

    /// <summary>« Les Éclaireurs du numérique (Drôme) ».</summary>
    EclaireursDuNumerique,

    /// <summary>« Mes Papiers (Métropole de Lyon) ».</summary>
    MesPapiers,

    /// <summary>« ORDI 3.0 ».</summary>
    Ordi30,

    /// <summary>« SUD LABS (PACA) ».</summary>
    SudLabs,
}

/// <summary>How the public reaches the place (column <c>modalites_acces</c>).</summary>
public enum AccessMode
{
    /// <summary>« Se présenter ».</summary>
    WalkIn,

    /// <summary>« Téléphoner ».</summary>
    Telephone,

    /// <summary>« Contacter par mail ».</summary>
    Email,

    /// <summary>« Prendre un RDV en ligne ».</summary>
    OnlineAppointment,

    /// <summary>« Ce lieu n'accueille pas de public ».</summary>
    NoPublicReception,

    /// <summary>« Envoyer un mail avec une fiche de prescription ».</summary>
    PrescriptionByEmail,
}

/// <summary>How the place supports people (column <c>modalites_accompagnement</c>).</summary>
public enum SupportMode
{
    /// <summary>« En autonomie ».</summary>
    Autonomous,

    /// <summary>« Accompagnement individuel ».</summary>
    Individual,

    /// <summary>« Dans un atelier collectif ».</summary>
    Workshop,

    /// <summary>« À distance ».</summary>
    Remote,
}

/// <summary>Whether the place is itinerant or fixed (column <c>itinerance</c>).</summary>
public enum Mobility
{
    /// <summary>« Itinérant ».</summary>
    Itinerant,

    /// <summary>« Fixe ».</summary>
    Fixed,
}
