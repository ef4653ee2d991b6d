using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Identifiers;

/// <summary>
/// The code of a certification in the Répertoire national des certifications professionnelles (RNCP):
/// <c>RNCP</c> followed by the record number, as in <c>RNCP34137</c> (Responsable d'espace de médiation numérique).
/// </summary>
/// <remarks>
/// Parsing ignores surrounding white space and is otherwise strict (upper-case prefix, no leading zero, at most six
/// digits). Ordering is by record number. The value is an immutable, allocation-free struct; it is thread-safe.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<RncpCode>))]
public readonly struct RncpCode : IIdentifier<RncpCode>, IComparable
{
    private const int MaxNumber = 999_999;

    // The record number, 1..999999; 0 is the default value.
    private readonly int _number;

    private RncpCode(int number) => _number = number;

    /// <summary>Gets the record number (34137 for RNCP34137).</summary>
    public int Number => _number;

    /// <summary>Creates the code of a record number.</summary>
    /// <param name="number">The record number, 1 to 999,999.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is out of range.</exception>
    public static RncpCode FromNumber(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxNumber);
        return new RncpCode(number);
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (IsDefault || !"RNCP".TryCopyTo(destination)
            || !_number.TryFormat(destination[4..], out int digits, default, System.Globalization.CultureInfo.InvariantCulture))
        {
            return false;
        }

        charsWritten = 4 + digits;
        return true;
    }

    /// <summary>Reads the record number after the RNCP prefix: 1 to 6 digits, no leading zero.</summary>
    internal static bool TryReadNumber(ReadOnlySpan<char> digits, out int number)
    {
        number = 0;
        if (digits.Length is < 1 or > 6 || digits[0] == '0' || !IdentifierText.IsAllDigits(digits))
        {
            return false;
        }

        number = (int)IdentifierText.ReadNumber(digits);
        return true;
    }

    private static IdentifierText.Status TryParseCore(ReadOnlySpan<char> text, out RncpCode value)
    {
        value = default;
        if (text.IsEmpty)
        {
            return IdentifierText.Status.Empty;
        }

        if (!text.StartsWith("RNCP", StringComparison.Ordinal) || !TryReadNumber(text[4..], out int number))
        {
            return IdentifierText.Status.Format;
        }

        value = new RncpCode(number);
        return IdentifierText.Status.Valid;
    }

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which is not a valid RNCP code.</summary>
    public bool IsDefault => _number == 0;

    /// <summary>Gets the longest text that can be a valid RNCP code (surrounding spaces aside).</summary>
    public static int MaxLength => 10;

    /// <summary>Gets the name of this kind of identifier in messages.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The name.</returns>
    public static string KindName(MessageLanguage language) =>
        language == MessageLanguage.English ? "RNCP code" : "code RNCP";

    /// <summary>Parses a RNCP code such as <c>RNCP34137</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The RNCP code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ProblemException">The text is not a valid RNCP code; the exception carries the problem.</exception>
    public static RncpCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IdentifierText.Parse<RncpCode>(text);
    }

    /// <summary>Parses a RNCP code such as <c>RNCP34137</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The RNCP code.</returns>
    /// <exception cref="ProblemException">The text is not a valid RNCP code; the exception carries the problem.</exception>
    public static RncpCode Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<RncpCode>(text);

    /// <summary>Tries to parse a RNCP code; never throws.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="value">The RNCP code when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid RNCP code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RncpCode value) => IdentifierText.TryParse(text, out value);

    /// <summary>Tries to parse a RNCP code without allocating; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The RNCP code when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid RNCP code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RncpCode value) =>
        TryParseCore(text.Trim(), out value) == IdentifierText.Status.Valid;

    /// <summary>Tries to parse a RNCP code, returning the problem that made it fail.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The RNCP code when valid; otherwise <c>default</c>.</param>
    /// <param name="problem">The problem (codes <c>LI-ID-060</c>, <c>LI-ID-060</c> or <c>LI-ID-001</c>) when invalid; otherwise null.</param>
    /// <returns><see langword="true"/> when the text is a valid RNCP code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RncpCode value, [NotNullWhen(false)] out Problem? problem)
    {
        IdentifierText.Status status = TryParseCore(text.Trim(), out value);
        problem = status == IdentifierText.Status.Valid
            ? null
            : IdentifierText.ToProblem<RncpCode>(status, text, IdentifierProblemDefinitions.RncpCodeFormat, IdentifierProblemDefinitions.RncpCodeFormat);
        return problem is null;
    }

    /// <inheritdoc />
    static RncpCode IParsable<RncpCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<RncpCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RncpCode result) =>
        TryParse(s, out result);

    /// <inheritdoc />
    static RncpCode ISpanParsable<RncpCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<RncpCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RncpCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text form, such as <c>RNCP34137</c>; the empty string for <c>default</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => IdentifierText.Format(this);

    /// <inheritdoc />
    public bool Equals(RncpCode other) => _number == other._number;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is RncpCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _number.GetHashCode();

    /// <summary>Compares in the order of the canonical text forms; <c>default</c> sorts first.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(RncpCode other) => _number.CompareTo(other._number);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        RncpCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a RncpCode.", nameof(obj)),
    };

    /// <summary>Tells whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RncpCode left, RncpCode right) => left.Equals(right);

    /// <summary>Tells whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(RncpCode left, RncpCode right) => !left.Equals(right);

    /// <summary>Tells whether the first value sorts before the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(RncpCode left, RncpCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether the first value sorts before or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(RncpCode left, RncpCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether the first value sorts after the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(RncpCode left, RncpCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether the first value sorts after or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(RncpCode left, RncpCode right) => left.CompareTo(right) >= 0;
}
