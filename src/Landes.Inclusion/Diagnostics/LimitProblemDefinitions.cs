namespace Landes.Inclusion.Diagnostics;

/// <summary>The definitions of the <see cref="LimitProblemCodes"/>: default severity, French and English messages.</summary>
internal static class LimitProblemDefinitions
{
    internal static readonly ProblemDefinition TooLarge =
        ProblemDefinition.Error(LimitProblemCodes.TooLarge,
            "L'entrée fait plus de {max} octets, la limite de ce lecteur : elle n'est pas lue.",
            "The input is larger than {max} bytes, this reader's limit: it is not read.");

    internal static readonly ProblemDefinition TooManyProblems =
        ProblemDefinition.Error(LimitProblemCodes.TooManyProblems,
            "… et {count} autres problèmes de code {code} (au plus {max} sont listés par code).",
            "… and {count} more problems of code {code} (at most {max} are listed per code).");

    internal static readonly ProblemDefinition TooManyColumns =
        ProblemDefinition.Error(LimitProblemCodes.TooManyColumns,
            "L'en-tête a {actual} colonnes ; ce lecteur en accepte au plus {max} : le fichier n'est pas lu.",
            "The header has {actual} columns; this reader accepts at most {max}: the file is not read.");

    internal static readonly ProblemDefinition CellTooLong =
        ProblemDefinition.Error(LimitProblemCodes.CellTooLong,
            "La cellule fait {length} caractères ; ce lecteur en lit au plus {max} : la valeur est omise.",
            "The cell has {length} characters; this reader reads at most {max}: the value is left out.");

    internal static readonly ProblemDefinition RowTooLong =
        ProblemDefinition.Error(LimitProblemCodes.RowTooLong,
            "Une ligne dépasse la taille maximale que le lecteur CSV peut tenir : la lecture s'arrête là ({detail}).",
            "A row exceeds the largest size the CSV reader can hold: reading stops there ({detail}).");

    internal static readonly ProblemDefinition StringTooLong =
        ProblemDefinition.Error(LimitProblemCodes.StringTooLong,
            "Une chaîne de {length} octets commence à l'octet {offset} ; ce lecteur en accepte au plus {max} : le document n'est pas lu.",
            "A string of {length} bytes starts at byte {offset}; this reader accepts at most {max}: the document is not read.");

    /// <summary>Gets every definition of the area, in the order of the codes.</summary>
    internal static IReadOnlyList<ProblemDefinition> All { get; } =
    [
        TooLarge, TooManyProblems, TooManyColumns, CellTooLong, RowTooLong, StringTooLong,
    ];
}
