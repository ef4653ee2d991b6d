using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Tests.Json;

// The text check skips its token pass when the quotes alone bound every string's length. The bound may say « not
// ruled out » for a text without a long string, never « ruled out » for a text with one.
public sealed class StringLengthBoundTests
{
    private const string Alphabet = "\"\\ab ,:[]{}1\u00e9";

    [Fact]
    public void BoundIsSound_OnJsonWithEscapedQuotesAndBackslashes()
    {
        Gen<string> text = Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(c => new string(c));
        Gen<(string[] Strings, int Max)> cases = Gen.Zip(text.ArrayOf(), Gen.Choose(1, 24));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000).WithQuietOnSuccess(true), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(c.Strings.Select((s, i) => (Key: "k" + i + "_" + s, Index: i)).ToDictionary(p => p.Key, p => c.Strings[p.Index..]), JsonSerializerOptions.Default);
            if (JsonTextCheck.QuotesBoundStrings(json, c.Max))
            {
                Assert.True(LongestString(json) <= c.Max, Encoding.UTF8.GetString(json));
            }
        }));
    }

    [Fact]
    public void BoundIsSound_OnAnyBytes()
    {
        Gen<(char[] Text, int Max)> cases = Gen.Zip(Gen.Elements(Alphabet.ToCharArray()).ArrayOf(), Gen.Choose(1, 12));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000).WithQuietOnSuccess(true), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            byte[] text = Encoding.UTF8.GetBytes(c.Text);
            if (JsonTextCheck.QuotesBoundStrings(text, c.Max))
            {
                Assert.True(LongestString(text) <= c.Max, new string(c.Text));
            }
        }));
    }

    [Theory]
    [InlineData("\"abcdef\"", 6, true)]
    [InlineData("\"abcdefg\"", 6, false)]
    [InlineData("[\"ab\\\"cd\"]", 5, false)] // The escaped quote is not a boundary: the string is 6 bytes long.
    [InlineData("[\"ab\\\"cd\"]", 6, true)]
    [InlineData("[\"ab\\\\\",\"x\"]", 6, true)] // A closing quote after an escaped backslash is not a boundary:
    [InlineData("[\"ab\\\\\",\"x\"]", 5, false)] // the gap runs to the next string's opening quote.
    [InlineData("[1234567]", 6, false)] // A long stretch without quotes is not ruled out either.
    public void Bound_OnKnownTexts(string json, int max, bool bounded) =>
        Assert.Equal(bounded, JsonTextCheck.QuotesBoundStrings(Encoding.UTF8.GetBytes(json), max));

    [Fact]
    public void OrdinaryLargeDocument_IsBoundedWithoutItsTokenPass()
    {
        var builder = new StringBuilder("[");
        for (int i = 0; i < 200_000; i++)
        {
            builder.Append("{\"id\":\"a").Append(i).Append("\",\"name\":\"Lieu \\\"").Append(i).Append("\\\" \\\\ é\",\"n\":12345},");
        }

        byte[] json = Encoding.UTF8.GetBytes(builder.Append("{}]").ToString());
        Assert.True(json.Length > 8 * 1024 * 1024);
        Assert.True(JsonTextCheck.QuotesBoundStrings(json, 1024 * 1024));
        Assert.Null(JsonTextCheck.Check(json));
    }

    [Fact]
    public void CrowdOfEscapedQuotes_FallsBackToTheTokenPass()
    {
        byte[] json = Encoding.UTF8.GetBytes("[\"" + string.Concat(Enumerable.Repeat("\\\"", 600)) + "\"]");
        Assert.False(JsonTextCheck.QuotesBoundStrings(json, 100));
        Assert.Equal(1200, LongestString(json));
    }

    // The exact length of the longest string or property name (escapes counted as written), -1 for malformed text.
    private static int LongestString(byte[] text)
    {
        var reader = new Utf8JsonReader(text);
        int longest = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    longest = Math.Max(longest, reader.ValueSpan.Length);
                }
            }
        }
        catch (JsonException)
        {
            // Malformed: the strings read so far are those the reader would see.
        }

        return longest;
    }
}
