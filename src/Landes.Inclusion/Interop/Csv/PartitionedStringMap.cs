using System.Diagnostics.CodeAnalysis;

namespace Landes.Inclusion.Interop.Csv;

/// <summary>
/// A map from text to a value, looked up by string or by span, spread over several dictionaries by the text's hash.
/// A reader keeps one for the whole file (identifiers seen, shared strings, cells read): as one dictionary of tens of
/// thousands of entries, its arrays would land on the large object heap at every growth, and each such allocation
/// brings the next full collection closer; spread, every array stays small.
/// </summary>
/// <typeparam name="TValue">The values.</typeparam>
internal sealed class PartitionedStringMap<TValue>
{
    private const int Partitions = 32; // A power of two: the partition is the hash's low bits.

    private readonly Dictionary<string, TValue>?[] _partitions = new Dictionary<string, TValue>?[Partitions];

    /// <summary>Gets the number of entries.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the value of a text, looked up by its characters.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value)
    {
        Dictionary<string, TValue>? partition = _partitions[PartitionOf(key)];
        if (partition is null)
        {
            value = default;
            return false;
        }

        return partition.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value);
    }

    /// <summary>Adds an entry; false (and nothing changed) when the key is already there.</summary>
    public bool TryAdd(string key, TValue value)
    {
        ref Dictionary<string, TValue>? partition = ref _partitions[PartitionOf(key)];
        partition ??= new Dictionary<string, TValue>(StringComparer.Ordinal);
        if (!partition.TryAdd(key, value))
        {
            return false;
        }

        Count++;
        return true;
    }

    // The same hash for a string and for a span of the same characters (both the ordinal, per-process hash).
    private static int PartitionOf(ReadOnlySpan<char> key) => string.GetHashCode(key, StringComparison.Ordinal) & (Partitions - 1);
}
