using System.Diagnostics.CodeAnalysis;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop;

namespace Landes.Inclusion.Interop.LieuxMediation;

/// <summary>What kind of number a <see cref="LieuPivot"/> is.</summary>
public enum LieuPivotKind
{
    /// <summary>A SIRET that passes its check (Luhn, or La Poste's rule).</summary>
    Siret,

    /// <summary>
    /// An RNA number (Répertoire national des associations), recognised by its shape only: <c>W</c>, three letters or
    /// digits (the registering prefecture, such as <c>751</c> or <c>2A1</c>), then six digits.
    /// </summary>
    Rna,

    /// <summary>Another value the standard's pattern allows (9 to 14 letters or digits): a RIDET, or a SIRET-like number that fails its check.</summary>
    Other,
}
