using Landes.Inclusion.Certification;
using NodaTime;

namespace Landes.Inclusion.Testing.Certification;

/// <summary>A candidate record with exactly one known defect, the evaluation date to validate it with and the problem code it must produce.</summary>
/// <param name="Record">The record.</param>
/// <param name="AsOf">The evaluation date to pass to <see cref="CandidateRecordValidator.Validate(CandidateRecord, LocalDate)"/>.</param>
/// <param name="ExpectedCode">The problem code the validator must report.</param>
/// <param name="Defect">What is wrong, for failure messages.</param>
public sealed record DefectiveRecord(CandidateRecord Record, LocalDate AsOf, string ExpectedCode, string Defect)
{
    /// <inheritdoc />
    public override string ToString() => $"{Defect} (expects {ExpectedCode})";
}
