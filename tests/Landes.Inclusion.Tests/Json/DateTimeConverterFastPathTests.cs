using System.Text.Json;
using Landes.Inclusion.Json;
using NodaTime;
using NodaTime.Text;

namespace Landes.Inclusion.Tests.Json;

// The converters read canonical dates and times straight from the UTF-8 bytes; whatever the text, the result must be
// the one NodaTime's patterns give (the same value, or a rejection).
public sealed class DateTimeConverterFastPathTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new LocalDateJsonConverter(), new LocalTimeJsonConverter() } };

    [Theory]
    [InlineData("2021-06-28")]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("2021-04-31")]
    [InlineData("2021-12-31")]
    [InlineData("2021-13-01")]
    [InlineData("2021-00-10")]
    [InlineData("2021-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2021-6-28")]
    [InlineData("2021/06/28")]
    [InlineData("+021-06-28")]
    [InlineData(" 2021-06-2")]
    [InlineData("2021-06-28T00:00")]
    [InlineData("")]
    public void LocalDate_ReadsLikeTheIsoPattern(string text)
    {
        // Since issue 10 the converter also refuses dates outside InputLimits' documented range (0000, 0001, 9999…).
        ParseResult<LocalDate> expected = LocalDatePattern.Iso.Parse(text);
        bool accepted = expected.Success && Landes.Inclusion.Diagnostics.InputLimits.IsSupportedDate(expected.Value);

        AssertSame(accepted, accepted ? expected.Value : default, $"\"{text}\"");
        AssertSame(accepted, accepted ? expected.Value : default, $"\"{Escaped(text)}\"");
    }

    [Theory]
    [InlineData("09:00")]
    [InlineData("23:59")]
    [InlineData("00:00:00")]
    [InlineData("09:00:30")]
    [InlineData("24:00")]
    [InlineData("09:60")]
    [InlineData("09:00:60")]
    [InlineData("9:00")]
    [InlineData("09-00")]
    [InlineData("09:00:3")]
    [InlineData("")]
    public void LocalTime_ReadsLikeThePatterns(string text)
    {
        ParseResult<LocalTime> expected = (text.Length == 5 ? LocalTimePattern.CreateWithInvariantCulture("HH:mm") : LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss")).Parse(text);

        AssertSame(expected.Success, expected.Success ? expected.Value : default, $"\"{text}\"");
    }

    private static string Escaped(string text) => text.Length == 0 ? text : $"\\u{(int)text[0]:x4}{text[1..]}";

    private static void AssertSame<TValue>(bool success, TValue value, string json)
        where TValue : struct
    {
        if (success)
        {
            Assert.Equal(value, JsonSerializer.Deserialize<TValue>(json, Options));
        }
        else
        {
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TValue>(json, Options));
        }
    }
}
