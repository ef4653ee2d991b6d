using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using FluentValidation;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Validation;

/// <summary>
/// Checks a document against the value constraints of its published JSON Schema (<c>minLength</c>, <c>minimum</c>,
/// <c>exclusiveMinimum</c>, <c>maximum</c>, <c>minItems</c>, <c>pattern</c>), held here as data, one line a constraint:
/// <c>path kind bound</c>, where <c>[]</c> in a path stands for every item of a list. The value is checked in its
/// JSON form (the form the schema sees), so that what the reader accepts is what the schema accepts.
/// </summary>
internal sealed class DocumentConstraintValidator<T> : AbstractValidator<T>
    where T : class
{
    private readonly JsonTypeInfo<T> _typeInfo;
    private readonly ProblemDefinition _code;
    private readonly string _document;
    private readonly (string[] Path, string Kind, string Bound, Regex? Pattern)[] _constraints;

    public DocumentConstraintValidator(JsonTypeInfo<T> typeInfo, ProblemDefinition code, string document, params string[] constraints)
    {
        _typeInfo = typeInfo;
        _code = code;
        _document = document;
        _constraints = [.. constraints.Select(Parse)];
        RuleFor(d => d).Custom(Check);
    }

    private static (string[] Path, string Kind, string Bound, Regex? Pattern) Parse(string line)
    {
        string[] parts = line.Split(' ', 3);
        return (parts[0].Split('.'), parts[1], parts[2], parts[1] == "pattern" ? new Regex(parts[2], RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : null);
    }

    private void Check(T document, ValidationContext<T> context)
    {
        using JsonDocument json = JsonSerializer.SerializeToDocument(document, _typeInfo);
        foreach ((string[] path, string kind, string bound, Regex? pattern) in _constraints)
        {
            Visit(json.RootElement, path, 0, ProblemPath.Root, (element, at) =>
            {
                if (!Holds(element, kind, bound, pattern))
                {
                    ProblemFailures.Add(context, at, _code, ("value", Shown(element)), ("constraint", kind + " " + bound), ("document", _document));
                }
            });
        }
    }

    private static void Visit(JsonElement element, string[] path, int depth, string at, Action<JsonElement, string> check)
    {
        if (depth == path.Length)
        {
            check(element, at);
            return;
        }

        string segment = path[depth];
        bool each = segment.EndsWith("[]", StringComparison.Ordinal);
        string name = each ? segment[..^2] : segment;
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out JsonElement child) || child.ValueKind == JsonValueKind.Null)
        {
            return; // Absent optional members have no constraint to break; required ones are the reader's business.
        }

        string childPath = ProblemPath.Member(at, name);
        if (!each)
        {
            Visit(child, path, depth + 1, childPath, check);
            return;
        }

        if (child.ValueKind == JsonValueKind.Array)
        {
            int index = 0;
            foreach (JsonElement item in child.EnumerateArray())
            {
                Visit(item, path, depth + 1, ProblemPath.Index(childPath, index++), check);
            }
        }
    }

    private static bool Holds(JsonElement element, string kind, string bound, Regex? pattern) => kind switch
    {
        "minLength" => element.ValueKind != JsonValueKind.String || element.GetString()!.Length >= int.Parse(bound, CultureInfo.InvariantCulture),
        "minItems" => element.ValueKind != JsonValueKind.Array || element.GetArrayLength() >= int.Parse(bound, CultureInfo.InvariantCulture),
        "pattern" => element.ValueKind != JsonValueKind.String || pattern!.IsMatch(element.GetString()!),
        _ => element.ValueKind != JsonValueKind.Number || Compare(element.GetDouble(), kind, double.Parse(bound, CultureInfo.InvariantCulture)),
    };

    private static bool Compare(double value, string kind, double bound) => kind switch
    {
        "minimum" => value >= bound,
        "exclusiveMinimum" => value > bound,
        "maximum" => value <= bound,
        _ => throw new InvalidOperationException("Unknown constraint kind " + kind),
    };

    private static string Shown(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Array => "[" + element.GetArrayLength().ToString(CultureInfo.InvariantCulture) + " items]",
        _ => element.GetRawText(),
    };
}
