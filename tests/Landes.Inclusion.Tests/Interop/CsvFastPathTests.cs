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
