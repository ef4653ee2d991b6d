using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Training;

/// <summary>The definitions of the <see cref="TrainingProblemCodes"/>: default severity, French and English messages.</summary>
internal static class TrainingProblemDefinitions
{
    internal static readonly ProblemDefinition Required =
        ProblemDefinition.Error(TrainingProblemCodes.Required,
            "Valeur obligatoire absente ({what}).",
            "Required value missing ({what}).");

    internal static readonly ProblemDefinition UnknownProgramme =
        ProblemDefinition.Error(TrainingProblemCodes.UnknownProgramme,
            "Programme de formation « {programme} » inconnu (programmes connus : {known}).",
            "Unknown training programme '{programme}' (known programmes: {known}).").ForRule(TrainingRules.Paths, TrainingRules.SourceOf(TrainingRules.Paths));

    internal static readonly ProblemDefinition EndBeforeStart =
        ProblemDefinition.Error(TrainingProblemCodes.EndBeforeStart,
            "La fin de formation ({end}) précède son début ({start}).",
            "The end of training ({end}) is before its start ({start}).");

    internal static readonly ProblemDefinition DatesMissing =
        ProblemDefinition.Error(TrainingProblemCodes.DatesMissing,
            "Une inscription non dispensée doit indiquer ses dates de début et de fin de formation.",
            "An enrolment that is not exempted must give its training start and end dates.").ForRule(TrainingRules.Paths, TrainingRules.SourceOf(TrainingRules.Paths));

    internal static readonly ProblemDefinition DurationNotPositive =
        ProblemDefinition.Error(TrainingProblemCodes.DurationNotPositive,
            "Durée de {minutes} minutes : une durée strictement positive est attendue.",
            "Duration of {minutes} minutes: a strictly positive duration is expected.");

    internal static readonly ProblemDefinition DurationAbsurd =
        ProblemDefinition.Error(TrainingProblemCodes.DurationAbsurd,
            "Durée de {minutes} minutes : au-delà de {maximum} minutes pour une seule séance ou absence, la saisie est sans doute erronée.",
            "Duration of {minutes} minutes: beyond {maximum} minutes for a single session or absence, the entry is surely wrong.");

    internal static readonly ProblemDefinition SessionOutsideDates =
        ProblemDefinition.Error(TrainingProblemCodes.SessionOutsideDates,
            "Séance du {date} hors des dates de la formation ({start} – {end}).",
            "Session on {date} outside the training dates ({start} – {end}).");

    internal static readonly ProblemDefinition SessionsOverlap =
        ProblemDefinition.Error(TrainingProblemCodes.SessionsOverlap,
            "Séance du {date} en chevauchement avec la séance {other}.",
            "Session on {date} overlaps session {other}.");

    internal static readonly ProblemDefinition AbsenceOutsideDates =
        ProblemDefinition.Error(TrainingProblemCodes.AbsenceOutsideDates,
            "Absence du {date} hors des dates de la formation ({start} – {end}).",
            "Absence on {date} outside the training dates ({start} – {end}).");

    internal static readonly ProblemDefinition ModuleLengthNotOffered =
        ProblemDefinition.Error(TrainingProblemCodes.ModuleLengthNotOffered,
            "Module de formation continue de {hours} h : le programme ne propose que des modules de {offered} h.",
            "Continuing-training module of {hours} h: the programme offers only modules of {offered} h.");

    internal static readonly ProblemDefinition UnknownTarget =
        ProblemDefinition.Error(TrainingProblemCodes.UnknownTarget,
            "Certification « {target} » non visée par la période {period} (certifications visées : {known}).",
            "Certification '{target}' is not targeted by period {period} (targeted: {known}).");

    internal static readonly ProblemDefinition SittingBeforeStart =
        ProblemDefinition.Error(TrainingProblemCodes.SittingBeforeStart,
            "Passage d'examen le {date}, avant le début de la formation ({start}).",
            "Exam sitting on {date}, before the start of training ({start}).");

    internal static readonly ProblemDefinition SessionPastMidnight =
        ProblemDefinition.Error(TrainingProblemCodes.SessionPastMidnight,
            "Séance du {date} commençant à {time} : sa durée la fait passer minuit.",
            "Session on {date} starting at {time}: its duration takes it past midnight.");

    internal static readonly ProblemDefinition PeriodEndsBeforeStart =
        ProblemDefinition.Error(TrainingProblemCodes.PeriodEndsBeforeStart,
            "La période {period} se termine ({until}) avant de commencer ({from}).",
            "Period {period} ends ({until}) before it starts ({from}).");

