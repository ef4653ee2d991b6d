namespace Landes.Inclusion.Interop.LieuxMediation;

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
