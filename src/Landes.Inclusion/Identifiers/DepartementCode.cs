using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Identifiers;

/// <summary>
/// The code of a département or overseas collectivity in the Code officiel géographique: <c>01</c>–<c>95</c> (without
/// <c>20</c>), <c>2A</c> and <c>2B</c> for Corsica, <c>971</c>–<c>976</c> for the overseas départements, and the
/// collectivities that the COG numbers alike (<c>975</c>, <c>977</c>, <c>978</c>, <c>984</c>, <c>986</c>–<c>989</c>).
/// </summary>
/// <remarks>
/// Parsing ignores surrounding white space and is otherwise strict: <c>1</c> is not <c>01</c>. Ordering is ordinal.
/// The value is an immutable, allocation-free struct; it is thread-safe.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<DepartementCode>))]
public readonly struct DepartementCode : IIdentifier<DepartementCode>, IComparable
{
    // Up to three ASCII characters packed big-endian, shorter codes padded with zero bytes (which sort first).
    private readonly uint _packed;

    private DepartementCode(uint packed) => _packed = packed;

    /// <summary>Gets the Landes (40), the library's default département.</summary>
    public static DepartementCode Landes { get; } = FromValidatedText("40");

    /// <summary>Gets a value indicating whether this is an overseas département or collectivity (three-digit code).</summary>
    public bool IsOverseas => (_packed & 0xFF) != 0;

    /// <summary>
    /// Gets a value indicating whether this code is an overseas collectivity rather than a département
    /// (975, 977, 978, 984, 986–989).
    /// </summary>
    public bool IsCollectivity
    {
        get
        {
            if (!IsOverseas)
            {
                return false;
            }

            char second = (char)((_packed >> 8) & 0xFF);
            char third = (char)(_packed & 0xFF);
            return second == '8' || third is '5' or '7' or '8';
        }
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        int length = IsOverseas ? 3 : 2;
        if (IsDefault || destination.Length < length)
        {
            return false;
        }

        for (int i = 0; i < length; i++)
        {
            destination[i] = (char)((_packed >> (8 * (2 - i))) & 0xFF);
        }

        charsWritten = length;
        return true;
    }

    /// <summary>Whether a 2- or 3-character code names a département or collectivity; the text is known to be ASCII digits or 2A/2B.</summary>
    internal static bool IsKnown(ReadOnlySpan<char> code)
    {
        if (code.Length == 2)
        {
            if (code[0] == '2' && code[1] is 'A' or 'B')
            {
                return true;
            }

            int n = ((code[0] - '0') * 10) + (code[1] - '0');
            return n is >= 1 and <= 95 && n != 20;
        }

        return code.Length == 3 && code[0] == '9'
            && ((code[1] == '7' && code[2] is >= '1' and <= '8') || (code[1] == '8' && code[2] is '4' or '6' or '7' or '8' or '9'));
    }

    internal static DepartementCode FromValidatedText(ReadOnlySpan<char> code)
    {
        uint packed = 0;
        for (int i = 0; i < 3; i++)
        {
            packed = (packed << 8) | (i < code.Length ? code[i] : 0u);
        }

        return new DepartementCode(packed);
    }

    private static IdentifierText.Status TryParseCore(ReadOnlySpan<char> text, out DepartementCode value)
    {
        value = default;
        if (text.IsEmpty)
        {
            return IdentifierText.Status.Empty;
        }

        bool corsica = text.Length == 2 && text[0] == '2' && text[1] is 'A' or 'B';
        if (text.Length is not (2 or 3) || (!corsica && !IdentifierText.IsAllDigits(text)))
        {
            return IdentifierText.Status.Format;
        }

        if (!IsKnown(text))
        {
            return IdentifierText.Status.Invalid;
        }

        value = FromValidatedText(text);
        return IdentifierText.Status.Valid;
    }

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which is not a valid département code.</summary>
    public bool IsDefault => _packed == 0;

    /// <summary>Gets the longest text that can be a valid département code (surrounding spaces aside).</summary>
    public static int MaxLength => 3;

    /// <summary>Gets the name of this kind of identifier in messages.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The name.</returns>
    public static string KindName(MessageLanguage language) =>
        language == MessageLanguage.English ? "département code" : "code de département";

    /// <summary>Parses a département code such as <c>40</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The département code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ProblemException">The text is not a valid département code; the exception carries the problem.</exception>
    public static DepartementCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IdentifierText.Parse<DepartementCode>(text);
    }

    /// <summary>Parses a département code such as <c>40</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The département code.</returns>
    /// <exception cref="ProblemException">The text is not a valid département code; the exception carries the problem.</exception>
    public static DepartementCode Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<DepartementCode>(text);

    /// <summary>Tries to parse a département code; never throws.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="value">The département code when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid département code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DepartementCode value) => IdentifierText.TryParse(text, out value);

    /// <summary>Tries to parse a département code without allocating; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The département code when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid département code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DepartementCode value) =>
        TryParseCore(text.Trim(), out value) == IdentifierText.Status.Valid;

    /// <summary>Tries to parse a département code, returning the problem that made it fail.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The département code when valid; otherwise <c>default</c>.</param>
    /// <param name="problem">The problem (codes <c>LI-ID-020</c>, <c>LI-ID-021</c> or <c>LI-ID-001</c>) when invalid; otherwise null.</param>
    /// <returns><see langword="true"/> when the text is a valid département code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DepartementCode value, [NotNullWhen(false)] out Problem? problem)
    {
        IdentifierText.Status status = TryParseCore(text.Trim(), out value);
        problem = status == IdentifierText.Status.Valid
            ? null
            : IdentifierText.ToProblem<DepartementCode>(status, text, IdentifierProblemDefinitions.DepartementCodeFormat, IdentifierProblemDefinitions.DepartementCodeRange);
        return problem is null;
    }

    /// <inheritdoc />
    static DepartementCode IParsable<DepartementCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<DepartementCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DepartementCode result) =>
        TryParse(s, out result);

    /// <inheritdoc />
    static DepartementCode ISpanParsable<DepartementCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<DepartementCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DepartementCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text form, such as <c>40</c>; the empty string for <c>default</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => IdentifierText.Format(this);

    /// <inheritdoc />
    public bool Equals(DepartementCode other) => _packed == other._packed;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is DepartementCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _packed.GetHashCode();

    /// <summary>Compares in the order of the canonical text forms; <c>default</c> sorts first.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(DepartementCode other) => _packed.CompareTo(other._packed);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        DepartementCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a DepartementCode.", nameof(obj)),
    };

    /// <summary>Tells whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DepartementCode left, DepartementCode right) => left.Equals(right);

    /// <summary>Tells whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(DepartementCode left, DepartementCode right) => !left.Equals(right);

    /// <summary>Tells whether the first value sorts before the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(DepartementCode left, DepartementCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether the first value sorts before or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(DepartementCode left, DepartementCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether the first value sorts after the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(DepartementCode left, DepartementCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether the first value sorts after or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(DepartementCode left, DepartementCode right) => left.CompareTo(right) >= 0;
}
