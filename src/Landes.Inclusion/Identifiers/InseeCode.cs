using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Identifiers;

/// <summary>
/// The INSEE code of a commune in the Code officiel géographique (COG): five characters, the département part
/// (<c>01</c>–<c>95</c> without <c>20</c>, <c>2A</c>/<c>2B</c> for Corsica) then a three-digit commune number, or for
/// overseas a three-digit part (<c>971</c>–<c>978</c>, <c>984</c>, <c>986</c>–<c>989</c>) then two digits.
/// </summary>
/// <remarks>
/// <para>A code identifies a commune only together with its COG vintage: communes merge (40009, 40107 and 40302 became
/// 40197 Morcenx-la-Nouvelle), so this type checks the form of a code, and the territory data says whether a code
/// exists in a given year. A missing code is never defaulted to anything.</para>
/// <para>Parsing ignores surrounding white space and is otherwise strict (<c>2a001</c> is rejected). Ordering is the
/// ordinal order of the codes. The value is an immutable, allocation-free struct; it is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<InseeCode>))]
public readonly struct InseeCode : IIdentifier<InseeCode>, IComparable
{
    // The five ASCII characters packed big-endian into one integer: equality and ordinal order come for free.
    private readonly ulong _packed;

    private InseeCode(ulong packed) => _packed = packed;

    /// <summary>Gets the code of the département or overseas collectivity the commune belongs to (<c>40</c>, <c>2A</c>, <c>974</c>).</summary>
    public DepartementCode Departement
    {
        get
        {
            Span<char> text = stackalloc char[5];
            WriteChars(text);
            return DepartementCode.FromValidatedText(text[..DepartementLength(text)]);
        }
    }

    /// <summary>Gets the commune's number within its département: the last three digits, or two overseas (0 for <c>default</c>).</summary>
    internal int CommuneNumber
    {
        get
        {
            int hundreds = (int)((_packed >> 16) & 0xFF) - '0';
            int tens = (int)((_packed >> 8) & 0xFF) - '0';
            int units = (int)(_packed & 0xFF) - '0';
            return IsDefault ? 0 : IsOverseas ? (tens * 10) + units : (hundreds * 100) + (tens * 10) + units;
        }
    }

    /// <summary>Gets a value indicating whether the commune is overseas (département part 971 or above).</summary>
    public bool IsOverseas => (char)(_packed >> 32) == '9' && (char)((_packed >> 24) & 0xFF) >= '7';

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (IsDefault || destination.Length < 5)
        {
            return false;
        }

        WriteChars(destination);
        charsWritten = 5;
        return true;
    }

    private void WriteChars(Span<char> destination)
    {
        for (int i = 0; i < 5; i++)
        {
            destination[i] = (char)((_packed >> (8 * (4 - i))) & 0xFF);
        }
    }

    private static int DepartementLength(ReadOnlySpan<char> code) => code[0] == '9' && code[1] >= '7' ? 3 : 2;

    private static IdentifierText.Status TryParseCore(ReadOnlySpan<char> text, out InseeCode value)
    {
        value = default;
        if (text.IsEmpty)
        {
            return IdentifierText.Status.Empty;
        }

        if (text.Length != 5)
        {
            return IdentifierText.Status.Format;
        }

        bool corsica = text[0] == '2' && text[1] is 'A' or 'B';
        if (!corsica && !IdentifierText.IsAllDigits(text[..2]))
        {
            return IdentifierText.Status.Format;
        }

        if (!IdentifierText.IsAllDigits(text[2..]))
        {
            return IdentifierText.Status.Format;
        }

        int departementLength = corsica ? 2 : DepartementLength(text);
        if (!DepartementCode.IsKnown(text[..departementLength]) || IdentifierText.ReadNumber(text[departementLength..]) == 0)
        {
            return IdentifierText.Status.Invalid;
        }

        ulong packed = 0;
        foreach (char c in text)
        {
            packed = (packed << 8) | c;
        }

        value = new InseeCode(packed);
        return IdentifierText.Status.Valid;
    }

    /// <summary>Builds a code from 5 ASCII bytes already checked when the embedded resource was built (no validation).</summary>
    internal static InseeCode FromTrustedAscii(ReadOnlySpan<byte> ascii)
    {
        ulong packed = 0;
        foreach (byte c in ascii)
        {
            packed = (packed << 8) | c;
        }

        return new InseeCode(packed);
    }

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which is not a valid INSEE commune code.</summary>
    public bool IsDefault => _packed == 0;

    /// <summary>Gets the longest text that can be a valid INSEE commune code (surrounding spaces aside).</summary>
    public static int MaxLength => 5;

    /// <summary>Gets the name of this kind of identifier in messages.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The name.</returns>
    public static string KindName(MessageLanguage language) =>
        language == MessageLanguage.English ? "INSEE commune code" : "code INSEE de commune";

    /// <summary>Parses a INSEE commune code such as <c>40192</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The INSEE commune code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ProblemException">The text is not a valid INSEE commune code; the exception carries the problem.</exception>
    public static InseeCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IdentifierText.Parse<InseeCode>(text);
    }

    /// <summary>Parses a INSEE commune code such as <c>40192</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The INSEE commune code.</returns>
    /// <exception cref="ProblemException">The text is not a valid INSEE commune code; the exception carries the problem.</exception>
    public static InseeCode Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<InseeCode>(text);

    /// <summary>Tries to parse a INSEE commune code; never throws.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="value">The INSEE commune code when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid INSEE commune code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out InseeCode value) => IdentifierText.TryParse(text, out value);

    /// <summary>Tries to parse a INSEE commune code without allocating; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The INSEE commune code when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid INSEE commune code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out InseeCode value) =>
        TryParseCore(text.Trim(), out value) == IdentifierText.Status.Valid;

    /// <summary>Tries to parse a INSEE commune code, returning the problem that made it fail.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The INSEE commune code when valid; otherwise <c>default</c>.</param>
    /// <param name="problem">The problem (codes <c>LI-ID-010</c>, <c>LI-ID-011</c> or <c>LI-ID-001</c>) when invalid; otherwise null.</param>
    /// <returns><see langword="true"/> when the text is a valid INSEE commune code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out InseeCode value, [NotNullWhen(false)] out Problem? problem)
    {
        IdentifierText.Status status = TryParseCore(text.Trim(), out value);
        problem = status == IdentifierText.Status.Valid
            ? null
            : IdentifierText.ToProblem<InseeCode>(status, text, IdentifierProblemDefinitions.InseeCodeFormat, IdentifierProblemDefinitions.InseeCodeRange);
        return problem is null;
    }

    /// <inheritdoc />
    static InseeCode IParsable<InseeCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<InseeCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out InseeCode result) =>
        TryParse(s, out result);

    /// <inheritdoc />
    static InseeCode ISpanParsable<InseeCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<InseeCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out InseeCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text form, such as <c>40192</c>; the empty string for <c>default</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => IdentifierText.Format(this);

    /// <inheritdoc />
    public bool Equals(InseeCode other) => _packed == other._packed;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is InseeCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _packed.GetHashCode();

    /// <summary>Compares in the order of the canonical text forms; <c>default</c> sorts first.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(InseeCode other) => _packed.CompareTo(other._packed);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        InseeCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a InseeCode.", nameof(obj)),
    };

    /// <summary>Tells whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(InseeCode left, InseeCode right) => left.Equals(right);

    /// <summary>Tells whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(InseeCode left, InseeCode right) => !left.Equals(right);

    /// <summary>Tells whether the first value sorts before the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(InseeCode left, InseeCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether the first value sorts before or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(InseeCode left, InseeCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether the first value sorts after the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(InseeCode left, InseeCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether the first value sorts after or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(InseeCode left, InseeCode right) => left.CompareTo(right) >= 0;
}
