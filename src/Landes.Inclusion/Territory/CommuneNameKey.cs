using System.Text;

namespace Landes.Inclusion.Territory;

/// <summary>
/// The forgiving key of a commune name: case, accents, hyphens, apostrophes and repeated spaces do not matter, and
/// <c>Saint</c>/<c>Sainte</c> equal <c>St</c>/<c>Ste</c>. <c>MONT DE MARSAN</c>, <c>mont-de-marsan</c> and
/// <c>Mont-de-Marsan</c> share one key. Culture-independent (works in globalization-invariant mode).
/// </summary>
internal static class CommuneNameKey
{
    public static string Of(ReadOnlySpan<char> name)
    {
        var key = new StringBuilder(name.Length + 8);
        var word = new StringBuilder(16);
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                AppendFolded(word, c);
            }
            else
            {
                Flush(key, word);
            }
        }

        Flush(key, word);
        return key.ToString();
    }

    private static void Flush(StringBuilder key, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        string text = word.ToString();
        word.Clear();
        if (key.Length > 0)
        {
            key.Append(' ');
        }

        key.Append(text switch
        {
            "SAINT" => "ST",
            "SAINTE" => "STE",
            "SAINTS" => "STS",
            "SAINTES" => "STES",
            _ => text,
        });
    }

    private static void AppendFolded(StringBuilder word, char c)
    {
        switch (c)
        {
            case 'à' or 'â' or 'ä' or 'á' or 'ã' or 'å' or 'À' or 'Â' or 'Ä' or 'Á' or 'Ã' or 'Å': word.Append('A'); break;
            case 'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë': word.Append('E'); break;
            case 'î' or 'ï' or 'í' or 'ì' or 'Î' or 'Ï' or 'Í' or 'Ì': word.Append('I'); break;
            case 'ô' or 'ö' or 'ó' or 'ò' or 'õ' or 'Ô' or 'Ö' or 'Ó' or 'Ò' or 'Õ': word.Append('O'); break;
            case 'ù' or 'û' or 'ü' or 'ú' or 'Ù' or 'Û' or 'Ü' or 'Ú': word.Append('U'); break;
            case 'ç' or 'Ç': word.Append('C'); break;
            case 'ÿ' or 'Ÿ' or 'ý' or 'Ý': word.Append('Y'); break;
            case 'ñ' or 'Ñ': word.Append('N'); break;
            case 'œ' or 'Œ': word.Append("OE"); break;
            case 'æ' or 'Æ': word.Append("AE"); break;
            default: word.Append(char.ToUpperInvariant(c)); break;
        }
    }
}
