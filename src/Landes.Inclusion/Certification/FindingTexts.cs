using Landes.Inclusion.Diagnostics;
using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>The verdict and the problem definition (code, rule, messages) of each <see cref="FindingKind"/>, the rules' legal references, and how a finding's arguments are written.</summary>
internal static class FindingTexts
{
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Entry[] Entries =
    [
        new(FindingKind.TitleAwarded, FindingVerdict.Met, CertificationProblemDefinitions.FindingTitleAwarded),
        new(FindingKind.AllBlocksHeld, FindingVerdict.Met, CertificationProblemDefinitions.FindingAllBlocksHeld),
        new(FindingKind.BlocksMissing, FindingVerdict.NotMet, CertificationProblemDefinitions.FindingBlocksMissing),
        new(FindingKind.BlockListIncomplete, FindingVerdict.Undetermined, CertificationProblemDefinitions.FindingBlockListIncomplete),
        new(FindingKind.BlockAcquired, FindingVerdict.Met, CertificationProblemDefinitions.FindingBlockAcquired),
        new(FindingKind.BlockAcquiredInAllowance, FindingVerdict.Met, CertificationProblemDefinitions.FindingBlockAcquiredInAllowance),
        new(FindingKind.ResultOutsideValidity, FindingVerdict.NotMet, CertificationProblemDefinitions.FindingResultOutsideValidity),
        new(FindingKind.BlockAcquiredFiveYears, FindingVerdict.Met, CertificationProblemDefinitions.FindingBlockAcquiredFiveYears),
        new(FindingKind.BlockExpiredFiveYears, FindingVerdict.NotMet, CertificationProblemDefinitions.FindingBlockExpiredFiveYears),
        new(FindingKind.BlockCarriedOver, FindingVerdict.Met, CertificationProblemDefinitions.FindingBlockCarriedOver),
        new(FindingKind.BlockWithoutCounterpart, FindingVerdict.NotMet, CertificationProblemDefinitions.FindingBlockWithoutCounterpart),
        new(FindingKind.CorrespondenceNotPublished, FindingVerdict.Undetermined, CertificationProblemDefinitions.FindingCorrespondenceNotPublished),
        new(FindingKind.InForceUntil, FindingVerdict.Information, CertificationProblemDefinitions.FindingInForceUntil),
        new(FindingKind.InForceOpenEnded, FindingVerdict.Information, CertificationProblemDefinitions.FindingInForceOpenEnded),
        new(FindingKind.NotYetInForce, FindingVerdict.Information, CertificationProblemDefinitions.FindingNotYetInForce),
        new(FindingKind.AllowanceOpen, FindingVerdict.Met, CertificationProblemDefinitions.FindingAllowanceOpen),
        new(FindingKind.AllowanceNotEligible, FindingVerdict.NotMet, CertificationProblemDefinitions.FindingAllowanceNotEligible),
        new(FindingKind.AllowanceExpired, FindingVerdict.NotMet, CertificationProblemDefinitions.FindingAllowanceExpired),
        new(FindingKind.EndedWithoutAllowance, FindingVerdict.NotMet, CertificationProblemDefinitions.FindingEndedWithoutAllowance),
        new(FindingKind.Succeeded, FindingVerdict.Information, CertificationProblemDefinitions.FindingSucceeded),
        new(FindingKind.SuccessorCorrespondenceNotPublished, FindingVerdict.Undetermined, CertificationProblemDefinitions.FindingSuccessorCorrespondenceNotPublished),
        new(FindingKind.TrainingNotShown, FindingVerdict.Undetermined, CertificationProblemDefinitions.FindingTrainingNotShown),
        new(FindingKind.NoProcesVerbal, FindingVerdict.Undetermined, CertificationProblemDefinitions.FindingNoProcesVerbal),
        new(FindingKind.BlockNotObtained, FindingVerdict.NotMet, CertificationProblemDefinitions.FindingBlockNotObtained),
        new(FindingKind.ResitOpen, FindingVerdict.Information, CertificationProblemDefinitions.FindingResitOpen),
        new(FindingKind.ResitClosed, FindingVerdict.Information, CertificationProblemDefinitions.FindingResitClosed),
        new(FindingKind.CcsHeld, FindingVerdict.Met, CertificationProblemDefinitions.FindingCcsHeld),
        new(FindingKind.CcsBeforeTitle, FindingVerdict.NotMet, CertificationProblemDefinitions.FindingCcsBeforeTitle),
        new(FindingKind.FutureEntryIgnored, FindingVerdict.Information, CertificationProblemDefinitions.FindingFutureEntryIgnored),
        new(FindingKind.BlockAcquiredUnderEvidence, FindingVerdict.Undetermined, CertificationProblemDefinitions.FindingBlockAcquiredUnderEvidence),
        new(FindingKind.BlockUnderEvidenceProgrammeNotShown, FindingVerdict.Undetermined, CertificationProblemDefinitions.FindingBlockUnderEvidenceProgrammeNotShown),
        new(FindingKind.SessionEvidenceAfterEnd, FindingVerdict.Information, CertificationProblemDefinitions.FindingSessionEvidenceAfterEnd),
        new(FindingKind.RemoteSessionCovered, FindingVerdict.Met, CertificationProblemDefinitions.FindingRemoteSessionCovered),
        new(FindingKind.RemoteSessionConditionsNotShown, FindingVerdict.Undetermined, CertificationProblemDefinitions.FindingRemoteSessionConditionsNotShown),
        new(FindingKind.RemoteSessionNotCovered, FindingVerdict.NotMet, CertificationProblemDefinitions.FindingRemoteSessionNotCovered),
        new(FindingKind.RemoteSessionOutsideFrame, FindingVerdict.NotMet, CertificationProblemDefinitions.FindingRemoteSessionOutsideFrame),
        new(FindingKind.RecordInconsistent, FindingVerdict.NotMet, CertificationProblemDefinitions.FindingRecordInconsistent),
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

    // Writes a finding's neutral argument values in a language: ISO dates as « 1er juillet 2025 » / "1 July 2025", CCP
    // lists ("1,2") as "CCP1, CCP2" (« aucun » / "none" when empty), and the texts given when a frame says nothing.
    public static string? RenderArgument(string argument, string value, MessageLanguage language) => argument switch
    {
        "frameUntil" when value.Length == 0 => language == MessageLanguage.English ? "an unknown date" : "une date inconnue",
        "date" or "until" or "end" or "from" or "otherFrom" or "frameFrom" or "frameUntil" =>
            NodaTime.Text.LocalDatePattern.Iso.Parse(value) is { Success: true } parsed ? FormatDate(parsed.Value, language) : null,
        "held" or "missing" => Blocks(value) is { } blocks ? FormatBlocks(blocks, language) : null,
        "uncertainty" when value.Length == 0 => language == MessageLanguage.English ? "none stated" : "non précisée",
        _ => null,
    };

    private static List<int>? Blocks(string value)
    {
        var blocks = new List<int>();
        foreach (string part in value.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int block))
            {
                return null;
            }

            blocks.Add(block);
        }

        return blocks;
    }

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

    internal sealed record Entry(FindingKind Kind, FindingVerdict Verdict, ProblemDefinition Definition);
}
