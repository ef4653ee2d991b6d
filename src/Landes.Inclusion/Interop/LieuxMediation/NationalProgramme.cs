namespace Landes.Inclusion.Interop.LieuxMediation;

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
