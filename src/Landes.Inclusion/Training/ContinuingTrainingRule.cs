using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

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
