using Landes.Inclusion.Certification;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>A person's name (personal data: keep it out of logs and published reports).</summary>
public sealed class PersonName
{
    /// <summary>Gets the given name.</summary>
    public required string Given { get; init; }

    /// <summary>Gets the family name.</summary>
    public required string Family { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Given} {Family}";
}
