using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>Where a result's date falls against its title version's validity (rules R3 and R4).</summary>
internal enum ResultWindow
{
    /// <summary>During the validity window (R3).</summary>
    Inside,

    /// <summary>After the end, within the completion allowance, the candidate being eligible (R4).</summary>
    InAllowance,

    /// <summary>Outside both.</summary>
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

    /// <summary>Where a date falls for a title version and a candidate.</summary>
    public static ResultWindow Check(TitleVersion title, CandidateRecord record, LocalDate date)
    {
        if (date < title.ValidFrom)
        {
            return ResultWindow.Outside;
        }

        if (title.ValidUntil is not { } end || date <= end)
        {
            return ResultWindow.Inside;
        }

        return CompletionDeadline(title) is { } deadline && date <= deadline && IsEligibleForAllowance(title, record, out _)
            ? ResultWindow.InAllowance
            : ResultWindow.Outside;
    }
}
