using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Cli.Documents;

/// <summary>
/// A kind of document the tool recognises: its name, how to recognise it from its <see cref="InputShape"/> (top-level
/// JSON property names or CSV header), and how to validate it (every problem, with path and code).
/// </summary>
/// <param name="Id">A stable short id (<c>places</c>, <c>lieux-csv</c>…).</param>
/// <param name="Name">The name shown to the user.</param>
/// <param name="Matches">Whether a file of this shape is of this kind.</param>
/// <param name="Validate">Reads and validates the file's bytes.</param>
internal sealed record DocumentKind(string Id, CliText Name, Func<InputShape, bool> Matches, Func<ReadOnlyMemory<byte>, ValidationReport> Validate);
