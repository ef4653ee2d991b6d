using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Training;

/// <summary>
/// Why an advisor was absent from training or from an exam (R10, R11). In JSON: <c>sick-leave-with-certificate</c>,
/// <c>positive-covid-test</c>, <c>force-majeure</c>, <c>unjustified</c>.
/// </summary>
[JsonConverter(typeof(StableEnumJsonConverter<AbsenceJustification>))]
public enum AbsenceJustification
{
    /// <summary>Sick leave with a medical certificate (justified).</summary>
    SickLeaveWithCertificate = 0,

    /// <summary>A positive Covid-19 test (justified).</summary>
    PositiveCovidTest = 1,

    /// <summary>Force majeure (justified).</summary>
    ForceMajeure = 2,

    /// <summary>No justification.</summary>
    Unjustified = 3,
}
