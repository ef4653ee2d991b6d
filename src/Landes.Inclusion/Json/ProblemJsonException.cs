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
        : base(problem.GetMessage(MessageLanguage.English))
    {
        Problem = problem;
    }

    public Problem Problem { get; }
}
