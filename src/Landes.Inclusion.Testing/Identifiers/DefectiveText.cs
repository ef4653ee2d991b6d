namespace Landes.Inclusion.Testing.Identifiers;

/// <summary>
/// A text with exactly one known defect, and the problem code the library must report for it. Used for the
/// property "defect d ⇒ the parser or validator reports d's code".
/// </summary>
public sealed class DefectiveText
{
    /// <summary>Initializes a defective text.</summary>
    /// <param name="text">The text with the defect.</param>
    /// <param name="expectedCode">The problem code the library must report.</param>
    /// <param name="defect">A short description of the defect, shown when a property fails.</param>
    public DefectiveText(string text, string expectedCode, string defect)
    {
        Text = text;
        ExpectedCode = expectedCode;
        Defect = defect;
    }

    /// <summary>Gets the text with the defect.</summary>
    public string Text { get; }

    /// <summary>Gets the problem code the library must report for it.</summary>
    public string ExpectedCode { get; }

    /// <summary>Gets a short description of the defect.</summary>
    public string Defect { get; }

    /// <summary>Describes the case for test output.</summary>
    /// <returns>The text, the defect and the expected code.</returns>
    public override string ToString() => $"\"{Text}\" ({Defect} → {ExpectedCode})";
}
