using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>An advisor in post who has not finished initial training and its exams.</summary>
public sealed class AdvisorInTraining
{
    /// <summary>Gets the advisor's id.</summary>
    public required string AdvisorId { get; init; }

    /// <summary>Gets the advisor's name (personal data).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the recruitment day.</summary>
    public required LocalDate RecruitedOn { get; init; }

    /// <summary>Gets the training status.</summary>
    public required TrainingStatus Status { get; init; }

    /// <summary>Gets the rule period and path, as <c>period/path</c>, when known.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the hours done so far (lessons and stage).</summary>
    public required decimal HoursDone { get; init; }

    /// <summary>Gets the hours the path requires, when known.</summary>
    public decimal? HoursRequired { get; init; }

    /// <summary>Gets the planned end of training, when known.</summary>
    public LocalDate? TrainingEnd { get; init; }

    /// <summary>Gets the last day to sit the exams (R10: 6 months after the end of training), when known.</summary>
    public LocalDate? ExamDueBy { get; init; }
}
