using System.Diagnostics.CodeAnalysis;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Identifiers;

/// <summary>
/// What every French identifier of the library offers: parsing from text with the problem that made it fail,
/// equality, ordering and a canonical text form. Generic code (JSON converters, validators, generators) works
/// over this interface.
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
/// <remarks>
/// The <c>default</c> value of an identifier type is not a valid identifier: <see cref="IsDefault"/> tells it
/// apart, its <see cref="object.ToString"/> is the empty string, validators reject it with
/// <see cref="IdentifierProblemCodes.Uninitialized"/> and the JSON converter refuses to write it.
/// </remarks>
public interface IIdentifier<TSelf> : IEquatable<TSelf>, IComparable<TSelf>, ISpanParsable<TSelf>
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>Gets the name of this kind of identifier in messages, in the given language.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>A short name such as « code INSEE » or "SIREN".</returns>
    static abstract string KindName(MessageLanguage language);

    /// <summary>Gets the longest text, in characters, that can be a valid identifier (surrounding spaces aside).</summary>
    static abstract int MaxLength { get; }

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which is not a valid identifier.</summary>
    bool IsDefault { get; }

    /// <summary>Parses a text, returning the problem that made it fail.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The identifier when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="problem">The problem (at the empty path) when the text is invalid; otherwise null.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    static abstract bool TryParse(ReadOnlySpan<char> text, out TSelf value, [NotNullWhen(false)] out Problem? problem);

    /// <summary>Writes the canonical text form into a buffer without allocating.</summary>
    /// <param name="destination">The buffer.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns><see langword="false"/> when the buffer is too small or the value is <c>default</c>.</returns>
    bool TryFormat(Span<char> destination, out int charsWritten);
}
