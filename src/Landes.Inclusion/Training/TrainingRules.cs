using Landes.Inclusion.Diagnostics;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>The training rules the library enforces, with their sources (<c>docs/rules.md</c>).</summary>
public static class TrainingRules
{
    /// <summary>R7: initial training paths depend on the period; the positioning test decides the path.</summary>
    public const string Paths = "R7";

    /// <summary>R8: exemption of an advisor holding CCP1 or the title at recruitment.</summary>
    public const string Exemption = "R8";

    /// <summary>R9: one paid initial training; in post to enrol; CCP1 before the CCP2+CCP3 course.</summary>
    public const string Enrolment = "R9";

    /// <summary>R10: CCP1 and Pix sat within 6 months after the end of training.</summary>
    public const string Exams = "R10";

    /// <summary>R11: every absence from training is justified.</summary>
    public const string Attendance = "R11";

    /// <summary>R12: continuing-training quotas.</summary>
    public const string ContinuingTraining = "R12";

    private const string Programme = "ANCT, programme Conseiller numérique France Services, cahier des charges et règles de formation";

    /// <summary>Gets the source of a rule.</summary>
    /// <param name="ruleId">A rule id, R7 to R12.</param>
    /// <returns>The source, or the empty string for an unknown id.</returns>
    public static string SourceOf(string ruleId) => ruleId switch
    {
        Paths => Programme + " : parcours de formation initiale selon la période ; « le résultat du test de positionnement est souverain »",
        Exemption => Programme + " : dispense de formation initiale des titulaires du CCP1 ou du titre au recrutement",
        Enrolment => Programme + " : une seule formation initiale financée, réservée aux conseillers en poste ; CCP1 préalable au parcours CCP2+CCP3",
        Exams => Programme + " : CCP1 et Pix obligatoires dans les 6 mois suivant la fin de formation ; absences justifiées (arrêt maladie, test Covid-19 positif, force majeure)",
        Attendance => Programme + " : assiduité, toute absence doit être justifiée",
        ContinuingTraining => Programme + " : formation continue, modules de 7 h ou 14 h ; 2 modules dans les 12 mois puis 1 par année civile (module 2024 jusqu'au 31 mars 2025)",
        _ => string.Empty,
    };
}
