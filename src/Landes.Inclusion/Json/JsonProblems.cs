using System.Globalization;
using System.Text.Json;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Json;

/// <summary>Builds the problems of the JSON readers.</summary>
internal static class JsonProblems
{
    public static Problem WrongType(string expected, JsonTokenType actual, string path = ProblemPath.Root) =>
        new(JsonProblemDefinitions.WrongType, path, ProblemArguments.Of(("expected", expected), ("actual", Describe(actual))));

    public static Problem WrongType(string expected, JsonValueKind actual, string path) =>
        new(JsonProblemDefinitions.WrongType, path, ProblemArguments.Of(("expected", expected), ("actual", Describe(actual))));

    public static Problem Malformed(JsonException exception) =>
        new(JsonProblemDefinitions.Malformed, exception.Path is { Length: > 0 } p ? p.TrimStart('$').TrimStart('.') : ProblemPath.Root, ProblemArguments.Of(
            ("line", ((exception.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture)),
            ("position", ((exception.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)),
            ("detail", FirstSentence(exception.Message))));


    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String or JsonTokenType.PropertyName => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString().ToLowerInvariant(),
    };

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    // System.Text.Json appends path and position details that the problem already carries.
    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
