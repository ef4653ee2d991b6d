using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Landes.Inclusion.Diagnostics;

/// <summary>
/// The arguments of a problem once made: read-only, sorted by name (ordinal), two arrays instead of a dictionary and a
/// sorted copy of it. A file's reader may make a thousand problems per code, and a problem has one to five arguments,
/// for which a search along the names is as fast as hashing.
/// </summary>
internal sealed class FrozenArguments : IReadOnlyDictionary<string, string>
{
    private readonly string[] _names;
    private readonly string[] _values;

    private FrozenArguments(string[] names, string[] values)
    {
        _names = names;
        _values = values;
    }

    /// <summary>Gets an empty set of arguments.</summary>
    public static FrozenArguments Empty { get; } = new([], []);

    /// <inheritdoc/>
    public int Count => _names.Length;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _names;

    /// <inheritdoc/>
    public IEnumerable<string> Values => _values;

    /// <inheritdoc/>
    public string this[string key] => TryGetValue(key, out string? value) ? value : throw new KeyNotFoundException($"No argument named '{key}'.");

    /// <summary>The arguments sorted by name, each value passed through <paramref name="value"/>.</summary>
    /// <param name="arguments">The arguments; their names are distinct.</param>
    /// <param name="value">What each value becomes (quoted and shortened, or kept whole).</param>
    /// <returns>The frozen arguments.</returns>
    public static FrozenArguments Of(IReadOnlyDictionary<string, string> arguments, Func<string, string> value)
    {
        if (arguments.Count == 0)
        {
            return Empty;
        }

        string[] names = new string[arguments.Count];
        string[] values = new string[names.Length];
        int i = 0;
        foreach (KeyValuePair<string, string> argument in arguments)
        {
            names[i] = argument.Key;
            values[i++] = value(argument.Value);
        }

        Array.Sort(names, values, StringComparer.Ordinal);
        return new FrozenArguments(names, values);
    }

    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        int index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (int i = 0; i < _names.Length; i++)
        {
            yield return new KeyValuePair<string, string>(_names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (int i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