    internal static readonly ProblemDefinition PeriodsOverlap =
        ProblemDefinition.Error(TrainingProblemCodes.PeriodsOverlap,
            "Les périodes {period} et {other} se chevauchent : une date ne doit relever que d'une période.",
            "Periods {period} and {other} overlap: a date must fall under one period only.");

    internal static readonly ProblemDefinition PeriodWithoutPath =
        ProblemDefinition.Error(TrainingProblemCodes.PeriodWithoutPath,
            "La période {period} ne propose aucun parcours.",
            "Period {period} offers no path.");

    internal static readonly ProblemDefinition PathHoursInvalid =
        ProblemDefinition.Error(TrainingProblemCodes.PathHoursInvalid,
            "Parcours {path} : les heures doivent être positives et leur total non nul.",
            "Path {path}: hours must be positive and their total not zero.");

    internal static readonly ProblemDefinition DuplicateId =
        ProblemDefinition.Error(TrainingProblemCodes.DuplicateId,
            "Identifiant « {id} » en double.",
            "Duplicate identifier '{id}'.");

    internal static readonly ProblemDefinition RuleValueOutOfRange =
        ProblemDefinition.Error(TrainingProblemCodes.RuleValueOutOfRange,
            "Valeur {value} hors de l'intervalle permis ({minimum} à {maximum}).",
            "Value {value} out of the allowed range ({minimum} to {maximum}).");

    internal static readonly ProblemDefinition NoRulePeriod =
        ProblemDefinition.Error(TrainingProblemCodes.NoRulePeriod,
            "R7 : aucune période du programme {programme} ne couvre le {date} ; les règles applicables sont inconnues.",
            "R7: no period of programme {programme} covers {date}; the applicable rules are unknown.").ForRule(TrainingRules.Paths, TrainingRules.SourceOf(TrainingRules.Paths));

    internal static readonly ProblemDefinition PathNotAllowed =
        ProblemDefinition.Error(TrainingProblemCodes.PathNotAllowed,
            "R7 : le parcours « {path} » n'existe pas dans la période {period} (parcours permis : {allowed}).",
            "R7: path '{path}' does not exist in period {period} (allowed paths: {allowed}).").ForRule(TrainingRules.Paths, TrainingRules.SourceOf(TrainingRules.Paths));

    internal static readonly ProblemDefinition PathDiffersFromPositioning =
        ProblemDefinition.Warning(TrainingProblemCodes.PathDiffersFromPositioning,
            "R7 : le parcours suivi ({path}) diffère de celui du test de positionnement ({positioned}), dont le résultat est souverain.",
            "R7: the path followed ({path}) differs from the positioning test's ({positioned}), whose result is sovereign.").ForRule(TrainingRules.Paths, TrainingRules.SourceOf(TrainingRules.Paths));

    internal static readonly ProblemDefinition NoPositioning =
        ProblemDefinition.Warning(TrainingProblemCodes.NoPositioning,
            "R7 : aucun résultat de test de positionnement n'est enregistré ; c'est lui qui fixe le parcours.",
            "R7: no positioning test result is recorded; it is what sets the path.").ForRule(TrainingRules.Paths, TrainingRules.SourceOf(TrainingRules.Paths));

    internal static readonly ProblemDefinition LessonHoursShort =
        ProblemDefinition.Error(TrainingProblemCodes.LessonHoursShort,
            "R7 : formation terminée avec {done} d'enseignement sur les {required} du parcours {path}.",
            "R7: training ended with {done} of lessons out of the {required} of path {path}.").ForRule(TrainingRules.Paths, TrainingRules.SourceOf(TrainingRules.Paths));

    internal static readonly ProblemDefinition StageHoursShort =
        ProblemDefinition.Error(TrainingProblemCodes.StageHoursShort,
            "R7 : formation terminée avec {done} de stage sur les {required} du parcours {path}.",
            "R7: training ended with {done} of stage out of the {required} of path {path}.").ForRule(TrainingRules.Paths, TrainingRules.SourceOf(TrainingRules.Paths));

    internal static readonly ProblemDefinition ExemptionNotProvided =
        ProblemDefinition.Error(TrainingProblemCodes.ExemptionNotProvided,
            "R8 : la période {period} ne prévoit pas de dispense de formation initiale.",
            "R8: period {period} does not provide for an exemption from initial training.").ForRule(TrainingRules.Exemption, TrainingRules.SourceOf(TrainingRules.Exemption));

    internal static readonly ProblemDefinition ExemptionCertificationAfterRecruitment =
        ProblemDefinition.Error(TrainingProblemCodes.ExemptionCertificationAfterRecruitment,
            "R8 : dispense fondée sur une certification obtenue le {certified}, après le recrutement du {recruited} ; seule une certification détenue au recrutement en dispense.",
            "R8: exemption based on a certification obtained on {certified}, after recruitment on {recruited}; only a certification held at recruitment exempts.").ForRule(TrainingRules.Exemption, TrainingRules.SourceOf(TrainingRules.Exemption));

