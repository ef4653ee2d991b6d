using System.Text.Json.Serialization;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Territory;

/// <summary>
/// What a commune code means today: a current commune, an arrondissement municipal of X, a commune déléguée or associée
/// of X (with the COG vintage from which it is so), a former code absorbed into X, ambiguous, or unknown. Returned by
/// <see cref="Geography.Resolve(InseeCode)"/>; never guessed (<c>docs/territory.md</c>).
/// </summary>
/// <remarks>Immutable and thread-safe; a value built without allocation from the embedded history.</remarks>
public readonly struct CodeResolution : IEquatable<CodeResolution>
{
    private readonly InseeCode[]? _candidates;
    private readonly string[]? _formerNames;
    private readonly short _since;

    internal CodeResolution(InseeCode code, CodeStatus status, InseeCode[]? candidates, short since, string[]? formerNames)
    {
        Code = code;
        Status = status;
        _candidates = candidates;
        _since = since;
        _formerNames = formerNames;
    }

    /// <summary>Gets the code asked about (<c>default</c> when the text was not an INSEE code).</summary>
    public InseeCode Code { get; }

    /// <summary>Gets what the code is.</summary>
    public CodeStatus Status { get; }

    /// <summary>
    /// Gets the current commune the code belongs to: itself for a commune, the commune of an arrondissement municipal
    /// (75056 for 75115), the commune a déléguée, associée or absorbed code is part of; <c>default</c> when unknown or ambiguous.
    /// </summary>
    public InseeCode Commune => Status switch
    {
        CodeStatus.Commune => Code,
        CodeStatus.ArrondissementMunicipal or CodeStatus.CommuneDeleguee or CodeStatus.CommuneAssociee or CodeStatus.Absorbed => _candidates![0],
        _ => default,
    };

    /// <summary>
    /// Gets the code to use for geography: the code itself for a commune or an arrondissement municipal (the unit of
    /// coverage inside Paris, Lyon and Marseille), otherwise <see cref="Commune"/>.
    /// </summary>
    public InseeCode Unit => Status == CodeStatus.ArrondissementMunicipal ? Code : Commune;

    /// <summary>Gets the current communes an ambiguous code may belong to, ordered by code; the one commune otherwise (empty when unknown or current).</summary>
    public IReadOnlyList<InseeCode> Candidates => _candidates ?? [];

    /// <summary>
    /// Gets the first COG year of the history from which a déléguée, associée or absorbed code is so; null when it was
    /// already so in the oldest vintage of the history (the history does not say since when) or for other statuses.
    /// </summary>
    public int? SinceCogYear => _since == 0 ? null : _since;

    /// <summary>Gets the names the code had in the history's vintages other than the current commune's name (such as <c>Pierrefitte-sur-Seine</c> for 93059).</summary>
    public IReadOnlyList<string> FormerNames => _formerNames ?? [];

    /// <summary>Gets a value indicating whether the code is a current commune or an arrondissement municipal (nothing to report).</summary>
    public bool IsCurrent => Status is CodeStatus.Commune or CodeStatus.ArrondissementMunicipal;

    /// <summary>Gets a value indicating whether the code leads to one current commune.</summary>
    public bool IsResolved => Status is not (CodeStatus.Unknown or CodeStatus.Ambiguous);

    /// <summary>Gets a value indicating whether the code is a former one mapped to a current commune (readers warn, <c>LI-TER-016</c>).</summary>
    public bool IsFormer => Status is CodeStatus.CommuneDeleguee or CodeStatus.CommuneAssociee or CodeStatus.Absorbed;

    /// <summary>Tests two resolutions for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CodeResolution left, CodeResolution right) => left.Equals(right);

    /// <summary>Tests two resolutions for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(CodeResolution left, CodeResolution right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(CodeResolution other) =>
        Code == other.Code && Status == other.Status && _since == other._since && Candidates.SequenceEqual(other.Candidates);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CodeResolution other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Status, _since);

    /// <summary>Returns <c>93059 commune-deleguee → 93066</c> and the like.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Code} {StableEnumNames.GetName(Status)}{(Candidates.Count > 0 ? " → " + string.Join(", ", Candidates) : string.Empty)}";
}
