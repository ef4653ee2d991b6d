using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Training;

namespace Landes.Inclusion.Testing.Training;

/// <summary>
/// FsCheck arbitraries of the training module, for <c>[Property(Arbitrary = [typeof(TrainingArbitraries)])]</c> or
/// <c>ArbMap.Default.Merge(typeof(TrainingArbitraries))</c>.
/// </summary>
public static class TrainingArbitraries
{
    /// <summary>Valid training programmes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TrainingProgramme> TrainingProgramme() => TrainingGenerators.Programme.ToArbitrary();

    /// <summary>Enrolments consistent with a period of the embedded CnFS programme.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Enrolment> Enrolment() => TrainingGenerators.Enrolment.ToArbitrary();

    /// <summary>Single training sessions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TrainingSession> TrainingSession() => TrainingGenerators.Session.ToArbitrary();

    /// <summary>Enrolments with exactly one known defect.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DefectiveEnrolment> DefectiveEnrolment() => TrainingGenerators.DefectiveEnrolment.ToArbitrary();
}