    internal static readonly ProblemDefinition ExemptedWithSessions =
        ProblemDefinition.Warning(TrainingProblemCodes.ExemptedWithSessions,
            "R8 : l'inscription est dispensée mais compte {count} séances de formation.",
            "R8: the enrolment is exempted but has {count} training sessions.").ForRule(TrainingRules.Exemption, TrainingRules.SourceOf(TrainingRules.Exemption));

    internal static readonly ProblemDefinition SecondPaidInitialTraining =
        ProblemDefinition.Error(TrainingProblemCodes.SecondPaidInitialTraining,
            "R9 : {person} a déjà une formation initiale financée ({other}) ; une seule est prise en charge par conseiller.",
            "R9: {person} already has a paid initial training ({other}); only one is paid per advisor.").ForRule(TrainingRules.Enrolment, TrainingRules.SourceOf(TrainingRules.Enrolment));

    internal static readonly ProblemDefinition NotInPost =
        ProblemDefinition.Error(TrainingProblemCodes.NotInPost,
            "R9 : formation commencée le {start}, avant la prise de poste du {inPost} ; seuls les conseillers en poste peuvent s'inscrire.",
            "R9: training started on {start}, before taking up the post on {inPost}; only advisors in post can enrol.").ForRule(TrainingRules.Enrolment, TrainingRules.SourceOf(TrainingRules.Enrolment));

    internal static readonly ProblemDefinition Ccp1MissingForCcp2Ccp3 =
        ProblemDefinition.Error(TrainingProblemCodes.Ccp1MissingForCcp2Ccp3,
            "R9 : le parcours CCP2+CCP3 a commencé le {start} sans CCP1 obtenu auparavant.",
            "R9: the CCP2+CCP3 course started on {start} without CCP1 obtained before.").ForRule(TrainingRules.Enrolment, TrainingRules.SourceOf(TrainingRules.Enrolment));

    internal static readonly ProblemDefinition ExamOverdue =
        ProblemDefinition.Error(TrainingProblemCodes.ExamOverdue,
            "R10 : examen {target} non passé dans les {months} mois suivant la fin de formation (échéance {deadline}).",
            "R10: exam {target} not sat within {months} months after the end of training (deadline {deadline}).").ForRule(TrainingRules.Exams, TrainingRules.SourceOf(TrainingRules.Exams));

    internal static readonly ProblemDefinition ExamFailed =
        new ProblemDefinition(TrainingProblemCodes.ExamFailed, ProblemSeverity.Information,
            "R10 : examen {target} non obtenu le {date} ; l'échec ne met pas fin au contrat.",
            "R10: exam {target} failed on {date}; failing does not end the contract.").ForRule(TrainingRules.Exams, TrainingRules.SourceOf(TrainingRules.Exams));

    internal static readonly ProblemDefinition ExamUnjustified =
        ProblemDefinition.Warning(TrainingProblemCodes.ExamUnjustified,
            "R10 : examen {target} du {date} : {outcome} ; la subvention peut être remise en cause.",
            "R10: exam {target} on {date}: {outcome}; the subsidy may be questioned.").ForRule(TrainingRules.Exams, TrainingRules.SourceOf(TrainingRules.Exams));

    internal static readonly ProblemDefinition ExamJustifiedAbsence =
        new ProblemDefinition(TrainingProblemCodes.ExamJustifiedAbsence,
            ProblemSeverity.Information,
            "R10 : absence justifiée à l'examen {target} du {date} ; une nouvelle date doit être fixée.",
            "R10: justified absence at exam {target} on {date}; a new date must be set.").ForRule(TrainingRules.Exams, TrainingRules.SourceOf(TrainingRules.Exams));

    internal static readonly ProblemDefinition UnjustifiedAbsence =
        ProblemDefinition.Error(TrainingProblemCodes.UnjustifiedAbsence,
            "R11 : absence non justifiée le {date} ({duration}) ; toute absence doit être justifiée.",
            "R11: unjustified absence on {date} ({duration}); every absence must be justified.").ForRule(TrainingRules.Attendance, TrainingRules.SourceOf(TrainingRules.Attendance));

    internal static readonly ProblemDefinition JustifiedAbsence =
        new ProblemDefinition(TrainingProblemCodes.JustifiedAbsence, ProblemSeverity.Information,
            "R11 : absence justifiée le {date} ({duration}, {justification}).",
            "R11: justified absence on {date} ({duration}, {justification}).").ForRule(TrainingRules.Attendance, TrainingRules.SourceOf(TrainingRules.Attendance));

