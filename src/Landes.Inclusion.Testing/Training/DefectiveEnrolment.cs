using Landes.Inclusion.Training;

namespace Landes.Inclusion.Testing.Training;

/// <summary>
/// An enrolment with exactly one known defect, and the problem code the library must report for it. Used for the
/// property "defect d ⇒ the validator or the compliance check reports d's code".
/// </summary>
public sealed class DefectiveEnrolment
{
    /// <summary>Initializes a defective enrolment.</summary>
    /// <param name="enrolment">The enrolment with the defect.</param>
    /// <param name="expectedCode">The problem code the library must report.</param>
    /// <param name="defect">A short description of the defect, shown when a property fails.</param>
    public DefectiveEnrolment(Enrolment enrolment, string expectedCode, string defect)
    {
        Enrolment = enrolment;
        ExpectedCode = expectedCode;
        Defect = defect;
    }

    /// <summary>Gets the enrolment with the defect.</summary>
    public Enrolment Enrolment { get; }

    /// <summary>Gets the problem code the library must report for it.</summary>
    public string ExpectedCode { get; }

    /// <summary>Gets a short description of the defect.</summary>
    public string Defect { get; }

    /// <summary>Describes the case for test output.</summary>
    /// <returns>The enrolment, the defect and the expected code.</returns>
    public override string ToString() => $"{Enrolment.Id} ({Defect} → {ExpectedCode})";
}
