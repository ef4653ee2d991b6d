namespace Landes.Inclusion.Interop.LieuxMediation;

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
