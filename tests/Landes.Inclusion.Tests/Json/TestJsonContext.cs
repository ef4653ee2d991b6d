using System.Text.Json.Serialization;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using NodaTime;

namespace Landes.Inclusion.Tests.Json;

/// <summary>A document shaped like the library's own, to test the strict reader the way a consumer would use it.</summary>
public sealed class SampleDocument
{
    public string SchemaVersion { get; init; } = "1.0";

    public required InseeCode Commune { get; init; }

    public required Siret Structure { get; init; }

    public required LocalDate Since { get; init; }

    public LocalDate? Until { get; init; }

    public required SampleKind Kind { get; init; }

    public required IReadOnlyList<SampleItem> Items { get; init; }

    public string? Note { get; init; }
}

public sealed class SampleItem
{
    public required string Name { get; init; }

    public required int Hours { get; init; }

    public PostalCode? PostalCode { get; init; }

    public SampleItem? Child { get; init; }
}

[JsonConverter(typeof(StableEnumJsonConverter<SampleKind>))]
public enum SampleKind
{
    SessionTitre,
    SessionCcp,
    Vae,
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(SampleDocument))]
[JsonSerializable(typeof(string))]
internal sealed partial class TestJsonContext : JsonSerializerContext;

/// <summary>A document with a computed member, read through a context that allows unmapped members.</summary>
public sealed class ComputedSampleDocument
{
    public string SchemaVersion { get; init; } = "1.0";

    public required int Hours { get; init; }

    public int Minutes => Hours * 60;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(ComputedSampleDocument))]
internal sealed partial class LenientTestJsonContext : JsonSerializerContext;
