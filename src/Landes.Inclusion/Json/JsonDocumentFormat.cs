using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Json;

/// <summary>
/// A JSON document format of the library (a catalog, a record, a network…): reads strictly, reporting every problem
/// with its path and code; validates what it read; writes deterministically (the same value gives the same bytes).
/// </summary>
/// <typeparam name="T">The document type; it carries a <c>schemaVersion</c> property.</typeparam>
/// <remarks>
/// <para>Reading takes a fast path first: System.Text.Json's source-generated reader with unknown properties, missing
/// required properties, nulls in non-nullable members and duplicate properties all refused. Only when that fails does
/// the reader walk the document against the type's metadata to collect every problem, not only the first.</para>
/// <para>Instances are immutable and thread-safe; create one per format and reuse it.</para>
/// </remarks>
public sealed class JsonDocumentFormat<T>
    where T : class
{
    private const string SchemaVersionProperty = "schemaVersion";

    private static readonly ConcurrentDictionary<JsonTypeInfo, Dictionary<string, JsonPropertyInfo>> PropertyMaps = new();

    // Documents are files, not HTML: French text stays readable (« é », not \u00E9); JSON's own escapes still apply.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        MaxDepth = InputLimits.MaxJsonDepth,
        NewLine = "\n",
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly JsonTypeInfo<T> _typeInfo;
    private readonly JsonPropertyInfo? _versionProperty;
    private readonly IValidator<T>? _validator;
    private readonly Lazy<JsonTypeInfo<T>> _readTypeInfo;
    private readonly Lazy<HashSet<Type>?> _nullTolerantTypes;

    /// <summary>Initializes a document format.</summary>
    /// <param name="name">The format's name in messages (for example <c>catalog</c>).</param>
    /// <param name="schemaVersion">The schema version this library writes (for example <c>1.0</c>).</param>
    /// <param name="typeInfo">The source-generated metadata of <typeparamref name="T"/>.</param>
    /// <param name="validator">A validator run on every document read, or null.</param>
    /// <param name="readableVersions">The schema versions read, in addition to <paramref name="schemaVersion"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public JsonDocumentFormat(string name, string schemaVersion, JsonTypeInfo<T> typeInfo, IValidator<T>? validator = null, IEnumerable<string>? readableVersions = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(schemaVersion);
        ArgumentNullException.ThrowIfNull(typeInfo);
        Name = name;
        SchemaVersion = schemaVersion;
        _typeInfo = typeInfo;
        _versionProperty = typeInfo.Properties.FirstOrDefault(p => string.Equals(p.Name, SchemaVersionProperty, StringComparison.Ordinal));
        _validator = validator;
        _readTypeInfo = new(() => ReadingMetadata(typeInfo, ReadConverters));
        _nullTolerantTypes = new(() => NullTolerantRoots is null
            ? null
            : [.. NullTolerantRoots.SelectMany(root => Reachable(typeInfo.Options.GetTypeInfo(root))).Select(info => info.Type)]);
        ReadableVersions = [schemaVersion, .. (readableVersions ?? []).Where(v => v != schemaVersion)];
    }

    /// <summary>Gets the format's name in messages.</summary>
    public string Name { get; }

    /// <summary>Gets the schema version this library writes.</summary>
    public string SchemaVersion { get; }

    /// <summary>Gets every schema version this library reads.</summary>
    public IReadOnlyList<string> ReadableVersions { get; }

    /// <summary>
    /// Gets the types (with every type they hold) whose nullable members accept <c>null</c> for « absent », as their
    /// published schema says; a <c>null</c> for a nullable member of any other type is <c>LI-JSON-020</c>. Null (the
    /// default): every nullable member accepts <c>null</c>. The library's writers never write <c>null</c>.
    /// </summary>
    internal IReadOnlyList<Type>? NullTolerantRoots { get; init; }

    /// <summary>
    /// Gets converters the fast path reads with in place of the metadata of the types they convert (for types read in
    /// large numbers); each must read what the metadata reads and refuse what it refuses. Writing and the walk keep
    /// the metadata.
    /// </summary>
    internal IReadOnlyList<JsonConverter> ReadConverters { get; init; } = [];

    /// <summary>Reads a document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON text.</param>
    /// <returns>The document and every problem found.</returns>
    public ReadResult<T> Read(ReadOnlyMemory<byte> utf8Json)
    {
        // The text as text first: size, UTF-8, escapes that decode (a UTF-8 byte-order mark is allowed).
        utf8Json = JsonTextCheck.WithoutBom(utf8Json);
        if (JsonTextCheck.Check(utf8Json.Span) is { } textProblem)
        {
            return Failed(textProblem);
        }

        // Fast path: straight to the strict serializer, no DOM and no second pass over the text; the version is read
        // from the value itself. Anything unusual (malformed text, a version problem, a value the serializer rejects,
        // or text the serializer would let through: a null, a computed member, a control character) takes the
        // diagnostic path below, which reports every problem.
        bool suspicious = NeedsWalk(utf8Json.Span);
        T? value = null;
        JsonException? rejection = null;
        try
        {
            value = JsonSerializer.Deserialize(utf8Json.Span, _readTypeInfo.Value);
            if (value is not null && IsReadable(VersionOf(value)) && !suspicious)
            {
                return Validated(value);
            }
        }
        catch (JsonException exception)
        {
            rejection = exception; // Diagnosed below, without deserializing a second time.
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = InputLimits.MaxJsonDepth });
        }
        catch (JsonException exception)
        {
            return Failed(MalformedOrTooDeep(exception));
        }

        using (document)
        {
            if (CheckSchemaVersion(document.RootElement) is { } versionProblem)
            {
                return Failed(versionProblem);
            }

            List<Problem> problems = [];
            if (rejection is not null || suspicious)
            {
                // Slow path: find every problem, not only the one that stopped the serializer.
                Walk(document.RootElement, _typeInfo, ProblemPath.Root, problems, allowNull: false);
                if (problems.Count == 0 && rejection is not null)
                {
                    problems.Add(rejection is ProblemJsonException p ? p.Problem : JsonProblems.Malformed(rejection));
                }
            }
            else if (value is null)
            {
                problems.Add(JsonProblems.WrongType("object", JsonValueKind.Null, ProblemPath.Root));
            }

            if (value is null || problems.Count > 0)
            {
                return new ReadResult<T>(null, new ValidationReport(problems));
            }

            return Validated(value);
        }
    }

    /// <summary>Reads a document from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public ReadResult<T> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a document from a stream (read to its end; the stream is not closed).</summary>
    /// <param name="utf8Json">A stream of UTF-8 JSON text.</param>
    /// <returns>The document and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public ReadResult<T> Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > InputLimits.MaxJsonDocumentBytes + (long)3)
        {
            return Failed(JsonTextCheck.TooLarge(InputLimits.MaxJsonDocumentBytes)); // A file too large is refused unread.
        }

        using var buffer = new MemoryStream(utf8Json.CanSeek ? (int)Math.Max(0, utf8Json.Length - utf8Json.Position) : 0);
        byte[] chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > InputLimits.MaxJsonDocumentBytes + (long)3)
            {
                return Failed(JsonTextCheck.TooLarge(InputLimits.MaxJsonDocumentBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>Writes a document as indented UTF-8 JSON ending with a line feed; the same value always gives the same bytes.</summary>
    /// <param name="value">The document.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public byte[] Write(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var stream = new MemoryStream();
        Write(value, stream);
        return stream.ToArray();
    }

    /// <summary>Writes a document as indented UTF-8 JSON ending with a line feed into a stream.</summary>
    /// <param name="value">The document.</param>
    /// <param name="destination">The stream written to (not closed).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(T value, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(destination);
        using (var writer = new Utf8JsonWriter(destination, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, _typeInfo);
        }

        destination.WriteByte((byte)'\n');
    }

    /// <summary>Writes a document as an indented JSON string ending with a line feed.</summary>
    /// <param name="value">The document.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public string WriteToString(T value) => System.Text.Encoding.UTF8.GetString(Write(value));

    private static ReadResult<T> Failed(Problem problem) => new(null, new ValidationReport([problem]));

    // Text the strict serializer would accept without a word but the reader must not: a null (in a list, the
    // serializer lets it through), a control character in a string. A cheap byte search; the walk then decides. (A
    // member named like a computed property stops the serializer itself: see RefusingComputedMembers.)
    private static bool NeedsWalk(ReadOnlySpan<byte> utf8) =>
        utf8.IndexOf("null"u8) >= 0 || JsonTextCheck.MayHoldControlCharacter(utf8);

    // The metadata the fast path reads with: the type's own, with the format's read converters, and without its
    // computed (read-only) members, which the serializer would skip without a word; unmapped there, such a member
    // stops it, and the walk reports it. This replaces a search of the text for each computed member's name
    // (milliseconds each on a national network).
    private static JsonTypeInfo<T> ReadingMetadata(JsonTypeInfo<T> typeInfo, IReadOnlyList<JsonConverter> converters)
    {
        HashSet<(Type Type, string Name)> computed =
        [
            .. Reachable(typeInfo).Where(info => info.Kind == JsonTypeInfoKind.Object)
                .SelectMany(info => info.Properties.Where(p => !IsSettable(p)).Select(p => (info.Type, p.Name))),
        ];
        if ((computed.Count == 0 && converters.Count == 0) || typeInfo.Options.TypeInfoResolver is not { } resolver)
        {
            return typeInfo;
        }

        var options = new JsonSerializerOptions(typeInfo.Options)
        {
            TypeInfoResolver = resolver.WithAddedModifier(info =>
            {
                if (info.Kind != JsonTypeInfoKind.Object)
                {
                    return;
                }

                for (int i = info.Properties.Count - 1; i >= 0; i--)
                {
                    if (computed.Contains((info.Type, info.Properties[i].Name)))
                    {
                        // Unmapped, so refused, whatever the context says of unmapped members (the walk refuses them).
                        info.Properties.RemoveAt(i);
                        info.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
                    }
                }
            }),
        };
        foreach (JsonConverter converter in converters)
        {
            options.Converters.Add(converter);
        }

        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }

    // Every type a value of the root's type can hold (itself, its members' types, list items, dictionary values).
    private static List<JsonTypeInfo> Reachable(JsonTypeInfo root)
    {
        var found = new List<JsonTypeInfo>();
        var visited = new HashSet<Type>();
        var pending = new Stack<JsonTypeInfo>([root]);
        while (pending.TryPop(out JsonTypeInfo? info))
        {
            if (!visited.Add(info.Type))
            {
                continue;
            }

            found.Add(info);
            if (info.Kind is JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary && info.ElementType is { } element)
            {
                pending.Push(info.Options.GetTypeInfo(element));
            }
            else if (info.Kind == JsonTypeInfoKind.Object)
            {
                foreach (JsonPropertyInfo property in info.Properties)
                {
                    pending.Push(info.Options.GetTypeInfo(property.PropertyType));
                }
            }
        }

        return found;
    }

    private static bool IsSettable(JsonPropertyInfo p) =>
        p.Set is not null || p.AssociatedParameter is not null || p.ObjectCreationHandling == System.Text.Json.Serialization.JsonObjectCreationHandling.Populate;

    // A truncated document ("Expected depth to be zero at the end of the JSON payload") is malformed, not too deep.
    private static Problem MalformedOrTooDeep(JsonException exception) =>
        exception.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
        && !exception.Message.Contains("depth to be zero", StringComparison.OrdinalIgnoreCase)
            ? new Problem(JsonProblemDefinitions.TooDeep, ProblemPath.Root, ProblemArguments.Of(("maxDepth", InputLimits.MaxJsonDepth.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            : JsonProblems.Malformed(exception);

    private ReadResult<T> Validated(T value) => new(value, _validator is null
        ? ValidationReport.Valid
        : ValidationReport.FromFluentValidation(_validator.Validate(value)));

    // True when the text is a JSON object whose top level has exactly one schemaVersion, a string this format reads.
    // Scans the top level with a forward-only reader (nested values are skipped, not materialised); false on any doubt.
    private bool IsReadable(string? version) => version is not null && ReadableVersions.Contains(version, StringComparer.Ordinal);

    // The document's schemaVersion through the source-generated getter: no reflection, no second parse.
    private string? VersionOf(T value) => _versionProperty?.Get?.Invoke(value) as string;

    private Problem? CheckSchemaVersion(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return JsonProblems.WrongType("object", root.ValueKind, ProblemPath.Root);
        }

        if (!root.TryGetProperty(SchemaVersionProperty, out JsonElement version))
        {
            return new Problem(JsonProblemDefinitions.MissingSchemaVersion, ProblemPath.Root, ProblemArguments.Of(("document", Name)));
        }

        if (version.ValueKind != JsonValueKind.String)
        {
            return JsonProblems.WrongType("string", version.ValueKind, SchemaVersionProperty);
        }

        string text = version.GetString()!;
        return ReadableVersions.Contains(text, StringComparer.Ordinal)
            ? null
            : new Problem(JsonProblemDefinitions.UnsupportedSchemaVersion, SchemaVersionProperty, ProblemArguments.Of(
                ("value", text), ("document", Name), ("supported", string.Join(", ", ReadableVersions))));
    }

    private void Walk(JsonElement element, JsonTypeInfo typeInfo, string path, List<Problem> problems, bool allowNull)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            bool nullable = allowNull || Nullable.GetUnderlyingType(typeInfo.Type) is not null;
            if (!nullable)
            {
                problems.Add(new Problem(JsonProblemDefinitions.NullNotAllowed, path));
            }

            return;
        }

        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                WalkObject(element, typeInfo, path, problems);
                break;
            case JsonTypeInfoKind.Enumerable:
                if (element.ValueKind != JsonValueKind.Array)
                {
                    problems.Add(JsonProblems.WrongType("array", element.ValueKind, path));
                    break;
                }

                JsonTypeInfo itemInfo = typeInfo.Options.GetTypeInfo(typeInfo.ElementType!);
                int index = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Walk(item, itemInfo, ProblemPath.Index(path, index++), problems, allowNull: false);
                }

                break;
            case JsonTypeInfoKind.Dictionary:
                if (element.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(JsonProblems.WrongType("object", element.ValueKind, path));
                    break;
                }

                JsonTypeInfo valueInfo = typeInfo.Options.GetTypeInfo(typeInfo.ElementType!);
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    Walk(property.Value, valueInfo, ProblemPath.Member(path, property.Name), problems, allowNull: false);
                }

                break;
            default:
                ConvertValue(element, typeInfo, path, problems);
                break;
        }
    }

    private void WalkObject(JsonElement element, JsonTypeInfo typeInfo, string path, List<Problem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(JsonProblems.WrongType("object", element.ValueKind, path));
            return;
        }

        Dictionary<string, JsonPropertyInfo> properties = PropertyMaps.GetOrAdd(typeInfo, static info =>
            info.Properties.Where(IsSettable).ToDictionary(p => p.Name, StringComparer.Ordinal));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            string propertyPath = ProblemPath.Member(path, property.Name);
            if (!seen.Add(property.Name))
            {
                problems.Add(new Problem(JsonProblemDefinitions.DuplicateProperty, propertyPath, ProblemArguments.Of(("property", property.Name))));
            }
            else if (!properties.TryGetValue(property.Name, out JsonPropertyInfo? info))
            {
                problems.Add(new Problem(JsonProblemDefinitions.UnknownProperty, propertyPath, ProblemArguments.Of(("property", property.Name), ("document", Name))));
            }
            else if (property.Value.ValueKind == JsonValueKind.Null && info.IsSetNullable && _nullTolerantTypes.Value?.Contains(typeInfo.Type) == false)
            {
                // Optional, but the published schema has no null here: « absent » is said by leaving the member out.
                problems.Add(new Problem(JsonProblemDefinitions.NullForOptional, propertyPath, ProblemArguments.Of(("property", property.Name))));
            }
            else
            {
                Walk(property.Value, typeInfo.Options.GetTypeInfo(info.PropertyType), propertyPath, problems, info.IsSetNullable);
            }
        }

        foreach (JsonPropertyInfo info in properties.Values)
        {
            bool required = info.IsRequired || info.AssociatedParameter is { IsMemberInitializer: false, HasDefaultValue: false };
            if (required && !seen.Contains(info.Name))
            {
                problems.Add(new Problem(JsonProblemDefinitions.MissingProperty, ProblemPath.Member(path, info.Name), ProblemArguments.Of(("property", info.Name))));
            }
        }
    }

    private static void ConvertValue(JsonElement element, JsonTypeInfo typeInfo, string path, List<Problem> problems)
    {
        if (element.ValueKind == JsonValueKind.String && element.GetString() is { } text
            && JsonTextCheck.FirstControlCharacter(text) is >= 0 and int position)
        {
            problems.Add(JsonTextCheck.ControlCharacter(JsonProblemDefinitions.ControlCharacter, text, position, path));
            return;
        }

        if (ExpectedKind(typeInfo.Type) is { } expected && !Matches(expected, element.ValueKind))
        {
            problems.Add(JsonProblems.WrongType(expected, element.ValueKind, path));
            return;
        }

        try
        {
            _ = element.Deserialize(typeInfo);
        }
        catch (ProblemJsonException exception)
        {
            problems.AddRange(exception.Problems.Select(p => p.Under(path)));
        }
        catch (JsonException exception)
        {
            problems.Add(new Problem(JsonProblemDefinitions.InvalidValue, path, ProblemArguments.Of(
                ("type", typeInfo.Type.Name), ("detail", JsonProblems.Malformed(exception).Arguments["detail"]))));
        }
    }

    private static string? ExpectedKind(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "string";
        }

        if (type == typeof(bool))
        {
            return "boolean";
        }

        return type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal)
            || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(float)
            ? "number"
            : null;
    }

    private static bool Matches(string expected, JsonValueKind kind) => expected switch
    {
        "string" => kind == JsonValueKind.String,
        "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
        _ => kind == JsonValueKind.Number,
    };
}
