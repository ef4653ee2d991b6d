using System.Text.Json;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Json;

/// <summary>
/// Thrown by the library's converters so that the strict reader can report the converter's own problem code
/// (a bad SIRET, a bad date) rather than a generic "invalid value".
/// </summary>
internal sealed class ProblemJsonException : JsonException
{
    public ProblemJsonException(Problem problem)
        : this([problem])
    {
    }

    /// <summary>A converter of a composite value (a schedule) reports every problem it found inside it.</summary>
    public ProblemJsonException(IReadOnlyList<Problem> problems)
        : base(problems[0].GetMessage(MessageLanguage.English))
    {
        Problems = problems;
    }

    public Problem Problem => Problems[0];

    public IReadOnlyList<Problem> Problems { get; }
}
