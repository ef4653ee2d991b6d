using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>Settings of a network report. The defaults are the programme's rules; each is data a user can change.</summary>
public sealed class NetworkReportOptions
{
    /// <summary>Gets the default options.</summary>
    public static NetworkReportOptions Default { get; } = new();

    /// <summary>Gets how many days ahead a contract's end raises an alert (90 by default).</summary>
    public int ContractAlertDays { get; init; } = 90;

    /// <summary>Gets how long a post may stay vacant (6 months, ANCT conventions from 2025).</summary>
    public Period VacancyLimit { get; init; } = Period.FromMonths(6);

    /// <summary>Gets the day the vacancy limit applies from (1 January 2025).</summary>
    public LocalDate VacancyRuleFrom { get; init; } = new(2025, 1, 1);

    /// <summary>Gets the language of the messages (French by default).</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.French;

    /// <summary>Gets the coverage settings (thresholds, radius, travel-time estimate).</summary>
    public CoverageOptions Coverage { get; init; } = CoverageOptions.Default;

    /// <summary>Gets how many of the largest coverage gaps the report lists (5 by default).</summary>
    public int LargestGaps { get; init; } = 5;
}
