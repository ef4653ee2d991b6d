using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Identifiers;

/// <summary>A French postal code (code postal): five digits between 01000 and 98999.</summary>
/// <remarks>
/// A postal code is not a commune code: one postal code can serve several communes and a commune several postal
/// codes. Parsing ignores surrounding white space. The value is an immutable, allocation-free struct; it is thread-safe.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<PostalCode>))]
public readonly struct PostalCode : IIdentifier<PostalCode>, IComparable
{
    // 1000..98999: never 0, so the default value stands apart.
    private readonly int _value;

    private PostalCode(int value) => _value = value;

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (IsDefault || !_value.TryFormat(destination, out charsWritten, "D5", System.Globalization.CultureInfo.InvariantCulture))
        {
            charsWritten = 0;
            return false;
        }

        return true;
    }

    private static IdentifierText.Status TryParseCore(ReadOnlySpan<char> text, out PostalCode value)
    {
        value = default;
        if (text.IsEmpty)
        {
            return IdentifierText.Status.Empty;
        }

        if (text.Length != 5 || !IdentifierText.IsAllDigits(text))
        {
            return IdentifierText.Status.Format;
        }

        int number = (int)IdentifierText.ReadNumber(text);
        if (number is < 1000 or > 98999)
        {
            return IdentifierText.Status.Invalid;
        }

        value = new PostalCode(number);
        return IdentifierText.Status.Valid;
    }

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which is not a valid postal code.</summary>
    public bool IsDefault => _value == 0;

    /// <summary>Gets the longest text that can be a valid postal code (surrounding spaces aside).</summary>
    public static int MaxLength => 5;

    /// <summary>Gets the name of this kind of identifier in messages.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The name.</returns>
    public static string KindName(MessageLanguage language) =>
        language == MessageLanguage.English ? "postal code" : "code postal";

    /// <summary>Parses a postal code such as <c>40000</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The postal code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ProblemException">The text is not a valid postal code; the exception carries the problem.</exception>
    public static PostalCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IdentifierText.Parse<PostalCode>(text);
    }

    /// <summary>Parses a postal code such as <c>40000</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The postal code.</returns>
    /// <exception cref="ProblemException">The text is not a valid postal code; the exception carries the problem.</exception>
    public static PostalCode Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<PostalCode>(text);

    /// <summary>Tries to parse a postal code; never throws.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="value">The postal code when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid postal code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PostalCode value) => IdentifierText.TryParse(text, out value);

    /// <summary>Tries to parse a postal code without allocating; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The postal code when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid postal code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PostalCode value) =>
        TryParseCore(text.Trim(), out value) == IdentifierText.Status.Valid;

    /// <summary>Tries to parse a postal code, returning the problem that made it fail.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The postal code when valid; otherwise <c>default</c>.</param>
    /// <param name="problem">The problem (codes <c>LI-ID-050</c>, <c>LI-ID-051</c> or <c>LI-ID-001</c>) when invalid; otherwise null.</param>
    /// <returns><see langword="true"/> when the text is a valid postal code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PostalCode value, [NotNullWhen(false)] out Problem? problem)
    {
        IdentifierText.Status status = TryParseCore(text.Trim(), out value);
        problem = status == IdentifierText.Status.Valid
            ? null
            : IdentifierText.ToProblem<PostalCode>(status, text, IdentifierProblemDefinitions.PostalCodeFormat, IdentifierProblemDefinitions.PostalCodeRange);
        return problem is null;
    }

    /// <inheritdoc />
    static PostalCode IParsable<PostalCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<PostalCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PostalCode result) =>
        TryParse(s, out result);

    /// <inheritdoc />
    static PostalCode ISpanParsable<PostalCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<PostalCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PostalCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text form, such as <c>40000</c>; the empty string for <c>default</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => IdentifierText.Format(this);

    /// <inheritdoc />
    public bool Equals(PostalCode other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PostalCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Compares in the order of the canonical text forms; <c>default</c> sorts first.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(PostalCode other) => _value.CompareTo(other._value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PostalCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a PostalCode.", nameof(obj)),
    };

    /// <summary>Tells whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PostalCode left, PostalCode right) => left.Equals(right);

    /// <summary>Tells whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(PostalCode left, PostalCode right) => !left.Equals(right);

    /// <summary>Tells whether the first value sorts before the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PostalCode left, PostalCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether the first value sorts before or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(PostalCode left, PostalCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether the first value sorts after the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PostalCode left, PostalCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether the first value sorts after or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(PostalCode left, PostalCode right) => left.CompareTo(right) >= 0;
}
