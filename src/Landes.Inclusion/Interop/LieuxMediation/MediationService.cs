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
