using System.Collections.Frozen;
using System.Text;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Interop;

namespace Landes.Inclusion.Interop.Csv;

/// <summary>
/// An enumeration of an interchange format: each value's exact label, and the variants read as that value with a
/// correction warning (the same label with other case, accents, spaces or apostrophes, and listed known variants).
/// </summary>
internal sealed class Vocabulary<T>
    where T : struct, Enum
{
    private readonly FrozenDictionary<T, string> _labels;
    private readonly FrozenDictionary<string, T> _exact;
    private readonly FrozenDictionary<string, T> _loose;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _exactSpan;

    public Vocabulary((T Value, string Label)[] entries, params (string Variant, T Value)[] variants)
    {
        _labels = entries.ToFrozenDictionary(e => e.Value, e => e.Label);
        _exact = entries.ToFrozenDictionary(e => e.Label, e => e.Value, StringComparer.Ordinal);
        var loose = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach ((T value, string label) in entries)
        {
            loose[Key(label)] = value;
        }

        foreach ((string variant, T value) in variants)
        {
            loose[Key(variant)] = value;
        }

        _loose = loose.ToFrozenDictionary(StringComparer.Ordinal);
        _exactSpan = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        Allowed = string.Join(", ", entries.Select(e => e.Label));
        Values = [.. entries.Select(e => e.Value)];
    }

    public string Allowed { get; }

    public IReadOnlyList<T> Values { get; }

    public string Label(T value) =>
        _labels.TryGetValue(value, out string? label) ? label : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a value of this vocabulary.");

    /// <summary>
    /// Reads a multi-value cell (<c>|</c> between values): each item trimmed (reported), looked up exactly without
    /// allocating, else as a known variant (reported); unknown items are reported (error when required) and left out.
    /// </summary>
    public IReadOnlyList<T> Read(ReadOnlySpan<char> cell, CsvColumn column, CsvFieldReader fields)
    {
        if (cell.Trim().IsEmpty)
        {
            _ = fields.Text(cell, column); // Reports a missing required value.
            return [];
        }

        if (fields.TryRecall(cell, column, out IReadOnlyList<T>? known))
        {
            return known;
        }

        int reports = fields.ReportCount;
        if (!fields.Admissible(cell, column))
        {
            return [];
        }

        List<T>? values = null;
        foreach (Range range in cell.Split('|'))
        {
            ReadOnlySpan<char> raw = cell[range];
            ReadOnlySpan<char> item = raw.Trim();
            if (item.IsEmpty)
            {
                continue;
            }

            if (item.Length != raw.Length)
            {
                fields.Warn(CsvProblemDefinitions.Trimmed, column.Name, ("value", raw.ToString()));
            }

            if (!_exactSpan.TryGetValue(item, out T value))
            {
                string text = item.ToString();
                if (!_loose.TryGetValue(Key(text), out value))
                {
                    fields.Report(CsvProblemDefinitions.UnknownEnumValue, column.Name, column.Required, ("value", text), ("column", column.Name), ("allowed", Allowed));
                    continue;
                }

                fields.Warn(CsvProblemDefinitions.EnumVariantCorrected, column.Name, ("value", text), ("corrected", Label(value)));
            }

            values ??= new List<T>(4);
            if (!values.Contains(value))
            {
                values.Add(value);
            }
        }

        return fields.Remember(cell, column, values is null ? [] : Array.AsReadOnly(values.ToArray()), reports);
    }

    public bool TryRead(string text, out T value, out bool corrected)
    {
        corrected = false;
        if (_exact.TryGetValue(text, out value))
        {
            return true;
        }

        corrected = true;
        return _loose.TryGetValue(Key(text), out value);
    }

    // Lower case, without accents, apostrophes unified, every run of spaces (including non-breaking ones) removed.
    private static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            char folded = Fold(char.ToLowerInvariant(c));
            if (!char.IsWhiteSpace(folded) && folded != '\u00A0' && folded != '\u202F')
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }

    private static char Fold(char c) => c switch
    {
        'à' or 'â' or 'ä' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'î' or 'ï' => 'i',
        'ô' or 'ö' => 'o',
        'ù' or 'û' or 'ü' => 'u',
        'ç' => 'c',
        '’' or '‘' or '`' => '\'',
        '“' or '”' or '"' => '"',
        _ => c,
    };
}
