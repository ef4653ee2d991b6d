using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Landes.Inclusion.Diagnostics;

/// <summary>Builds the paths that locate a value inside a document, such as <c>advisors[3].contract.endDate</c>.</summary>
public static class ProblemPath
{
    /// <summary>Gets the path of the document itself: the empty string.</summary>
    public const string Root = "";

    /// <summary>Appends a member name to a path.</summary>
    /// <param name="path">The path of the enclosing object.</param>
    /// <param name="member">The member name, as written in the document (camelCase); cut to <see cref="InputLimits.MaxQuotedLength"/> characters.</param>
    /// <returns>The combined path.</returns>
    public static string Member(string path, string member)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(member);
        member = InputLimits.Quote(member);
        return path.Length == 0 ? member : path + "." + member;
    }

    /// <summary>Appends a list index to a path.</summary>
    /// <param name="path">The path of the list.</param>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The combined path.</returns>
    public static string Index(string path, int index)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
    }

    /// <summary>Combines a parent path and a relative path.</summary>
    /// <param name="parent">The parent path.</param>
    /// <param name="relative">A path relative to the parent.</param>
    /// <returns>The combined path.</returns>
    public static string Combine(string parent, string relative)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(relative);
        if (parent.Length == 0)
        {
            return relative;
        }

        if (relative.Length == 0)
        {
            return parent;
        }

        return relative[0] == '[' ? parent + relative : parent + "." + relative;
    }

    /// <summary>
    /// Converts a FluentValidation property chain (<c>Advisors[3].Contract.EndDate</c>) to the library's
    /// document path form (<c>advisors[3].contract.endDate</c>).
    /// </summary>
    /// <param name="propertyChain">The property chain, in C# member names.</param>
    /// <returns>The same chain with each member name in camelCase.</returns>
    public static string FromPropertyChain(string? propertyChain)
    {
        if (string.IsNullOrEmpty(propertyChain))
        {
            return Root;
        }

        var builder = new StringBuilder(propertyChain.Length);
        foreach (string segment in propertyChain.Split('.'))
        {
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            int bracket = segment.IndexOf('[', StringComparison.Ordinal);
            string name = bracket < 0 ? segment : segment[..bracket];
            builder.Append(JsonNamingPolicy.CamelCase.ConvertName(name));
            if (bracket >= 0)
            {
                builder.Append(segment, bracket, segment.Length - bracket);
            }
        }

        return builder.ToString();
    }
}
