using System.Text;

namespace Landes.Inclusion.Diagnostics;

/// <summary>Fills the <c>{name}</c> placeholders of a message template (problems, findings).</summary>
internal static class MessageTemplate
{
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
}
