using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Identifiers;

/// <summary>
/// The code of a bloc de compétences in the RNCP: the certification's code, <c>BC</c> and a two-digit block
/// number, as in <c>RNCP34137BC01</c> (Code du travail L. 6113-1).
/// </summary>
/// <remarks>
/// Parsing ignores surrounding white space and is otherwise strict. Ordering is by certification, then block number.
/// The value is an immutable, allocation-free struct; it is thread-safe.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<RncpBlockCode>))]
public readonly struct RncpBlockCode : IIdentifier<RncpBlockCode>, IComparable
{
    // Record number times 100 plus block number (01..99); 0 is the default value.
    private readonly int _packed;

    private RncpBlockCode(int number, int block) => _packed = (number * 100) + block;

    /// <summary>Gets the code of the certification the block belongs to (<c>RNCP34137</c>).</summary>
    public RncpCode Certification => IsDefault ? default : RncpCode.FromNumber(_packed / 100);

    /// <summary>Gets the block number (1 for <c>BC01</c>).</summary>
    public int BlockNumber => _packed % 100;

    /// <summary>Creates the code of a block of a certification.</summary>
    /// <param name="certification">The certification's code.</param>
    /// <param name="blockNumber">The block number, 1 to 99.</param>
    /// <returns>The block code.</returns>
    /// <exception cref="ArgumentException"><paramref name="certification"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="blockNumber"/> is out of range.</exception>
    public static RncpBlockCode Create(RncpCode certification, int blockNumber)
    {
        if (certification.IsDefault)
        {
            throw new ArgumentException("The certification code is not set.", nameof(certification));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(blockNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(blockNumber, 99);
        return new RncpBlockCode(certification.Number, blockNumber);
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (IsDefault || !Certification.TryFormat(destination, out int written) || destination.Length < written + 4)
        {
            return false;
        }

        destination[written] = 'B';
        destination[written + 1] = 'C';
        destination[written + 2] = (char)('0' + (BlockNumber / 10));
        destination[written + 3] = (char)('0' + (BlockNumber % 10));
        charsWritten = written + 4;
        return true;
    }

    private static IdentifierText.Status TryParseCore(ReadOnlySpan<char> text, out RncpBlockCode value)
    {
        value = default;
        if (text.IsEmpty)
        {
            return IdentifierText.Status.Empty;
        }

        int bc = text.LastIndexOf("BC", StringComparison.Ordinal);
        if (bc < 5 || !text.StartsWith("RNCP", StringComparison.Ordinal)
            || !RncpCode.TryReadNumber(text[4..bc], out int number)
            || text.Length != bc + 4 || !IdentifierText.IsAllDigits(text[(bc + 2)..]))
        {
            return IdentifierText.Status.Format;
        }

        int block = (int)IdentifierText.ReadNumber(text[(bc + 2)..]);
        if (block == 0)
        {
            return IdentifierText.Status.Format;
        }

        value = new RncpBlockCode(number, block);
        return IdentifierText.Status.Valid;
    }

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which is not a valid RNCP block code.</summary>
    public bool IsDefault => _packed == 0;

    /// <summary>Gets the longest text that can be a valid RNCP block code (surrounding spaces aside).</summary>
    public static int MaxLength => 14;

    /// <summary>Gets the name of this kind of identifier in messages.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The name.</returns>
    public static string KindName(MessageLanguage language) =>
        language == MessageLanguage.English ? "RNCP block code" : "code de bloc de compétences RNCP";

    /// <summary>Parses a RNCP block code such as <c>RNCP34137BC01</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The RNCP block code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ProblemException">The text is not a valid RNCP block code; the exception carries the problem.</exception>
    public static RncpBlockCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IdentifierText.Parse<RncpBlockCode>(text);
    }

    /// <summary>Parses a RNCP block code such as <c>RNCP34137BC01</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The RNCP block code.</returns>
    /// <exception cref="ProblemException">The text is not a valid RNCP block code; the exception carries the problem.</exception>
    public static RncpBlockCode Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<RncpBlockCode>(text);

    /// <summary>Tries to parse a RNCP block code; never throws.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="value">The RNCP block code when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid RNCP block code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RncpBlockCode value) => IdentifierText.TryParse(text, out value);

    /// <summary>Tries to parse a RNCP block code without allocating; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The RNCP block code when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid RNCP block code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RncpBlockCode value) =>
        TryParseCore(text.Trim(), out value) == IdentifierText.Status.Valid;

    /// <summary>Tries to parse a RNCP block code, returning the problem that made it fail.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The RNCP block code when valid; otherwise <c>default</c>.</param>
    /// <param name="problem">The problem (codes <c>LI-ID-070</c>, <c>LI-ID-070</c> or <c>LI-ID-001</c>) when invalid; otherwise null.</param>
    /// <returns><see langword="true"/> when the text is a valid RNCP block code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RncpBlockCode value, [NotNullWhen(false)] out Problem? problem)
    {
        IdentifierText.Status status = TryParseCore(text.Trim(), out value);
        problem = status == IdentifierText.Status.Valid
            ? null
            : IdentifierText.ToProblem<RncpBlockCode>(status, text, IdentifierProblemDefinitions.RncpBlockCodeFormat, IdentifierProblemDefinitions.RncpBlockCodeFormat);
        return problem is null;
    }

    /// <inheritdoc />
    static RncpBlockCode IParsable<RncpBlockCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<RncpBlockCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RncpBlockCode result) =>
        TryParse(s, out result);

    /// <inheritdoc />
    static RncpBlockCode ISpanParsable<RncpBlockCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<RncpBlockCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RncpBlockCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text form, such as <c>RNCP34137BC01</c>; the empty string for <c>default</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => IdentifierText.Format(this);

    /// <inheritdoc />
    public bool Equals(RncpBlockCode other) => _packed == other._packed;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is RncpBlockCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _packed.GetHashCode();

    /// <summary>Compares in the order of the canonical text forms; <c>default</c> sorts first.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(RncpBlockCode other) => _packed.CompareTo(other._packed);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        RncpBlockCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a RncpBlockCode.", nameof(obj)),
    };

    /// <summary>Tells whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RncpBlockCode left, RncpBlockCode right) => left.Equals(right);

    /// <summary>Tells whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(RncpBlockCode left, RncpBlockCode right) => !left.Equals(right);

    /// <summary>Tells whether the first value sorts before the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(RncpBlockCode left, RncpBlockCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether the first value sorts before or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(RncpBlockCode left, RncpBlockCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether the first value sorts after the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(RncpBlockCode left, RncpBlockCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether the first value sorts after or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(RncpBlockCode left, RncpBlockCode right) => left.CompareTo(right) >= 0;
}
