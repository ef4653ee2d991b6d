using System.Diagnostics.CodeAnalysis;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop;

namespace Landes.Inclusion.Interop.LieuxMediation;

/// <summary>
/// The <c>pivot</c> of a place in the « lieux de médiation numérique » standard: the SIRET of the establishment, or
/// the RNA number of an association without a SIRET, or (New Caledonia, French Polynesia) a RIDET.
/// </summary>
/// <remarks>
/// The standard checks only the pattern <c>^[a-zA-Z0-9]{9,14}$</c>. Parsing recognises a valid SIRET and an RNA
/// number; any other value of the pattern is kept as <see cref="LieuPivotKind.Other"/> (a fourteen-digit value whose
/// SIRET check fails is kept too, and the reader warns with <c>LI-ID-041</c>). Immutable; thread-safe.
/// </remarks>
public readonly struct LieuPivot : IEquatable<LieuPivot>
{
    private static readonly System.Buffers.SearchValues<char> PrefectureCharacters =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private readonly string? _value;

    private LieuPivot(string value, LieuPivotKind kind)
    {
        _value = value;
        Kind = kind;
    }

    /// <summary>Gets the kind of number.</summary>
    public LieuPivotKind Kind { get; }

    /// <summary>Gets the value as written in the standard (canonical: no spaces).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the SIRET when <see cref="Kind"/> is <see cref="LieuPivotKind.Siret"/>; otherwise null.</summary>
    public Siret? Siret => Kind == LieuPivotKind.Siret ? Identifiers.Siret.Parse(Value) : null;

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which is not a pivot.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Creates a pivot from a SIRET.</summary>
    /// <param name="siret">The SIRET.</param>
    /// <returns>The pivot.</returns>
    /// <exception cref="ArgumentException"><paramref name="siret"/> is the default value.</exception>
    public static LieuPivot FromSiret(Siret siret) =>
        siret.IsDefault ? throw new ArgumentException("The SIRET is not set.", nameof(siret)) : new(siret.ToString(), LieuPivotKind.Siret);

    /// <summary>Parses a pivot; surrounding spaces are ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The pivot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ProblemException">The text does not match the standard's pattern.</exception>
    public static LieuPivot Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out LieuPivot pivot, out Problem? problem) ? pivot : throw new ProblemException(problem);
    }

    /// <summary>Tries to parse a pivot, returning the problem that made it fail.</summary>
    /// <param name="text">The text.</param>
    /// <param name="pivot">The pivot when valid.</param>
    /// <param name="problem">The problem (<c>LI-ID-001</c> when empty, <c>LI-CSV-006</c> when the pattern is not met).</param>
    /// <returns><see langword="true"/> when the text is a pivot.</returns>
    public static bool TryParse(string? text, out LieuPivot pivot, [NotNullWhen(false)] out Problem? problem)
    {
        pivot = default;
        problem = null;
        string value = text?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            problem = new Problem(IdentifierProblemDefinitions.Empty, ProblemPath.Root, new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = "pivot" });
            return false;
        }

        if (value.Length is < 9 or > 14 || value.AsSpan().ContainsAnyExcept(AsciiLettersAndDigits))
        {
            problem = new Problem(CsvProblemDefinitions.PatternMismatch, ProblemPath.Root, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["value"] = value,
                ["column"] = "pivot",
                ["pattern"] = "^[a-zA-Z0-9]{9,14}$",
            });
            return false;
        }

        LieuPivotKind kind = Identifiers.Siret.TryParse(value, out _) ? LieuPivotKind.Siret
            : IsRnaShape(value) ? LieuPivotKind.Rna
            : LieuPivotKind.Other;
        pivot = new LieuPivot(value, kind);
        return true;
    }

    private static bool IsRnaShape(string value) =>
        value.Length == 10 && value[0] == 'W'
        && value.AsSpan(1, 3).ContainsAnyExcept(PrefectureCharacters) is false
        && value.AsSpan(4).ContainsAnyExceptInRange('0', '9') is false;

    /// <summary>Returns the value.</summary>
    /// <returns>The value; the empty string for <c>default</c>.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(LieuPivot other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is LieuPivot other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Tells whether two pivots are equal.</summary>
    /// <param name="left">The first pivot.</param>
    /// <param name="right">The second pivot.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(LieuPivot left, LieuPivot right) => left.Equals(right);

    /// <summary>Tells whether two pivots differ.</summary>
    /// <param name="left">The first pivot.</param>
    /// <param name="right">The second pivot.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(LieuPivot left, LieuPivot right) => !left.Equals(right);
}
