using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Identifiers;

/// <summary>
/// The code of a titre professionnel of the Ministère du Travail: <c>TP-</c> followed by five digits, as in
/// <c>TP-01336</c> (Responsable d'espace de médiation numérique).
/// </summary>
/// <remarks>
/// Parsing ignores surrounding white space and is otherwise strict. Ordering is by number.
/// The value is an immutable, allocation-free struct; it is thread-safe.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<TitreProfessionnelCode>))]
public readonly struct TitreProfessionnelCode : IIdentifier<TitreProfessionnelCode>, IComparable
{
    // The number, 1..99999; 0 is the default value.
    private readonly int _number;

    private TitreProfessionnelCode(int number) => _number = number;

    /// <summary>Gets the number (1336 for TP-01336).</summary>
    public int Number => _number;

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (IsDefault || !"TP-".TryCopyTo(destination)
            || !_number.TryFormat(destination[3..], out int digits, "D5", System.Globalization.CultureInfo.InvariantCulture))
        {
            return false;
        }

        charsWritten = 3 + digits;
        return true;
    }

    private static IdentifierText.Status TryParseCore(ReadOnlySpan<char> text, out TitreProfessionnelCode value)
    {
        value = default;
        if (text.IsEmpty)
        {
            return IdentifierText.Status.Empty;
        }

        if (text.Length != 8 || !text.StartsWith("TP-", StringComparison.Ordinal) || !IdentifierText.IsAllDigits(text[3..]))
        {
            return IdentifierText.Status.Format;
        }

        int number = (int)IdentifierText.ReadNumber(text[3..]);
        if (number == 0)
        {
            return IdentifierText.Status.Format;
        }

        value = new TitreProfessionnelCode(number);
        return IdentifierText.Status.Valid;
    }

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which is not a valid titre professionnel code.</summary>
    public bool IsDefault => _number == 0;

    /// <summary>Gets the longest text that can be a valid titre professionnel code (surrounding spaces aside).</summary>
    public static int MaxLength => 8;

    /// <summary>Gets the name of this kind of identifier in messages.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The name.</returns>
    public static string KindName(MessageLanguage language) =>
        language == MessageLanguage.English ? "titre professionnel code" : "code de titre professionnel";

    /// <summary>Parses a titre professionnel code such as <c>TP-01336</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The titre professionnel code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ProblemException">The text is not a valid titre professionnel code; the exception carries the problem.</exception>
    public static TitreProfessionnelCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IdentifierText.Parse<TitreProfessionnelCode>(text);
    }

    /// <summary>Parses a titre professionnel code such as <c>TP-01336</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The titre professionnel code.</returns>
    /// <exception cref="ProblemException">The text is not a valid titre professionnel code; the exception carries the problem.</exception>
    public static TitreProfessionnelCode Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<TitreProfessionnelCode>(text);

    /// <summary>Tries to parse a titre professionnel code; never throws.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="value">The titre professionnel code when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid titre professionnel code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out TitreProfessionnelCode value) => IdentifierText.TryParse(text, out value);

    /// <summary>Tries to parse a titre professionnel code without allocating; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The titre professionnel code when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid titre professionnel code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out TitreProfessionnelCode value) =>
        TryParseCore(text.Trim(), out value) == IdentifierText.Status.Valid;

    /// <summary>Tries to parse a titre professionnel code, returning the problem that made it fail.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The titre professionnel code when valid; otherwise <c>default</c>.</param>
    /// <param name="problem">The problem (codes <c>LI-ID-080</c>, <c>LI-ID-080</c> or <c>LI-ID-001</c>) when invalid; otherwise null.</param>
    /// <returns><see langword="true"/> when the text is a valid titre professionnel code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out TitreProfessionnelCode value, [NotNullWhen(false)] out Problem? problem)
    {
        IdentifierText.Status status = TryParseCore(text.Trim(), out value);
        problem = status == IdentifierText.Status.Valid
            ? null
            : IdentifierText.ToProblem<TitreProfessionnelCode>(status, text, IdentifierProblemDefinitions.TitreProfessionnelCodeFormat, IdentifierProblemDefinitions.TitreProfessionnelCodeFormat);
        return problem is null;
    }

    /// <inheritdoc />
    static TitreProfessionnelCode IParsable<TitreProfessionnelCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<TitreProfessionnelCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TitreProfessionnelCode result) =>
        TryParse(s, out result);

    /// <inheritdoc />
    static TitreProfessionnelCode ISpanParsable<TitreProfessionnelCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<TitreProfessionnelCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TitreProfessionnelCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text form, such as <c>TP-01336</c>; the empty string for <c>default</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => IdentifierText.Format(this);

    /// <inheritdoc />
    public bool Equals(TitreProfessionnelCode other) => _number == other._number;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is TitreProfessionnelCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _number.GetHashCode();

    /// <summary>Compares in the order of the canonical text forms; <c>default</c> sorts first.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(TitreProfessionnelCode other) => _number.CompareTo(other._number);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        TitreProfessionnelCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a TitreProfessionnelCode.", nameof(obj)),
    };

    /// <summary>Tells whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(TitreProfessionnelCode left, TitreProfessionnelCode right) => left.Equals(right);

    /// <summary>Tells whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(TitreProfessionnelCode left, TitreProfessionnelCode right) => !left.Equals(right);

    /// <summary>Tells whether the first value sorts before the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(TitreProfessionnelCode left, TitreProfessionnelCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether the first value sorts before or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(TitreProfessionnelCode left, TitreProfessionnelCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether the first value sorts after the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(TitreProfessionnelCode left, TitreProfessionnelCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether the first value sorts after or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(TitreProfessionnelCode left, TitreProfessionnelCode right) => left.CompareTo(right) >= 0;
}
