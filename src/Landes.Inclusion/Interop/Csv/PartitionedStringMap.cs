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

    // Each partition's span lookup, made once: getting it checks the comparer's interfaces, a slow cast to make on
    // every lookup of every cell. Default until the partition's first entry.
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>>[] _partitions =
        new Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>>[Partitions];

    /// <summary>Gets the number of entries.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the number of entries of the fullest partition (how evenly the keys spread).</summary>
    internal int LargestPartition
    {
        get
        {
            int largest = 0;
            foreach (Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> partition in _partitions)
            {
                largest = Math.Max(largest, partition.Dictionary?.Count ?? 0);
            }

            return largest;
        }
    }

    /// <summary>Gets the value of a text, looked up by its characters.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value)
    {
        Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> partition = _partitions[PartitionOf(key)];
        if (partition.Dictionary is null)
        {
            value = default;
            return false;
        }

        return partition.TryGetValue(key, out value);
    }

    /// <summary>Adds an entry; false (and nothing changed) when the key is already there.</summary>
    public bool TryAdd(string key, TValue value)
    {
        ref Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> partition = ref _partitions[PartitionOf(key)];
        if (partition.Dictionary is null)
        {
            partition = new Dictionary<string, TValue>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        if (!partition.Dictionary.TryAdd(key, value))
        {
            return false;
        }

        Count++;
        return true;
    }

    // Not a hash of every character, since the partition's dictionary hashes the key again and this one need only
    // spread keys evenly: the length, the first four characters, the middle one and the last five (every character
    // of a short key), mixed. Numbered names, identifiers, codes and addresses spread within a few per cent; a
    // skewed file makes one partition larger, never a lookup wrong.
    private static int PartitionOf(ReadOnlySpan<char> key)
    {
        int n = key.Length;
        if (n == 0)
        {
            return 0;
        }

        uint h = (uint)n;
        h = (h * 31) + key[0];
        h = (h * 31) + key[Math.Min(1, n - 1)];
        h = (h * 31) + key[Math.Min(2, n - 1)];
        h = (h * 31) + key[Math.Min(3, n - 1)];
        h = (h * 31) + key[n / 2];
        h = (h * 31) + key[Math.Max(0, n - 5)];
        h = (h * 31) + key[Math.Max(0, n - 4)];
        h = (h * 31) + key[Math.Max(0, n - 3)];
        h = (h * 31) + key[Math.Max(0, n - 2)];
        h = (h * 31) + key[n - 1];

        h ^= h >> 15;
        h *= 0x2C1B3C6D;
        h ^= h >> 12;
        return (int)(h & (Partitions - 1));
    }
}
