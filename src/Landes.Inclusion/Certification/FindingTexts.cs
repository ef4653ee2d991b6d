using Landes.Inclusion.Diagnostics;
using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>The rule, verdict and French and English message of each <see cref="FindingKind"/>, and the rules' legal references.</summary>
internal static class FindingTexts
{
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Entry[] Entries =
    [
        new(FindingKind.TitleAwarded, "R5", FindingVerdict.Met,
            "Le titre {title} a été délivré par le jury le {date}.",
            "The {title} title was awarded by the jury on {date}."),
        new(FindingKind.AllBlocksHeld, "R1", FindingVerdict.Met,
            "Tous les CCP de {title} sont acquis ({held}) : le titre est obtenu par capitalisation.",
            "Every CCP of {title} is held ({held}): the title is obtained by capitalisation."),
        new(FindingKind.BlocksMissing, "R1", FindingVerdict.NotMet,
            "{title} : CCP acquis : {held} ; CCP manquants : {missing}.",
            "{title}: CCPs held: {held}; CCPs missing: {missing}."),
        new(FindingKind.BlockListIncomplete, "R1", FindingVerdict.Undetermined,
            "Le catalogue ne connaît qu'une partie des CCP de {title} : l'obtention du titre par capitalisation ne peut pas être établie.",
            "The catalog knows only some of the CCPs of {title}: obtaining the title by capitalisation cannot be established."),
        new(FindingKind.BlockAcquired, "R3", FindingVerdict.Met,
            "CCP{block} de {title} obtenu le {date}, pendant la validité du titre : acquis.",
            "CCP{block} of {title} obtained on {date}, while the title was valid: held."),
        new(FindingKind.BlockAcquiredInAllowance, "R4", FindingVerdict.Met,
            "CCP{block} de {title} obtenu le {date}, après la fin du titre mais dans le délai pour l'achever : acquis.",
            "CCP{block} of {title} obtained on {date}, after the title ended but within the time allowed to complete it: held."),
        new(FindingKind.ResultOutsideValidity, "R3", FindingVerdict.NotMet,
            "CCP{block} de {title} daté du {date}, hors de la période de validité du titre (à partir du {from}) et de tout délai : non pris en compte.",
            "CCP{block} of {title} dated {date}, outside the title's validity (from {from}) and any allowance: not counted."),
        new(FindingKind.BlockAcquiredFiveYears, "R3", FindingVerdict.Met,
            "CCP{block} de {title} obtenu le {date}, avant le 14 juillet 2016 : selon la règle d'alors, il compte pendant cinq ans, jusqu'au {until} inclus.",
            "CCP{block} of {title} obtained on {date}, before 14 July 2016: under the rule of the time it counts for five years, until {until} inclusive."),
        new(FindingKind.BlockExpiredFiveYears, "R3", FindingVerdict.NotMet,
            "CCP{block} de {title} obtenu le {date}, avant le 14 juillet 2016 : ses cinq ans ont pris fin le {until} ; il n'est plus pris en compte.",
            "CCP{block} of {title} obtained on {date}, before 14 July 2016: its five years ended on {until}; it is no longer counted."),
        new(FindingKind.BlockCarriedOver, "R4", FindingVerdict.Met,
            "CCP{otherBlock} de {other} (obtenu le {date}) donne le CCP{block} de {title} selon la table de correspondance publiée.",
            "CCP{otherBlock} of {other} (obtained on {date}) gives CCP{block} of {title} under the published correspondence table."),
        new(FindingKind.BlockWithoutCounterpart, "R4", FindingVerdict.NotMet,
            "CCP{otherBlock} de {other} (obtenu le {date}) n'a pas d'équivalent dans {title} selon la table de correspondance publiée.",
            "CCP{otherBlock} of {other} (obtained on {date}) has no counterpart in {title} under the published correspondence table."),
        new(FindingKind.CorrespondenceNotPublished, "R4", FindingVerdict.Undetermined,
            "CCP{otherBlock} de {other} (obtenu le {date}) : la table de correspondance entre {other} et {title} n'est pas publiée ; on ne peut pas dire à quel CCP de {title} il correspond.",
            "CCP{otherBlock} of {other} (obtained on {date}): the correspondence table between {other} and {title} is not published; which CCP of {title} it gives cannot be said."),
        new(FindingKind.InForceUntil, "R3", FindingVerdict.Information,
            "{title} est en vigueur jusqu'au {end} inclus : les CCP manquants peuvent être acquis jusqu'à cette date.",
            "{title} is in force until {end} inclusive: the missing CCPs can be acquired until then."),
        new(FindingKind.InForceOpenEnded, "R3", FindingVerdict.Information,
            "{title} est en vigueur depuis le {from}, sans date de fin connue : les CCP s'acquièrent pendant sa validité.",
            "{title} is in force since {from}, with no known end: CCPs are acquired while it is valid."),
        new(FindingKind.NotYetInForce, "R3", FindingVerdict.Information,
            "{title} n'entre en vigueur que le {from}.",
            "{title} comes into force only on {from}."),
        new(FindingKind.AllowanceOpen, "R4", FindingVerdict.Met,
            "{title} a pris fin le {end} ; inscrit à une session le {date} et entré en formation avant cette fin, le candidat peut encore obtenir le titre jusqu'au {until} inclus.",
            "{title} ended on {end}; registered to a session on {date} and in training before that end, the candidate can still obtain the title until {until} inclusive."),
        new(FindingKind.AllowanceNotEligible, "R4", FindingVerdict.NotMet,
            "{title} a pris fin le {end} ; le dossier ne montre pas à la fois une inscription à une session et une entrée en formation au plus tard ce jour : le délai jusqu'au {until} ne lui est pas ouvert.",
            "{title} ended on {end}; the record does not show both a registration to a session and training started on or before that day: the allowance until {until} is not open to the candidate."),
        new(FindingKind.AllowanceExpired, "R4", FindingVerdict.NotMet,
            "{title} a pris fin le {end} ; le délai pour l'achever a expiré le {until} : le titre ne peut plus être obtenu.",
            "{title} ended on {end}; the time allowed to complete it ran out on {until}: the title can no longer be obtained."),
        new(FindingKind.EndedWithoutAllowance, "R4", FindingVerdict.NotMet,
            "{title} a pris fin le {end} et aucun délai pour l'achever n'est connu : le titre ne peut plus être obtenu.",
            "{title} ended on {end} and no time to complete it is known: the title can no longer be obtained."),
        new(FindingKind.Succeeded, "R4", FindingVerdict.Information,
            "{title} est remplacé par {other}, en vigueur depuis le {otherFrom}.",
            "{title} is replaced by {other}, in force since {otherFrom}."),
        new(FindingKind.SuccessorCorrespondenceNotPublished, "R4", FindingVerdict.Undetermined,
            "La table de correspondance entre les CCP de {title} et ceux de {other} n'est pas publiée : on ne peut pas dire quels CCP de {other} les CCP acquis ({held}) donnent.",
            "The correspondence table between the CCPs of {title} and those of {other} is not published: which CCPs of {other} the held CCPs ({held}) give cannot be said."),
        new(FindingKind.TrainingNotShown, "R2", FindingVerdict.Undetermined,
            "Session du {date} (CCP{block} de {title}) : le dossier ne montre pas d'entrée en formation avant la session, condition pour s'y présenter.",
            "Session of {date} (CCP{block} of {title}): the record shows no training started before the session, a condition to sit it."),
        new(FindingKind.NoProcesVerbal, "R5", FindingVerdict.Undetermined,
            "Décision du {date} (CCP{block} de {title}) sans référence de procès-verbal : elle ne peut pas être rapprochée du PV validé.",
            "Decision of {date} (CCP{block} of {title}) without a procès-verbal reference: it cannot be matched with the validated record."),
        new(FindingKind.BlockNotObtained, "R5", FindingVerdict.NotMet,
            "CCP{block} de {title} non obtenu à la session du {date}.",
            "CCP{block} of {title} not obtained at the session of {date}."),
        new(FindingKind.ResitOpen, "R6", FindingVerdict.Information,
            "CCP{block} de {title} non obtenu le {date} : le candidat peut se présenter de nouveau sans nouvelle formation jusqu'au {until} inclus.",
            "CCP{block} of {title} not obtained on {date}: the candidate may sit again without new training until {until} inclusive."),
        new(FindingKind.ResitClosed, "R6", FindingVerdict.Information,
            "CCP{block} de {title} non obtenu le {date} : l'année pour se présenter de nouveau sans nouvelle formation a pris fin le {until}.",
            "CCP{block} of {title} not obtained on {date}: the year to sit again without new training ended on {until}."),
        new(FindingKind.CcsHeld, "R1", FindingVerdict.Met,
            "CCS de {title} obtenu le {date}, le titre étant acquis.",
            "CCS of {title} obtained on {date}, the title being held."),
        new(FindingKind.CcsBeforeTitle, "R1", FindingVerdict.NotMet,
            "CCS de {title} daté du {date} alors que le titre n'est pas acquis à cette date : un CCS ne s'obtient qu'après le titre.",
            "CCS of {title} dated {date} while the title is not held on that day: a CCS is obtained only after the title."),
        new(FindingKind.FutureEntryIgnored, "R5", FindingVerdict.Information,
            "Une décision datée du {date}, postérieure à la date d'évaluation, est ignorée.",
            "A decision dated {date}, after the evaluation date, is ignored."),
        new(FindingKind.BlockAcquiredUnderEvidence, "R5", FindingVerdict.Undetermined,
            "CCP{block} de {title} obtenu le {date}, après la fin de validité du titre et hors du délai pour l'achever : la décision du jury compte, car des sessions de ce CCP ont été tenues du {frameFrom} au {frameUntil} (source : {source}). Fait incertain : {uncertainty}",
            "CCP{block} of {title} obtained on {date}, after the title's validity and outside the time allowed to complete it: the jury's decision counts, as sessions of this CCP were held from {frameFrom} to {frameUntil} (source: {source}). Uncertain fact: {uncertainty}"),
        new(FindingKind.BlockUnderEvidenceProgrammeNotShown, "R5", FindingVerdict.Undetermined,
            "CCP{block} de {title} obtenu le {date}, hors de la validité du titre : des sessions de ce CCP ont été tenues pour le programme « {programme} » du {frameFrom} au {frameUntil} (source : {source}), mais le dossier ne dit pas le programme du candidat. La décision compte ; à vérifier.",
            "CCP{block} of {title} obtained on {date}, outside the title's validity: sessions of this CCP were held for the '{programme}' programme from {frameFrom} to {frameUntil} (source: {source}), but the record does not say the candidate's programme. The decision counts; to be checked."),
        new(FindingKind.SessionEvidenceAfterEnd, "R4", FindingVerdict.Information,
            "{title} a pris fin le {end}, mais des sessions du CCP{frameBlocks} ont été tenues pour le programme « {programme} » du {frameFrom} au {frameUntil} (source : {source}) ; les décisions de ces sessions comptent. Fait incertain : {uncertainty}",
            "{title} ended on {end}, but sessions of CCP{frameBlocks} were held for the '{programme}' programme from {frameFrom} to {frameUntil} (source: {source}); the decisions of those sessions count. Uncertain fact: {uncertainty}"),
        new(FindingKind.RemoteSessionCovered, "R13", FindingVerdict.Met,
            "CCP{block} de {title} passé à distance le {date}, dans le cadre de l'expérimentation (source : {source}), modalité inscrite au procès-verbal et DGEFP informée.",
            "CCP{block} of {title} sat remotely on {date}, within the trial (source: {source}), with the remote method in the procès-verbal and the DGEFP told."),
        new(FindingKind.RemoteSessionConditionsNotShown, "R13", FindingVerdict.Undetermined,
            "CCP{block} de {title} passé à distance le {date} : le dossier ne montre pas à la fois la modalité à distance inscrite au procès-verbal, l'information préalable de la DGEFP et le programme du candidat (source : {source}).",
            "CCP{block} of {title} sat remotely on {date}: the record does not show the remote method in the procès-verbal, the DGEFP told beforehand and the candidate's programme all together (source: {source})."),
        new(FindingKind.RemoteSessionNotCovered, "R13", FindingVerdict.NotMet,
            "CCP{block} de {title} passé à distance le {date} sans la modalité inscrite au procès-verbal ou sans information préalable de la DGEFP : la session n'est pas couverte par l'expérimentation (source : {source}).",
            "CCP{block} of {title} sat remotely on {date} without the remote method in the procès-verbal or without the DGEFP told beforehand: the session is not covered by the trial (source: {source})."),
        new(FindingKind.RemoteSessionOutsideFrame, "R13", FindingVerdict.NotMet,
            "CCP{block} de {title} passé à distance le {date} : seules les sessions du CCP1 de REMN pour les conseillers numériques, à partir de l'arrêté du 14 novembre 2024, peuvent se tenir à distance ; cette session n'est pas couverte.",
            "CCP{block} of {title} sat remotely on {date}: only sessions of REMN's CCP1 for conseillers numériques, from the arrêté of 14 November 2024, may be held remotely; this session is not covered."),
        new(FindingKind.RecordInconsistent, "R5", FindingVerdict.NotMet,
            "Dossier incohérent ({path}) : {problem} Le résultat est indéterminé.",
            "Inconsistent record ({path}): {problem} The outcome is undetermined."),
    ];

