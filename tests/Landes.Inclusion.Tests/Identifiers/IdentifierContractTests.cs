using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Testing.Identifiers;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Identifiers;

/// <summary>
/// The contract every identifier type keeps: real-world examples, round-trips, tolerance of surrounding spaces only,
/// ordering, the default value, defects reported with their code, JSON, and allocation-free span parsing.
/// Each identifier's test class derives from this one and supplies its examples and generators.
/// </summary>
public abstract class IdentifierContractTests<T>
    where T : struct, IIdentifier<T>
{
    private static readonly IdentifierJsonConverter<T> Converter = new();

    protected abstract Gen<T> Valid { get; }

    protected abstract Gen<DefectiveText> Defective { get; }

    /// <summary>Real-world valid texts and their canonical forms.</summary>
    protected abstract IEnumerable<(string Text, string Canonical)> ValidExamples { get; }

    /// <summary>Real-world invalid texts and the code they must produce.</summary>
    protected abstract IEnumerable<(string Text, string Code)> InvalidExamples { get; }

    [Fact]
    public void Parse_RealWorldExamples_GiveCanonicalForm()
    {
        foreach ((string text, string canonical) in ValidExamples)
        {
            Assert.True(T.TryParse(text.AsSpan(), out T value, out Problem? problem), $"{text}: {problem}");
            Assert.Equal(canonical, value.ToString());
            Assert.False(value.IsDefault);
        }
    }

    [Fact]
    public void TryParse_RealWorldInvalidExamples_ReportTheirCode()
    {
        foreach ((string text, string code) in InvalidExamples)
        {
            Assert.False(T.TryParse(text.AsSpan(), out T value, out Problem? problem), text);
            Assert.Equal(code, problem.Code);
            Assert.True(value.IsDefault);
            Assert.Equal(ProblemPath.Root, problem.Path);
            Assert.NotEmpty(problem.GetMessage(MessageLanguage.French));
            Assert.NotEmpty(problem.GetMessage(MessageLanguage.English));
        }
    }

    [Fact]
    public void Parse_NullString_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ParseString<T>(null!));

    [Fact]
    public void TryParse_NullString_ReturnsFalse() =>
        Assert.False(TryParseString<T>(null, out _));

    [Fact]
    public void Default_IsNotAValidIdentifier()
    {
        T value = default;
        Assert.True(value.IsDefault);
        Assert.Equal(string.Empty, value.ToString());
        Assert.False(value.TryFormat(new char[64], out int written));
        Assert.Equal(0, written);
        Assert.Throws<ProblemJsonException>(() => WriteJson(value));
    }

    [Fact]
    public void Property_FormatThenParse_IsIdentity() =>
        Properties.ForAll(Valid, v => ParseString<T>(Text(v)).Equals(v) && T.Parse(Text(v).AsSpan(), null).Equals(v) && !v.IsDefault);

    [Fact]
    public void Property_ParseThenFormat_IsStable() =>
        Properties.ForAll(Valid, v => T.Parse(Text(v), null).ToString() == Text(v));

    [Fact]
    public void Property_SurroundingWhiteSpace_IsIgnored() =>
        Properties.ForAll(Valid, v => T.Parse($"  {v}\t ", null).Equals(v));

    [Fact]
    public void Property_InnerCharacterInserted_IsRejected() =>
        Properties.ForAll(
            from v in Valid
            from at in Gen.Choose(1, Math.Max(1, Text(v).Length - 1))
            from c in Gen.Elements('x', '#', '.')
            select Text(v).Insert(at, c.ToString()),
            text => !T.TryParse(text, null, out _));

    [Fact]
    public void Property_Ordering_AgreesWithEqualityAndIsAntisymmetric() =>
        Properties.ForAll(
            from a in Valid from b in Gen.OneOf(Valid, Gen.Constant(a)) select (a, b),
            pair => (pair.a.CompareTo(pair.b) == 0) == pair.a.Equals(pair.b)
                && Math.Sign(pair.a.CompareTo(pair.b)) == -Math.Sign(pair.b.CompareTo(pair.a))
                && (!pair.a.Equals(pair.b) || pair.a.GetHashCode() == pair.b.GetHashCode())
                && default(T).CompareTo(pair.a) < 0);

    [Fact]
    public void Property_DefectiveText_IsRejectedWithItsCode() =>
        Properties.ForAll(Defective, d =>
        {
            Assert.False(T.TryParse(d.Text.AsSpan(), out _, out Problem? problem), d.ToString());
            Assert.Equal(d.ExpectedCode, problem.Code);
            Assert.False(TryParseString<T>(d.Text, out _));
            ProblemException exception = Assert.Throws<ProblemException>(() => ParseString<T>(d.Text));
            Assert.Equal(d.ExpectedCode, Assert.Single(exception.Report.Problems).Code);
        });

    // The string parser takes the span parser that builds no problem; both must accept exactly the same texts.
    [Fact]
    public void Property_StringParser_AgreesWithTheParserThatExplains() =>
        Properties.ForAll(
            Gen.OneOf(Valid.Select(Text), Defective.Select(d => d.Text), Valid.Select(v => " " + Text(v) + "\t"), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)),
            text =>
            {
                bool explained = T.TryParse(text.AsSpan(), out T expected, out _);
                Assert.Equal(explained, TryParseString<T>(text, out T value));
                Assert.Equal(expected, value);
            });

    [Fact]
    public void Property_Json_RoundTripsAsCanonicalString() =>
        Properties.ForAll(Valid, v =>
        {
            string json = WriteJson(v);
            Assert.Equal($"\"{v}\"", json);
            Assert.Equal(v, ReadJson(json));
        });

    [Fact]
    public void Property_JsonDefect_ThrowsProblemWithItsCode() =>
        Properties.ForAll(Defective, d =>
        {
            ProblemJsonException exception = Assert.Throws<ProblemJsonException>(() => ReadJson(JsonSerializer.Serialize(d.Text, Json.TestJsonContext.Default.String)));
            Assert.Equal(d.ExpectedCode, exception.Problem.Code);
        });

    [Fact]
    public void Json_NumberInsteadOfString_IsWrongType()
    {
        ProblemJsonException exception = Assert.Throws<ProblemJsonException>(() => ReadJson("40192"));
        Assert.Equal(JsonProblemCodes.WrongType, exception.Problem.Code);
    }

    [Fact]
    public void ParseFromSpan_AllocatesNothing()
    {
        string[] texts = [.. Valid.Sample(50).Select(v => Text(v))];
        foreach (string text in texts)
        {
            _ = T.TryParse(text.AsSpan(), null, out _); // warm up
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        int parsed = 0;
        for (int round = 0; round < 20; round++)
        {
            foreach (string text in texts)
            {
                parsed += T.TryParse(text.AsSpan(), null, out T value) && !value.IsDefault ? 1 : 0;
            }
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(texts.Length * 20, parsed);
        Assert.Equal(0, allocated);
    }

    private static string Text(T value) => value.ToString()!;

    // Through IParsable<T> on purpose: in a generic context, ISpanParsable's Parse hides IParsable's string overload.
    private static TP ParseString<TP>(string text)
        where TP : IParsable<TP> => TP.Parse(text, null);

    private static bool TryParseString<TP>(string? text, out TP value)
        where TP : IParsable<TP> => TP.TryParse(text, null, out value!);

    private static string WriteJson(T value) => ConverterJson.Write(Converter, value);

    private static T ReadJson(string json) => ConverterJson.Read(Converter, json);
}
