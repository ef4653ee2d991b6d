namespace Landes.Inclusion.Interop.Csv;

/// <summary>
/// Reads the plain decimals of interchange files (<c>43.8935</c>, <c>-0.4991</c>) exactly as
/// <see cref="double.TryParse(ReadOnlySpan{char}, System.Globalization.NumberStyles, IFormatProvider?, out double)"/>
/// does, without its general machinery; anything else is left to it.
/// </summary>
internal static class DecimalText
{
    // 10^0 … 10^22: every one is a double exactly.
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];

    /// <summary>
    /// Reads <c>-?digits(.digits)?</c> of at most 15 digits in all; false for any other text (which may still be a
    /// number for the general parser).
    /// </summary>
    /// <remarks>
    /// With at most 15 digits the digits form an integer below 2<sup>53</sup>, a double exactly, and so is the power of
    /// ten; one IEEE division of two exact values is correctly rounded, which is what the general parser returns.
    /// </remarks>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (text.Length > 0 && text[0] == '-')
        {
            negative = true;
            i = 1;
        }

        long mantissa = 0;
        int digits = 0;
        int fraction = -1; // Digits after the point; -1 while there is no point.
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.' && fraction < 0 && digits > 0)
            {
                fraction = 0;
                continue;
            }

            int digit = c - '0';
            if ((uint)digit > 9 || ++digits > 15)
            {
                return false;
            }

            mantissa = (mantissa * 10) + digit;
            if (fraction >= 0)
            {
                fraction++;
            }
        }

        if (digits == 0 || fraction == 0)
        {
            return false; // Empty, a sign alone, or a point without digits after it: the general parser decides.
        }

        double magnitude = fraction > 0 ? mantissa / PowersOfTen[fraction] : mantissa;
        value = negative ? -magnitude : magnitude;
        return true;
    }
}