    internal static readonly ProblemDefinition ModuleBeforeInitialTraining =
        ProblemDefinition.Error(TrainingProblemCodes.ModuleBeforeInitialTraining,
            "R12 : module de formation continue du {date} suivi avant l'entrée en formation initiale ou la dispense ({entered}).",
            "R12: continuing-training module on {date} taken before entering initial training or exemption ({entered}).").ForRule(TrainingRules.ContinuingTraining, TrainingRules.SourceOf(TrainingRules.ContinuingTraining));

    internal static readonly ProblemDefinition FirstYearQuotaMissed =
        ProblemDefinition.Error(TrainingProblemCodes.FirstYearQuotaMissed,
            "R12 : {count} module(s) sur les {required} requis dans les 12 mois suivant l'entrée en formation initiale (jusqu'au {until}).",
            "R12: {count} module(s) out of the {required} required within 12 months of entering initial training (until {until}).").ForRule(TrainingRules.ContinuingTraining, TrainingRules.SourceOf(TrainingRules.ContinuingTraining));

    internal static readonly ProblemDefinition YearQuotaMissed =
        ProblemDefinition.Error(TrainingProblemCodes.YearQuotaMissed,
            "R12 : {count} module(s) en {year} sur les {required} requis par année civile.",
            "R12: {count} module(s) in {year} out of the {required} required per calendar year.").ForRule(TrainingRules.ContinuingTraining, TrainingRules.SourceOf(TrainingRules.ContinuingTraining));

    internal static readonly ProblemDefinition ModuleCountedUnderAllowance =
        new ProblemDefinition(TrainingProblemCodes.ModuleCountedUnderAllowance, ProblemSeverity.Information,
            "R12 : le module du {date} compte pour {year} (tolérance jusqu'au {until}).",
            "R12: the module on {date} counts for {year} (allowance until {until}).").ForRule(TrainingRules.ContinuingTraining, TrainingRules.SourceOf(TrainingRules.ContinuingTraining));

    internal static readonly ProblemDefinition ExamRescheduled =
        new ProblemDefinition(TrainingProblemCodes.ExamRescheduled, ProblemSeverity.Information,
            "R10 : après l'absence justifiée du {absence}, l'examen {target} est prévu le {date} ; l'échéance du {deadline} est reportée à cette date.",
            "R10: after the justified absence on {absence}, exam {target} is planned on {date}; the deadline of {deadline} moves to that date.").ForRule(TrainingRules.Exams, TrainingRules.SourceOf(TrainingRules.Exams));

    internal static readonly ProblemDefinition PlannedSittingWithoutResult =
        ProblemDefinition.Warning(TrainingProblemCodes.PlannedSittingWithoutResult,
            "R10 : l'examen {target} prévu le {date} est passé sans résultat enregistré.",
            "R10: exam {target} planned on {date} has passed without a recorded result.").ForRule(TrainingRules.Exams, TrainingRules.SourceOf(TrainingRules.Exams));

    internal static readonly ProblemDefinition TargetReferenceInvalid =
        ProblemDefinition.Error(TrainingProblemCodes.TargetReferenceInvalid,
            "Référence de certification « {reference} » invalide : titre vide, CCP hors de 1 à 99, ou fin avant le début.",
            "Invalid certification reference '{reference}': empty title, CCP outside 1 to 99, or end before start.");

    /// <summary>Gets every definition of the area, in the order of the codes.</summary>
    internal static IReadOnlyList<ProblemDefinition> All { get; } =
    [
        Required, UnknownProgramme, EndBeforeStart, DatesMissing, DurationNotPositive, DurationAbsurd, SessionOutsideDates, SessionsOverlap, AbsenceOutsideDates, ModuleLengthNotOffered, UnknownTarget, SittingBeforeStart, SessionPastMidnight, PeriodEndsBeforeStart, PeriodsOverlap, PeriodWithoutPath, PathHoursInvalid, DuplicateId, RuleValueOutOfRange, NoRulePeriod, PathNotAllowed, PathDiffersFromPositioning, NoPositioning, LessonHoursShort, StageHoursShort, ExemptionNotProvided, ExemptionCertificationAfterRecruitment, ExemptedWithSessions, SecondPaidInitialTraining, NotInPost, Ccp1MissingForCcp2Ccp3, ExamOverdue, ExamFailed, ExamUnjustified, ExamJustifiedAbsence, UnjustifiedAbsence, JustifiedAbsence, ModuleBeforeInitialTraining, FirstYearQuotaMissed, YearQuotaMissed, ModuleCountedUnderAllowance, ExamRescheduled, PlannedSittingWithoutResult, TargetReferenceInvalid,
    ];
}
