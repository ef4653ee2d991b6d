using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Json;

/// <summary>
/// The stable lower-case names of enumeration members in the library's documents: the member name in kebab case
/// (<c>SessionTitre</c> is <c>"session-titre"</c>).
/// </summary>
/// <remarks>
/// Renaming an enumeration member changes its JSON name: the library's tests pin every name, so such a change is a
/// deliberate, documented break. All members are thread-safe.
/// </remarks>
public static class StableEnumNames
{
    /// <summary>Gets the JSON name of a member.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>Its stable name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    public static string GetName<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Cache<TEnum>.Names.TryGetValue(value, out string? name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a declared member.");

    /// <summary>Looks up a member by its JSON name (exact, case-sensitive).</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="name">The name.</param>
    /// <param name="value">The member when found.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> is a member's name.</returns>
    public static bool TryGetValue<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return name is not null && Cache<TEnum>.Values.TryGetValue(name, out value);
    }

    /// <summary>Gets the JSON names of every member, in declaration order.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> GetAllowedNames<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.Allowed;

    /// <summary>Matches the reader's current string token against the names, without allocating.</summary>
    internal static bool TryGetValue<TEnum>(ref Utf8JsonReader reader, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach ((byte[] utf8, TEnum candidate) in Cache<TEnum>.Utf8Names)
        {
            if (reader.ValueTextEquals(utf8))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Names =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> Values =
            Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public static readonly IReadOnlyList<string> Allowed = [.. Enum.GetValues<TEnum>().Distinct().Select(v => Names[v])];

        // The names as UTF-8, to match a JSON string token without allocating a string.
        public static readonly (byte[] Utf8, TEnum Value)[] Utf8Names =
            [.. Names.Select(p => (System.Text.Encoding.UTF8.GetBytes(p.Value), p.Key))];
    }
}