    /// <summary>Gets every kind's entry (for tests and docs).</summary>
    public static IReadOnlyList<Entry> All => Entries;

    public static Entry Of(FindingKind kind) => Entries[(int)kind - 1];

    public static string LegalReference(string ruleId) => ruleId switch
    {
        "R1" => "Arrêté du 22 décembre 2015 relatif aux conditions de délivrance du titre professionnel, art. 1",
        "R2" => "Arrêté du 22 décembre 2015, art. 4 et 7",
        "R3" => "Code de l'éducation, art. R. 338-5 (décret n° 2016-954 du 11 juillet 2016)",
        "R4" => "Arrêté du 22 décembre 2015, art. 3",
        "R5" => "Arrêté du 22 décembre 2015 ; arrêté du 21 juillet 2016 portant règlement général des sessions d'examen",
        "R6" => "Source secondaire : règles du programme Conseiller numérique publiées par l'ANCT (aucun texte réglementaire trouvé)",
        "R13" => "Arrêté du 14 novembre 2024 (JORF n° 0279 du 26 novembre 2024), dérogeant au point 2, deuxième alinéa, du règlement général des sessions d'examen (arrêté du 21 juillet 2016)",
        _ => string.Empty,
    };

    public static string FormatDate(LocalDate date, MessageLanguage language)
    {
        string day = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return language == MessageLanguage.English
            ? $"{day} {EnglishMonths[date.Month - 1]} {year}"
            : $"{(date.Day == 1 ? "1er" : day)} {FrenchMonths[date.Month - 1]} {year}";
    }

    public static string FormatBlocks(IReadOnlyList<int>? blocks, MessageLanguage language) =>
        blocks is null || blocks.Count == 0
            ? (language == MessageLanguage.English ? "none" : "aucun")
            : string.Join(", ", blocks.Select(b => "CCP" + b.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    internal sealed record Entry(FindingKind Kind, string RuleId, FindingVerdict Verdict, string French, string English);
}
