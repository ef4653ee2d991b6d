using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

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
