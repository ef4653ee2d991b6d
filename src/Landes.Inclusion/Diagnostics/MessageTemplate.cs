using System.Text;

namespace Landes.Inclusion.Diagnostics;

/// <summary>Fills the <c>{name}</c> placeholders of a message template (problems, findings).</summary>
internal static class MessageTemplate
{
    /// <summary>The names of a template's placeholders, in order of appearance (a repeated one once).</summary>
    public static IEnumerable<string> Placeholders(string template)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int open = template.IndexOf('{', StringComparison.Ordinal);
        while (open >= 0)
        {
            int close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                yield break;
            }

            string name = template[(open + 1)..close];
            if (name.Length > 0 && seen.Add(name))
            {
                yield return name;
            }

            open = template.IndexOf('{', close + 1);
        }
    }

    /// <summary>Replaces each placeholder by its value; a placeholder without a value stays as written.</summary>
    /// <param name="template">The template.</param>
    /// <param name="resolve">Gives the value of a placeholder name, or null.</param>
    /// <returns>The message.</returns>
    public static string Fill(string template, Func<string, string?> resolve)
    {
        var builder = new StringBuilder(template.Length + 64);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            int close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            if (resolve(template.Substring(open + 1, close - open - 1)) is { } value)
            {
                builder.Append(value);
            }
            else
            {
                builder.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Writes a measured argument the way the message's language writes numbers. Arguments hold invariant text
    /// (« 22.7 »); those whose name ends with a unit (<c>Km</c>, <c>Hours</c>, <c>Percent</c>) are measures, and
    /// French writes their decimal point as a comma (« 22,7 km »). Codes, versions and years are left alone. No
    /// culture is constructed: the library also runs in globalization-invariant hosts.
    /// </summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="value">The argument's invariant text.</param>
    /// <param name="language">The message's language.</param>
    /// <returns>The text to write.</returns>
    public static string Localise(string name, string value, MessageLanguage language) =>
        language == MessageLanguage.French && IsMeasure(name) && IsDecimal(value) ? value.Replace('.', ',') : value;

    private static bool IsMeasure(string name) =>
        name.EndsWith("Km", StringComparison.Ordinal) || name.EndsWith("Hours", StringComparison.Ordinal) || name.EndsWith("Percent", StringComparison.Ordinal);

    private static bool IsDecimal(string value)
    {
        int start = value.StartsWith('-') ? 1 : 0;
        int point = value.IndexOf('.', StringComparison.Ordinal);
        return point > start && point < value.Length - 1 && value.AsSpan(start).IndexOfAnyExceptInRange('0', '9') == point - start
            && value.AsSpan(point + 1).IndexOfAnyExceptInRange('0', '9') < 0;
    }
}
