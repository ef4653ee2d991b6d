using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Identifiers;

/// <summary>
/// A SIREN: the nine-digit number of a company or public body in the INSEE Sirene register, whose last digit is a
/// Luhn check digit.
/// </summary>
/// <remarks>
/// Parsing ignores surrounding white space and accepts the printed grouping <c>356 000 000</c>; the canonical form
/// has no spaces. The value is an immutable, allocation-free struct; it is thread-safe.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<Siren>))]
public readonly struct Siren : IIdentifier<Siren>, IComparable
{
    private const uint LaPosteNumber = 356000000;

    // The number plus one, so that the default value (0) is not the valid-looking SIREN 000000000.
    private readonly uint _encoded;

    private Siren(uint number) => _encoded = number + 1;

    /// <summary>Gets the SIREN of La Poste (356 000 000), whose establishments follow a SIRET exception.</summary>
    public static Siren LaPoste { get; } = new(LaPosteNumber);

    /// <summary>Gets a value indicating whether this is La Poste's SIREN.</summary>
    public bool IsLaPoste => _encoded == LaPosteNumber + 1;

    internal uint Number => _encoded - 1;

    internal static Siren FromValidatedNumber(uint number) => new(number);

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (IsDefault || !Number.TryFormat(destination, out charsWritten, "D9", System.Globalization.CultureInfo.InvariantCulture))
        {
            charsWritten = 0;
            return false;
        }

        return true;
    }

    internal static IdentifierText.Status TryParseCore(ReadOnlySpan<char> text, out Siren value)
    {
        value = default;
        if (text.IsEmpty)
        {
            return IdentifierText.Status.Empty;
        }

        Span<char> digits = stackalloc char[9];
        if (text.Length == 9)
        {
            text.CopyTo(digits);
        }
        else if (!IdentifierText.TryUngroup(text, digits, [3, 3, 3], out _))
        {
            return IdentifierText.Status.Format;
        }

        if (!IdentifierText.IsAllDigits(digits))
        {
            return IdentifierText.Status.Format;
        }

        if (!IdentifierText.PassesLuhn(digits))
        {
            return IdentifierText.Status.Invalid;
        }

        value = new Siren((uint)IdentifierText.ReadNumber(digits));
        return IdentifierText.Status.Valid;
    }

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which is not a valid SIREN.</summary>
    public bool IsDefault => _encoded == 0;

    /// <summary>Gets the longest text that can be a valid SIREN (surrounding spaces aside).</summary>
    public static int MaxLength => 11;

    /// <summary>Gets the name of this kind of identifier in messages.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The name.</returns>
    public static string KindName(MessageLanguage language) =>
        language == MessageLanguage.English ? "SIREN" : "SIREN";

    /// <summary>Parses a SIREN such as <c>356000000</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The SIREN.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ProblemException">The text is not a valid SIREN; the exception carries the problem.</exception>
    public static Siren Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IdentifierText.Parse<Siren>(text);
    }

    /// <summary>Parses a SIREN such as <c>356000000</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The SIREN.</returns>
    /// <exception cref="ProblemException">The text is not a valid SIREN; the exception carries the problem.</exception>
    public static Siren Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<Siren>(text);

    /// <summary>Tries to parse a SIREN; never throws.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="value">The SIREN when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid SIREN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Siren value) => IdentifierText.TryParse(text, out value);

    /// <summary>Tries to parse a SIREN without allocating; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The SIREN when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid SIREN.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Siren value) =>
        TryParseCore(text.Trim(), out value) == IdentifierText.Status.Valid;

    /// <summary>Tries to parse a SIREN, returning the problem that made it fail.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The SIREN when valid; otherwise <c>default</c>.</param>
    /// <param name="problem">The problem (codes <c>LI-ID-030</c>, <c>LI-ID-031</c> or <c>LI-ID-001</c>) when invalid; otherwise null.</param>
    /// <returns><see langword="true"/> when the text is a valid SIREN.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Siren value, [NotNullWhen(false)] out Problem? problem)
    {
        IdentifierText.Status status = TryParseCore(text.Trim(), out value);
        problem = status == IdentifierText.Status.Valid
            ? null
            : IdentifierText.ToProblem<Siren>(status, text, IdentifierProblemDefinitions.SirenFormat, IdentifierProblemDefinitions.SirenChecksum);
        return problem is null;
    }

    /// <inheritdoc />
    static Siren IParsable<Siren>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<Siren>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Siren result) =>
        TryParse(s, out result);

    /// <inheritdoc />
    static Siren ISpanParsable<Siren>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<Siren>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Siren result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text form, such as <c>356000000</c>; the empty string for <c>default</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => IdentifierText.Format(this);

    /// <inheritdoc />
    public bool Equals(Siren other) => _encoded == other._encoded;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Siren other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _encoded.GetHashCode();

    /// <summary>Compares in the order of the canonical text forms; <c>default</c> sorts first.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(Siren other) => _encoded.CompareTo(other._encoded);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Siren other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Siren.", nameof(obj)),
    };

    /// <summary>Tells whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Siren left, Siren right) => left.Equals(right);

    /// <summary>Tells whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Siren left, Siren right) => !left.Equals(right);

    /// <summary>Tells whether the first value sorts before the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Siren left, Siren right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether the first value sorts before or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(Siren left, Siren right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether the first value sorts after the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Siren left, Siren right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether the first value sorts after or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(Siren left, Siren right) => left.CompareTo(right) >= 0;
}
