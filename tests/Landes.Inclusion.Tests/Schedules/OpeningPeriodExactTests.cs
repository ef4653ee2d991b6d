using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Schedules;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Schedules;

// The schedule reader reads HH:mm-HH:mm straight from the bytes; it must give what OpeningPeriod.TryParse gives for
// that text, and leave to TryParse (and its problem) every text it does not read.
public sealed class OpeningPeriodExactTests
{
    [Theory]
    [InlineData("09:00-12:00", true)]
    [InlineData("00:00-24:00", true)]
    [InlineData("22:00-00:00", true)]
    [InlineData("12:00-12:00", false)]
    [InlineData("13:00-12:00", false)]
    [InlineData("24:00-24:00", false)]
    [InlineData("09:60-12:00", false)]
    [InlineData("09:00-24:01", false)]
    [InlineData("9:00-12:00 ", false)]
    public void ExactText_ReadsAsTryParse(string text, bool read)
    {
        Assert.Equal(read, OpeningPeriod.TryParseExact(Encoding.UTF8.GetBytes(text), out OpeningPeriod period));
        if (read)
        {
            Assert.True(OpeningPeriod.TryParse(text, out OpeningPeriod expected, out _));
            Assert.Equal(expected, period);
        }
    }

    [Fact]
    public void AnyText_ReadsAsTryParse() =>
        Properties.ForAll(Gen.Elements("0", "1", "2", "3", "4", "5", "6", "9", ":", "-", " ").ArrayOf(11).Select(string.Concat), text =>
        {
            bool exact = OpeningPeriod.TryParseExact(Encoding.UTF8.GetBytes(text), out OpeningPeriod period);
            bool parsed = OpeningPeriod.TryParse(text, out OpeningPeriod expected, out Problem? _);
            bool written = text[2] == ':' && text[5] == '-' && text[8] == ':' && text.Where((c, i) => i is not (2 or 5 or 8)).All(char.IsAsciiDigit);
            Assert.Equal(parsed && written, exact);
            if (exact)
            {
                Assert.Equal(expected, period);
            }
        });
}
