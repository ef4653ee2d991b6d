using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Landes.Inclusion.Tests.Infrastructure;

/// <summary>Runs a JSON converter on its own, on exact JSON text.</summary>
internal static class ConverterJson
{
    public static string Write<T>(JsonConverter<T> converter, T value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            converter.Write(writer, value, JsonSerializerOptions.Default);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static T Read<T>(JsonConverter<T> converter, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return converter.Read(ref reader, typeof(T), JsonSerializerOptions.Default)!;
    }
}
