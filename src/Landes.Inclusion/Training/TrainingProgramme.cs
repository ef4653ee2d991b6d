using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>
/// A training programme as data: its rule periods, each with the paths it allows, the certifications it targets, the
/// exam deadline, the exemption and continuing-training rules, and where these rules come from. The CnFS programme is
/// embedded (<see cref="TrainingProgrammeCatalog.Default"/>); a user can load others with
/// <see cref="TrainingJson.Programme"/>. Format: <c>docs/training.md</c> and <c>docs/schemas/training-programme.schema.json</c>.
/// </summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class TrainingProgramme
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Gets the schema version of the document.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the programme's identifier, which enrolments name (for example <c>cnfs</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the programme's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets where the programme's rules come from, and their vintage.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the rule periods; a date falls under at most one (<see cref="TrainingProgrammeValidator"/> checks it).</summary>
    public required IReadOnlyList<RulePeriod> Periods { get; init; }

    /// <summary>Finds the period whose dates include a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The period, or null when no period covers the date.</returns>
    public RulePeriod? FindPeriod(LocalDate date)
    {
        IReadOnlyList<RulePeriod> periods = Periods;
        for (int i = 0; i < periods.Count; i++)
        {
            if (periods[i].Covers(date))
            {
                return periods[i];
            }
        }

        return null;
    }

    /// <summary>Finds a period by its identifier.</summary>
    /// <param name="id">The period identifier.</param>
    /// <returns>The period, or null.</returns>
    public RulePeriod? FindPeriod(string id) => Periods.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
}

/// <summary>The rules of a programme over a span of dates (R7–R12).</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class RulePeriod
{
    /// <summary>Gets the period's identifier (for example <c>cnfs-2024</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the first day of the period.</summary>
    public required LocalDate From { get; init; }

    /// <summary>Gets the last day of the period (inclusive), or null when the period is still open.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>Gets the paths of initial training the period allows (R7).</summary>
    public required IReadOnlyList<TrainingPath> Paths { get; init; }

    /// <summary>Gets the certifications the initial training targets (R7, R10).</summary>
    public required IReadOnlyList<TargetCertification> Targets { get; init; }

    /// <summary>Gets the number of months after the end of training within which compulsory exams are sat (R10).</summary>
    public required int ExamDeadlineMonths { get; init; }

    /// <summary>Gets a value indicating whether an advisor holding CCP1 or the title at recruitment may be exempted (R8).</summary>
    public required bool ExemptionAllowed { get; init; }

    /// <summary>Gets the continuing-training quota rules for advisors who entered initial training in this period (R12).</summary>
    public required ContinuingTrainingRule Continuing { get; init; }

    /// <summary>Gets where this period's rules come from.</summary>
    public required string Source { get; init; }

    /// <summary>Gets a remark on the period (what is unverified, what was inferred), or null.</summary>
    public string? Note { get; init; }

    /// <summary>Tells whether the period covers a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="From"/> ≤ <paramref name="date"/> ≤ <see cref="Until"/>.</returns>
    public bool Covers(LocalDate date) => date >= From && (Until is not { } until || date <= until);

    /// <summary>Finds an allowed path by its identifier.</summary>
    /// <param name="id">The path identifier (for example <c>315h</c>).</param>
    /// <returns>The path, or null when the period does not allow it.</returns>
    public TrainingPath? FindPath(string? id)
    {
        if (id is null)
        {
            return null;
        }

        IReadOnlyList<TrainingPath> paths = Paths;
        for (int i = 0; i < paths.Count; i++)
        {
            if (string.Equals(paths[i].Id, id, StringComparison.Ordinal))
            {
                return paths[i];
            }
        }

        return null;
    }
}

