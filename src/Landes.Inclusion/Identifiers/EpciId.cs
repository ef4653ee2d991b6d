using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Identifiers;

/// <summary>
/// The identifier of an établissement public de coopération intercommunale (EPCI): its SIREN, as used by the
/// Banatic base and the COG (<c>244000808</c>, CA Mont de Marsan Agglomération).
/// </summary>
/// <remarks>
/// A separate type from <see cref="Identifiers.Siren"/> so that an EPCI cannot be passed where any company is meant.
/// Parsing ignores surrounding white space and accepts the printed grouping <c>244 000 808</c>.
/// The value is an immutable, allocation-free struct; it is thread-safe.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<EpciId>))]
public readonly struct EpciId : IIdentifier<EpciId>, IComparable
{
    private readonly Siren _siren;

    private EpciId(Siren siren) => _siren = siren;

    /// <summary>Gets the EPCI's SIREN.</summary>
    public Siren Siren => _siren;

    /// <summary>Creates the identifier of the EPCI with this SIREN.</summary>
    /// <param name="siren">The SIREN.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="siren"/> is the default value.</exception>
    public static EpciId FromSiren(Siren siren) =>
        siren.IsDefault ? throw new ArgumentException("The SIREN is not set.", nameof(siren)) : new EpciId(siren);

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten) => _siren.TryFormat(destination, out charsWritten);

    private static IdentifierText.Status TryParseCore(ReadOnlySpan<char> text, out EpciId value)
    {
        IdentifierText.Status status = Siren.TryParseCore(text, out Siren siren);
        value = status == IdentifierText.Status.Valid ? new EpciId(siren) : default;
        return status;
    }

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which is not a valid EPCI identifier.</summary>
    public bool IsDefault => _siren.IsDefault;

    /// <summary>Gets the longest text that can be a valid EPCI identifier (surrounding spaces aside).</summary>
    public static int MaxLength => 11;

    /// <summary>Gets the name of this kind of identifier in messages.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The name.</returns>
    public static string KindName(MessageLanguage language) =>
        language == MessageLanguage.English ? "EPCI identifier" : "identifiant d'EPCI";

    /// <summary>Parses a EPCI identifier such as <c>244000808</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The EPCI identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ProblemException">The text is not a valid EPCI identifier; the exception carries the problem.</exception>
    public static EpciId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IdentifierText.Parse<EpciId>(text);
    }

    /// <summary>Parses a EPCI identifier such as <c>244000808</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The EPCI identifier.</returns>
    /// <exception cref="ProblemException">The text is not a valid EPCI identifier; the exception carries the problem.</exception>
    public static EpciId Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<EpciId>(text);

    /// <summary>Tries to parse a EPCI identifier; never throws.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="value">The EPCI identifier when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid EPCI identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out EpciId value) => IdentifierText.TryParse(text, out value);

    /// <summary>Tries to parse a EPCI identifier without allocating; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The EPCI identifier when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid EPCI identifier.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out EpciId value) =>
        TryParseCore(text.Trim(), out value) == IdentifierText.Status.Valid;

    /// <summary>Tries to parse a EPCI identifier, returning the problem that made it fail.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The EPCI identifier when valid; otherwise <c>default</c>.</param>
    /// <param name="problem">The problem (codes <c>LI-ID-090</c>, <c>LI-ID-091</c> or <c>LI-ID-001</c>) when invalid; otherwise null.</param>
    /// <returns><see langword="true"/> when the text is a valid EPCI identifier.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out EpciId value, [NotNullWhen(false)] out Problem? problem)
    {
        IdentifierText.Status status = TryParseCore(text.Trim(), out value);
        problem = status == IdentifierText.Status.Valid
            ? null
            : IdentifierText.ToProblem<EpciId>(status, text, IdentifierProblemDefinitions.EpciIdFormat, IdentifierProblemDefinitions.EpciIdChecksum);
        return problem is null;
    }

    /// <inheritdoc />
    static EpciId IParsable<EpciId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<EpciId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EpciId result) =>
        TryParse(s, out result);

    /// <inheritdoc />
    static EpciId ISpanParsable<EpciId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<EpciId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out EpciId result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text form, such as <c>244000808</c>; the empty string for <c>default</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => IdentifierText.Format(this);

    /// <inheritdoc />
    public bool Equals(EpciId other) => _siren == other._siren;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is EpciId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _siren.GetHashCode();

    /// <summary>Compares in the order of the canonical text forms; <c>default</c> sorts first.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(EpciId other) => _siren.CompareTo(other._siren);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        EpciId other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a EpciId.", nameof(obj)),
    };

    /// <summary>Tells whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(EpciId left, EpciId right) => left.Equals(right);

    /// <summary>Tells whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(EpciId left, EpciId right) => !left.Equals(right);

    /// <summary>Tells whether the first value sorts before the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(EpciId left, EpciId right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether the first value sorts before or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(EpciId left, EpciId right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether the first value sorts after the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(EpciId left, EpciId right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether the first value sorts after or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(EpciId left, EpciId right) => left.CompareTo(right) >= 0;
}
