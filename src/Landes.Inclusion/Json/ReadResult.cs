using System.Diagnostics.CodeAnalysis;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Json;

/// <summary>
/// What reading a document gave: the value when the document could be read, and every problem found while reading
/// and validating it.
/// </summary>
/// <typeparam name="T">The document type.</typeparam>
/// <remarks>
/// A document whose structure is sound but whose content breaks a validation rule is still returned in
/// <see cref="Value"/>, so nothing the user gave is lost; <see cref="Succeeded"/> is then false.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class ReadResult<T>
    where T : class
{
    internal ReadResult(T? value, ValidationReport report)
    {
        Value = value;
        Report = report;
    }

    /// <summary>Gets the document when its structure could be read; otherwise null.</summary>
    public T? Value { get; }

    /// <summary>Gets every problem found, structural and semantic.</summary>
    public ValidationReport Report { get; }

    /// <summary>Gets a value indicating whether the document was read and has no error.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null && Report.IsValid;

    /// <summary>Returns the document, or throws when it has errors.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="ProblemException">The document could not be read or has errors.</exception>
    public T GetValueOrThrow() => Succeeded ? Value : throw new ProblemException(Report);
}
