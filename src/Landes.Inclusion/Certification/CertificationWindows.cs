using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>Where a result's date falls against its title version's validity (rules R3 and R4).</summary>
internal enum ResultWindow
{
    /// <summary>During the validity window (R3).</summary>
    Inside,

    /// <summary>After the end, within the completion allowance, the candidate being eligible (R4).</summary>
    InAllowance,

    /// <summary>
    /// Outside both, but inside a catalog's evidence of sessions held for this block (R5: the decision is a fact; the
    /// window that would cover it is uncertain).
    /// </summary>
    UnderEvidence,

    /// <summary>Outside the validity, the allowance and every evidence of sessions.</summary>
    Outside,
}

/// <summary>The date rules shared by the engine and the validators.</summary>
internal static class CertificationWindows
{
    /// <summary>Décret 2016-954 (R. 338-5): from this day CCPs are acquired for the title's validity; before, for 5 years.</summary>
    public static readonly LocalDate R3Reform = new(2016, 7, 14);

    /// <summary>
    /// The last day (inclusive) a title may still be completed after its end: the catalog's stated deadline, else one year
    /// after the end of a closed title (R4); null when none applies.
    /// </summary>
    public static LocalDate? CompletionDeadline(TitleVersion title) =>
        title.CompletionDeadline ?? (title.EndStatus == TitleEndStatus.Closed && title.ValidUntil is { } end ? end.PlusYears(1) : null);

    /// <summary>
    /// R4: the allowance is for candidates registered to a session of the title on or before its last day of validity
    /// and who started training on or before it.
    /// </summary>
    public static bool IsEligibleForAllowance(TitleVersion title, CandidateRecord record, out LocalDate registeredOn)
    {
        registeredOn = default;
        if (title.ValidUntil is not { } end || record.TrainingStart is not { } training || training > end)
        {
            return false;
        }

        foreach (SessionRegistration registration in record.Registrations)
        {
            if (registration.RegisteredOn <= end && string.Equals(registration.Title, title.Id, StringComparison.Ordinal))
            {
                registeredOn = registration.RegisteredOn;
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a result of a block on a date falls for a title version and a candidate.</summary>
    public static ResultWindow Check(TitleVersion title, CandidateRecord record, int block, LocalDate date) =>
        Check(title, record, block, date, out _);

    /// <summary>Where a result of a block on a date falls for a title version and a candidate, with the evidence that covers it.</summary>
    public static ResultWindow Check(TitleVersion title, CandidateRecord record, int block, LocalDate date, out SessionFrame? evidence)
    {
        evidence = null;
        if (date >= title.ValidFrom)
        {
            if (title.ValidUntil is not { } end || date <= end)
            {
                return ResultWindow.Inside;
            }

            if (CompletionDeadline(title) is { } deadline && date <= deadline && IsEligibleForAllowance(title, record, out _))
            {
                return ResultWindow.InAllowance;
            }
        }

        evidence = FindFrame(title.SessionEvidence, record, block, date);
        return evidence is null ? ResultWindow.Outside : ResultWindow.UnderEvidence;
    }

    /// <summary>
    /// The first frame that covers a block on a date for a candidate: its programme is the candidate's, or one of the two
    /// is not stated (the finding then says the programme is not shown); null when none does.
    /// </summary>
    public static SessionFrame? FindFrame(IReadOnlyList<SessionFrame> frames, CandidateRecord record, int block, LocalDate date)
    {
        foreach (SessionFrame frame in frames)
        {
            if (frame.Covers(block, date) && ProgrammeMatches(frame, record))
            {
                return frame;
            }
        }

        return null;
    }

    /// <summary>Tells whether a frame's programme is the candidate's (true also when either is not stated).</summary>
    public static bool ProgrammeMatches(SessionFrame frame, CandidateRecord record) =>
        frame.Programme is null || record.Programme is null || string.Equals(frame.Programme, record.Programme, StringComparison.Ordinal);

    /// <summary>Tells whether a frame needs a programme the record does not state.</summary>
    public static bool ProgrammeNotShown(SessionFrame frame, CandidateRecord record) => frame.Programme is not null && record.Programme is null;
}
