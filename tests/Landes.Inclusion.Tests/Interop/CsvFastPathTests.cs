using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Interop.Csv;
using Landes.Inclusion.Tests.Infrastructure;
using nietras.SeparatedValues;

namespace Landes.Inclusion.Tests.Interop;

// The CSV readers' shortcuts must decide exactly as the general code they skip.
public sealed class CsvFastPathTests
{
    // Control characters allowed (tab, line feed, carriage return) and refused (C0, DEL, C1), quotes, separators, accents.
    private const string Alphabet = "ab ,\"\t\n\r\u0000\u0001\u001F\u007F\u0085\u009F\u00A0é|";

    [Fact]
    public void RowCheck_AdmitsACellOnlyWhenTheCellCheckWould()
    {
        Gen<string> cell = Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(c => new string(c));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3_000).WithQuietOnSuccess(true), Prop.ForAll(cell.ArrayOf().Where(c => c.Length > 0).ToArbitrary(), cells =>
        {
            string csv = string.Join(',', cells.Select((_, i) => "c" + i.ToString(CultureInfo.InvariantCulture))) + "\n"
                + string.Join(',', cells.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\n";
            using SepReader reader = CsvTable.OpenReader(new StringReader(csv));
            Assert.True(reader.MoveNext()); // The header.
            Assert.True(reader.MoveNext());
            SepReader.Row row = reader.Current;
            var shortcut = new CsvFieldReader([]);
            var general = new CsvFieldReader([]);
            shortcut.BeginRow(0, row.Span);
            general.BeginRow(0, "\u0000"); // A row the shortcut cannot vouch for: every cell is checked.
            for (int i = 0; i < row.ColCount; i++)
            {
                var column = new CsvColumn("c" + i.ToString(CultureInfo.InvariantCulture), Required: false, i);
                ReadOnlySpan<char> text = row[i].Span;
                Assert.Equal(general.Admissible(text, column), shortcut.Admissible(text, column));
            }

            Assert.Equal(general.Problems.Select(p => p.ToString()), shortcut.Problems.Select(p => p.ToString()));
        }));
    }

    [Theory]
    [InlineData("43.893485")]
    [InlineData("-0.4991")]
    [InlineData("-0")]
    [InlineData("0.1")]
    [InlineData("123456789012345")]
    [InlineData("1.23456789012345")]
    [InlineData("0.00000000000001")]
    public void Decimal_PlainTexts_ReadAsTheGeneralParserReadsThem(string text)
    {
        Assert.True(DecimalText.TryParse(text, out double value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData("+1")]
    [InlineData("1e5")]
    [InlineData("1234567890123456")] // 16 digits: no longer exact as a double, left to the general parser.
    [InlineData("43,89")]
    [InlineData(" 1")]
    public void Decimal_OtherTexts_AreLeftToTheGeneralParser(string text) =>
        Assert.False(DecimalText.TryParse(text, out _));

    [Fact]
    public void Decimal_AnyText_IsReadExactlyOrLeftAlone()
    {
        Gen<string> digits = Gen.Elements("0123456789".ToCharArray()).ArrayOf().Select(c => new string(c));
        Gen<string> plain = from sign in Gen.Elements("", "-")
                            from whole in digits
                            from point in Gen.Elements("", ".")
                            from fraction in digits
                            select sign + whole + point + fraction;
        Gen<string> any = Gen.Elements("0123456789.-+e ,".ToCharArray()).ArrayOf().Select(c => new string(c));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20_000).WithQuietOnSuccess(true), Prop.ForAll(Gen.OneOf(plain, plain, any).ToArbitrary(), text =>
        {
            if (DecimalText.TryParse(text, out double value))
            {
                Assert.True(double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double expected), text);
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value));
            }
        }));
    }
}

// The file-long maps of the CSV readers: a dictionary to their users, spread over partitions small enough to stay off
// the large object heap.
public sealed class PartitionedStringMapTests
{
    [Fact]
    public void AnyKeys_AreFoundByStringAndBySpan_AsInOneDictionary()
    {
        Gen<string> key = Gen.Elements("ab1-é \t".ToCharArray()).ArrayOf().Select(c => new string(c));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true), Prop.ForAll(key.ArrayOf().ToArbitrary(), keys =>
        {
            var map = new PartitionedStringMap<int>();
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < keys.Length; i++)
            {
                Assert.Equal(expected.TryAdd(keys[i], i), map.TryAdd(keys[i], i));
            }

            Assert.Equal(expected.Count, map.Count);
            foreach (string k in keys.Concat(keys.Select(k => k + "x")))
            {
                Assert.Equal(expected.TryGetValue(k, out int value), map.TryGetValue(k.AsSpan(), out int found));
                Assert.Equal(value, found);
            }
        }));
    }

    [Theory]
    [InlineData("lieu-{0}")]
    [InlineData("{0}")]
    [InlineData("Espace numérique {0}")]
    [InlineData("+33558{0:D6}")]
    [InlineData("434933{0:D8}")]
    [InlineData("{0} rue de la Gare")]
    public void SequentialKeys_SpreadEvenly(string pattern)
    {
        var map = new PartitionedStringMap<int>();
        for (int i = 0; i < 50_000; i++)
        {
            map.TryAdd(string.Format(CultureInfo.InvariantCulture, pattern, i), i);
        }

        // 1,562 a partition on average: none more than a fifth above it.
        Assert.InRange(map.LargestPartition, 1_563, 1_875);
    }
}
