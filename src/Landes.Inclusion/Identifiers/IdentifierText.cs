using System.Diagnostics.CodeAnalysis;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Identifiers;

/// <summary>The parsing and formatting plumbing shared by every identifier type.</summary>
internal static class IdentifierText
{
    /// <summary>Outcome of the allocation-free core parsers; the public members turn it into a problem.</summary>
    internal enum Status
    {
        Valid,
        Empty,
        Format,
        Invalid,

        // A part of the identifier fails its own check (the SIREN part of a SIRET).
        PartInvalid,
    }

    // A plain loop: MemoryExtensions.ContainsAnyExceptInRange was measured allocating 96 bytes a call here,
    // and identifiers are at most 17 characters long.
    internal static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if ((uint)(c - '0') > 9)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads decimal digits already checked by <see cref="IsAllDigits"/>.</summary>
    internal static ulong ReadNumber(ReadOnlySpan<char> digits)
    {
        ulong value = 0;
        foreach (char c in digits)
        {
            value = (value * 10) + (uint)(c - '0');
        }

        return value;
    }

    /// <summary>The Luhn check used by SIREN and SIRET: from the right, every second digit is doubled.</summary>
    internal static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        int sum = 0;
        bool doubleIt = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>
    /// Removes the single spaces that group digits in printed SIREN/SIRET numbers (<c>356 000 000 00048</c>),
    /// only where they stand at the usual group boundaries; anything else is left for the format check to reject.
    /// </summary>
    internal static bool TryUngroup(ReadOnlySpan<char> text, Span<char> buffer, ReadOnlySpan<int> groups, out int length)
    {
        length = 0;
        int position = 0;
        for (int g = 0; g < groups.Length; g++)
        {
            if (g > 0)
            {
                if (position >= text.Length || text[position] != ' ')
                {
                    return false;
                }

                position++;
            }

            if (position + groups[g] > text.Length)
            {
                return false;
            }

            text.Slice(position, groups[g]).CopyTo(buffer[length..]);
            length += groups[g];
            position += groups[g];
        }

        return position == text.Length;
    }

    internal static Problem ToProblem<T>(Status status, ReadOnlySpan<char> text, ProblemDefinition formatCode, ProblemDefinition invalidCode)
        where T : struct, IIdentifier<T> => status switch
        {
            Status.Empty => new Problem(IdentifierProblemDefinitions.Empty, ProblemPath.Root, KindArguments<T>()),
            Status.Format => new Problem(formatCode, ProblemPath.Root, ValueArguments(text)),
            _ => new Problem(invalidCode, ProblemPath.Root, ValueArguments(text)),
        };

    internal static Dictionary<string, string> ValueArguments(ReadOnlySpan<char> text) =>
        new(StringComparer.Ordinal) { ["value"] = Shorten(text.Trim()) };

    internal static Dictionary<string, string> KindArguments<T>()
        where T : struct, IIdentifier<T> =>
        new(StringComparer.Ordinal) { ["kind"] = KindKey<T>() };

    // The language-neutral value of a problem's "kind" argument: the identifier type's name ("InseeCode"), rendered
    // in the message's language by the definition (see IdentifierProblemDefinitions).
    internal static string KindKey<T>()
        where T : struct, IIdentifier<T> =>
        typeof(T).Name;

    internal static Problem Uninitialized<T>()
        where T : struct, IIdentifier<T> =>
        new(IdentifierProblemDefinitions.Uninitialized, ProblemPath.Root, KindArguments<T>());

    internal static T Parse<T>(ReadOnlySpan<char> text)
        where T : struct, IIdentifier<T> =>
        T.TryParse(text, out T value, out Problem? problem) ? value : throw new ProblemException(problem);

    internal static bool TryParse<T>([NotNullWhen(true)] string? text, out T value)
        where T : struct, IIdentifier<T>
    {
        if (text is null)
        {
            value = default;
            return false;
        }

        // The span parser of ISpanParsable: every identifier implements it without building the problem of a
        // failure, which this caller would throw away.
        return T.TryParse(text.AsSpan(), provider: null, out value);
    }

    internal static bool TryCopy(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten)
    {
        if (source.TryCopyTo(destination))
        {
            charsWritten = source.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    internal static string Format<T>(T value)
        where T : struct, IIdentifier<T>
    {
        Span<char> buffer = stackalloc char[32];
        return value.TryFormat(buffer, out int written) ? new string(buffer[..written]) : string.Empty;
    }

    // Messages quote the user's text; a pasted paragraph should not turn into a paragraph-long message.
    private static string Shorten(ReadOnlySpan<char> text) =>
        text.Length <= 40 ? new string(text) : string.Concat(text[..37], "…");
}
