using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Schedules;
using Landes.Inclusion.Testing.Schedules;

namespace Landes.Inclusion.Testing.Interop;

/// <summary>
/// FsCheck arbitraries of the interchange formats, for <c>[Property(Arbitrary = [typeof(InteropArbitraries)])]</c>
/// or <c>ArbMap.Default.Merge(typeof(InteropArbitraries))</c>.
/// </summary>
public static class InteropArbitraries
{
    /// <summary>Valid places of the « lieux de médiation numérique » standard.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LieuMediationNumerique> LieuMediationNumerique() => LieuxMediationGenerators.Valid.ToArbitrary();

    /// <summary>One-row lieux CSV files with one known defect each.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DefectiveLieuRow> DefectiveLieuRow() => LieuxMediationGenerators.WithOneDefect.ToArbitrary();

    /// <summary>Weekly schedules (the same as <see cref="ScheduleGenerators.WeeklySchedule"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<WeeklySchedule> WeeklySchedule() => ScheduleGenerators.WeeklySchedule.ToArbitrary();
}
