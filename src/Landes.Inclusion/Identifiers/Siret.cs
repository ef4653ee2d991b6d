using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Identifiers;

/// <summary>
/// A SIRET: the fourteen-digit number of an establishment, its SIREN followed by a five-digit NIC, checked with the
/// Luhn algorithm over the fourteen digits, its SIREN part (the first nine digits) passing its own Luhn key.
/// </summary>
/// <remarks>
/// <para>La Poste's establishments (SIREN 356 000 000) are too many for the Luhn key: a La Poste SIRET is also valid
/// when the sum of its fourteen digits is a multiple of 5. This is an alternative, not a replacement (La Poste's head
/// office passes the Luhn check only); La Poste's SIREN passes its own key.</para>
/// <para>Parsing ignores surrounding white space and accepts the printed grouping <c>356 000 000 00048</c>; the
/// canonical form has no spaces. The value is an immutable, allocation-free struct; it is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<Siret>))]
public readonly struct Siret : IIdentifier<Siret>, IComparable
{
    // The number plus one, so that the default value (0) is not the valid-looking SIRET 00000000000000.
    private readonly ulong _encoded;

    private Siret(ulong number) => _encoded = number + 1;

    /// <summary>Gets the SIREN of the establishment's company or public body (the first nine digits).</summary>
    public Siren Siren => IsDefault ? default : Siren.FromValidatedNumber((uint)((_encoded - 1) / 100_000));

    /// <summary>Gets the NIC, the five digits that number the establishment within its SIREN (with leading zeros).</summary>
    public string Nic => IsDefault ? string.Empty : ToString()[9..];

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (IsDefault || !(_encoded - 1).TryFormat(destination, out charsWritten, "D14", System.Globalization.CultureInfo.InvariantCulture))
        {
            charsWritten = 0;
            return false;
        }

        return true;
    }

    private static bool PassesLaPosteRule(ReadOnlySpan<char> digits)
    {
        if (!digits[..9].SequenceEqual("356000000"))
        {
            return false;
        }

        int sum = 0;
        foreach (char c in digits)
        {
            sum += c - '0';
        }

        return sum % 5 == 0;
    }

    private static IdentifierText.Status TryParseCore(ReadOnlySpan<char> text, out Siret value)
    {
        value = default;
        if (text.IsEmpty)
        {
            return IdentifierText.Status.Empty;
        }

        Span<char> digits = stackalloc char[14];
        if (text.Length == 14)
        {
            text.CopyTo(digits);
        }
        else if (!IdentifierText.TryUngroup(text, digits, [3, 3, 3, 5], out _))
        {
            return IdentifierText.Status.Format;
        }

        if (!IdentifierText.IsAllDigits(digits))
        {
            return IdentifierText.Status.Format;
        }

        if (!IdentifierText.PassesLuhn(digits) && !PassesLaPosteRule(digits))
        {
            return IdentifierText.Status.Invalid;
        }

        // The SIREN part has its own key, as the reference implementations check (a SIRET whose fourteen digits pass
        // while its SIREN does not names no company).
        if (!IdentifierText.PassesLuhn(digits[..9]))
        {
            return IdentifierText.Status.PartInvalid;
        }

        value = new Siret(IdentifierText.ReadNumber(digits));
        return IdentifierText.Status.Valid;
    }

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which is not a valid SIRET.</summary>
    public bool IsDefault => _encoded == 0;

    /// <summary>Gets the longest text that can be a valid SIRET (surrounding spaces aside).</summary>
    public static int MaxLength => 17;

    /// <summary>Gets the name of this kind of identifier in messages.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The name.</returns>
    public static string KindName(MessageLanguage language) =>
        language == MessageLanguage.English ? "SIRET" : "SIRET";

    /// <summary>Parses a SIRET such as <c>35600000000048</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The SIRET.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ProblemException">The text is not a valid SIRET; the exception carries the problem.</exception>
    public static Siret Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IdentifierText.Parse<Siret>(text);
    }

    /// <summary>Parses a SIRET such as <c>35600000000048</c>; surrounding white space is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The SIRET.</returns>
    /// <exception cref="ProblemException">The text is not a valid SIRET; the exception carries the problem.</exception>
    public static Siret Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<Siret>(text);

    /// <summary>Tries to parse a SIRET; never throws.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="value">The SIRET when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid SIRET.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Siret value) => IdentifierText.TryParse(text, out value);

    /// <summary>Tries to parse a SIRET without allocating; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The SIRET when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid SIRET.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Siret value) =>
        TryParseCore(text.Trim(), out value) == IdentifierText.Status.Valid;

    /// <summary>Tries to parse a SIRET, returning the problem that made it fail.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The SIRET when valid; otherwise <c>default</c>.</param>
    /// <param name="problem">The problem (codes <c>LI-ID-040</c>, <c>LI-ID-041</c>, <c>LI-ID-100</c> or <c>LI-ID-001</c>) when invalid; otherwise null.</param>
    /// <returns><see langword="true"/> when the text is a valid SIRET.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Siret value, [NotNullWhen(false)] out Problem? problem)
    {
        IdentifierText.Status status = TryParseCore(text.Trim(), out value);
        problem = status switch
        {
            IdentifierText.Status.Valid => null,
            IdentifierText.Status.PartInvalid => new Problem(IdentifierProblemDefinitions.SiretSirenChecksum, ProblemPath.Root, IdentifierText.ValueArguments(text)),
            _ => IdentifierText.ToProblem<Siret>(status, text, IdentifierProblemDefinitions.SiretFormat, IdentifierProblemDefinitions.SiretChecksum),
        };
        return problem is null;
    }

    /// <inheritdoc />
    static Siret IParsable<Siret>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<Siret>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Siret result) =>
        TryParse(s, out result);

    /// <inheritdoc />
    static Siret ISpanParsable<Siret>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<Siret>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Siret result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text form, such as <c>35600000000048</c>; the empty string for <c>default</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => IdentifierText.Format(this);

    /// <inheritdoc />
    public bool Equals(Siret other) => _encoded == other._encoded;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Siret other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _encoded.GetHashCode();

    /// <summary>Compares in the order of the canonical text forms; <c>default</c> sorts first.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(Siret other) => _encoded.CompareTo(other._encoded);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Siret other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Siret.", nameof(obj)),
    };

    /// <summary>Tells whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Siret left, Siret right) => left.Equals(right);

    /// <summary>Tells whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Siret left, Siret right) => !left.Equals(right);

    /// <summary>Tells whether the first value sorts before the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Siret left, Siret right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether the first value sorts before or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(Siret left, Siret right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether the first value sorts after the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Siret left, Siret right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether the first value sorts after or with the second.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(Siret left, Siret right) => left.CompareTo(right) >= 0;
}
