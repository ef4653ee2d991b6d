using System.Diagnostics.CodeAnalysis;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Json;

/// <summary>
/// What reading a document gave: the document when it was read and is valid, and every problem found while reading
/// and validating it.
/// </summary>
/// <typeparam name="T">The document type.</typeparam>
/// <remarks>
/// <para><see cref="Value"/> is set only when the document is valid, so a document with errors cannot flow on by
/// mistake. A document whose structure is sound but whose content breaks a validation rule is still kept, so that
/// nothing the user gave is lost: <see cref="UnvalidatedValue"/> says by its name that it has not passed validation
/// (for example to show the user what was read beside its problems).</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ReadResult<T>
    where T : class
{
    internal ReadResult(T? value, ValidationReport report)
    {
        UnvalidatedValue = value;
        Report = report;
        Value = value is not null && report.IsValid ? value : null;
    }

    /// <summary>Gets the document when it was read and has no error; otherwise null.</summary>
    public T? Value { get; }

    /// <summary>
    /// Gets the document when its structure could be read, whether or not it passed validation; otherwise null.
    /// Check <see cref="Report"/> before using it: it may break the rules the library enforces.
    /// </summary>
    public T? UnvalidatedValue { get; }

    /// <summary>Gets every problem found, structural and semantic.</summary>
    public ValidationReport Report { get; }

    /// <summary>Gets a value indicating whether the document was read and has no error.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    /// <summary>Gets the document when it was read and has no error.</summary>
    /// <param name="value">The document when valid; otherwise null.</param>
    /// <returns><see langword="true"/> when the document was read and has no error.</returns>
    public bool TryGetValue([NotNullWhen(true)] out T? value)
    {
        value = Value;
        return value is not null;
    }

    /// <summary>Returns the document, or throws when it has errors.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="ProblemException">The document could not be read or has errors.</exception>
    public T GetValueOrThrow() => Succeeded ? Value : throw new ProblemException(Report);
}
