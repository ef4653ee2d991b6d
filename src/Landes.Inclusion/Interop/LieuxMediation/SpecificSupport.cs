namespace Landes.Inclusion.Interop.LieuxMediation;

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
