namespace Landes.Inclusion.Tests.Infrastructure;

/// <summary>
/// The tests that replace <see cref="Console.Out"/>: they run alone, after the others. FsCheck's runner writes to the
/// console while it checks a property, so a test running beside one that captures the console could write into its
/// capture, or into the writer it has just disposed (seen once in CI as an <see cref="ObjectDisposedException"/>).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCapture
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Console";
}