/// <summary>A path of initial training: its hours of lessons and of stage (R7). Hours are whole hours.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class TrainingPath
{
    /// <summary>Gets the path's identifier (for example <c>105h</c>, <c>175h+210h</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the path's label (for example <c>avancé</c>), or null.</summary>
    public string? Label { get; init; }

    /// <summary>Gets the hours of lessons (in centre, in structure or remote).</summary>
    public required int LessonHours { get; init; }

    /// <summary>Gets the hours of stage (0 when the path has none).</summary>
    public int StageHours { get; init; }

    /// <summary>Gets the in-centre part of the lesson hours when published, or null (the 2021 split is not published).</summary>
    public int? InCentreHours { get; init; }

    /// <summary>Gets the lesson hours as an exact duration.</summary>
    [JsonIgnore]
    public Duration Lessons => Duration.FromHours(LessonHours);

    /// <summary>Gets the stage hours as an exact duration.</summary>
    [JsonIgnore]
    public Duration Stage => Duration.FromHours(StageHours);

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>A certification an initial training targets (R7, R10), such as CCP1 of the title or Pix.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class TargetCertification
{
    /// <summary>Gets the identifier exam sittings use (for example <c>ccp1</c>, <c>pix</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the certification's label.</summary>
    public required string Label { get; init; }

    /// <summary>Gets a value indicating whether this exam is optional; by default it must be sat within the deadline (R10).</summary>
    public bool Optional { get; init; }

    /// <summary>
    /// Gets the blocks of the certification catalog this target is, each for the entries (start of training) of a span
    /// of dates; empty for a certification outside the catalog (Pix). A reference names the title version's catalog
    /// identifier (such as <c>remn-2019</c>), so that the programme and the catalog can be checked against each other.
    /// </summary>
    public IReadOnlyList<CertificationReference> Certifications { get => _certifications; init => _certifications = value ?? []; }

    // Absent from a JSON document, the source-generated reader passes null to the init accessor: read as empty.
    private readonly IReadOnlyList<CertificationReference> _certifications = [];

    /// <summary>Finds the catalog block this target is for training entered on a date.</summary>
    /// <param name="entered">The day training started (or the exemption was decided).</param>
    /// <returns>The reference whose span includes the date, or null.</returns>
    public CertificationReference? CertificationOn(LocalDate entered)
    {
        foreach (CertificationReference reference in Certifications)
        {
            if (reference.Covers(entered))
            {
                return reference;
            }
        }

        return null;
    }

    /// <summary>Gets a value indicating whether sitting this exam within the deadline is compulsory (R10).</summary>
    [JsonIgnore]
    public bool Compulsory => !Optional;
}

/// <summary>
/// A block of a title version of the certification catalog (<c>Landes.Inclusion.Certification</c>), targeted by training
/// entered between two days (inclusive; open ends when null).
/// </summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class CertificationReference
{
    /// <summary>Gets the catalog identifier of the title version, such as <c>remn-2019</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the CCP number.</summary>
    public required int Block { get; init; }

    /// <summary>Gets the first entry day this reference applies to, or null from the period's start.</summary>
    public LocalDate? From { get; init; }

    /// <summary>Gets the last entry day this reference applies to, or null until the period's end.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>Tells whether the reference applies to training entered on a date.</summary>
    /// <param name="entered">The entry day.</param>
    /// <returns>True when the day is within the reference's span.</returns>
    public bool Covers(LocalDate entered) => (From is not { } from || entered >= from) && (Until is not { } until || entered <= until);

    /// <inheritdoc />
    public override string ToString() => $"{Title} CCP{Block.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>The continuing-training quotas (R12) for advisors who entered initial training in a period.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class ContinuingTrainingRule
{
    private readonly IReadOnlyList<QuotaAllowance> _allowances = [];

    /// <summary>
    /// Gets the number of modules due within 12 months of entering initial training (2 for advisors admitted from
    /// 2024, 0 otherwise). Exempted advisors never owe these: they follow the yearly quota only.
    /// </summary>
    public required int ModulesWithinFirst12Months { get; init; }

    /// <summary>Gets the number of modules due per calendar year.</summary>
    public required int ModulesPerCalendarYear { get; init; }

    /// <summary>Gets the first calendar year the yearly quota applies to.</summary>
    public required int FromYear { get; init; }

    /// <summary>Gets the lengths, in hours, of the modules offered (7 and 14).</summary>
    public required IReadOnlyList<int> ModuleHours { get; init; }

    /// <summary>Gets the allowances: a year's module may be taken until a later date.</summary>
    public IReadOnlyList<QuotaAllowance> Allowances
    {
        get => _allowances;
        init => _allowances = value ?? [];
    }
}

/// <summary>An allowance of the yearly quota: a module for <see cref="Year"/> may be taken until <see cref="Until"/>.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class QuotaAllowance
{
    /// <summary>Gets the calendar year whose module may be taken late.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the last day on which that module may be taken.</summary>
    public required LocalDate Until { get; init; }
}
