namespace Dashboard.Extraction.Text;

/// <summary>
/// A folded copy of the article for matching, with a map back to the original offsets so spans stay exact.
/// </summary>
internal sealed class NormalizedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal NormalizedText(string original, string text, int[] starts, int[] ends)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>The original [start, end) covering normalised [start, end), including marks dropped inside or after it.</summary>
    public Model.TextSpan ToOriginal(int start, int end)
    {
        if (Text.Length == 0) return new Model.TextSpan(0, 0);
        start = Math.Clamp(start, 0, Text.Length - 1);
        end = Math.Clamp(end, start + 1, Text.Length);
        return new Model.TextSpan(_starts[start], _ends[end - 1]);
    }
}

/// <summary>
/// Folds the spelling variation of Arabic news text: digits of every script, separators, tatweel, diacritics,
/// alef/hamza/yaa/taa-marbuta variants, quotes and spaces. One output character never stands for more than one
/// input character, so offsets map back exactly.
/// </summary>
internal static class ArabicNormalizer
{
    public static NormalizedText Normalize(string original)
    {
        var buffer = new char[original.Length];
        var starts = new int[original.Length];
        var ends = new int[original.Length];
        var count = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var folded = Fold(original[i]);
            if (folded == '\0')
            {
                // A dropped mark belongs to the character before it, so a span ending there keeps the mark.
                if (count > 0) ends[count - 1] = i + 1;
                continue;
            }
            buffer[count] = folded;
            starts[count] = i;
            ends[count] = i + 1;
            count++;
        }
        return new NormalizedText(original, new string(buffer, 0, count), starts, ends);
    }

    /// <summary>Normalises a lexicon entry the same way as article text.</summary>
    public static string NormalizeWord(string word) => Normalize(word).Text;

    /// <summary>The folded form of one character, or '\0' when it carries no meaning for matching.</summary>
    public static char Fold(char c)
    {
        // Plain letters of the Arabic block and printable ASCII are the bulk of the text and need no folding.
        if (c is (>= '\u0621' and <= '\u0639' and not ('أ' or 'إ' or 'آ' or 'ة' or 'ؤ' or 'ئ')) or (>= '\u0641' and <= '\u064A' and not ('ى' or '\u0640'))) return c;
        if (c is (>= ' ' and <= '~') and not '"') return c;
        switch (c)
        {
            case >= '\u0660' and <= '\u0669': return (char)('0' + (c - '\u0660'));
            case >= '\u06F0' and <= '\u06F9': return (char)('0' + (c - '\u06F0'));
            case '\u066C': return ',';  // Arabic thousands separator
            case '\u066B': return '.';  // Arabic decimal separator
            case '\u0640': return '\0'; // tatweel
            case >= '\u064B' and <= '\u065F': return '\0'; // harakat, tanween, shadda, sukun
            case '\u0670': return '\0'; // superscript alef
            case >= '\u06D6' and <= '\u06ED' when c != '\u06E5' && c != '\u06E6': return '\0'; // Quranic marks
            case '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or '\u00AD': return '\0';
            case '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069': return '\0';
            case 'أ' or 'إ' or 'آ' or 'ٱ' or '\u0672' or '\u0673': return 'ا';
            case 'ى' or 'ی' or 'ئ' or '\u06D2': return 'ي';
            case 'ة' or 'ۀ' or '\u06C1': return 'ه';
            case 'ؤ': return 'و';
            case 'ک': return 'ك';
            case '«' or '»' or '“' or '”' or '„' or '‟' or '″' or '〝' or '〞' or '＂': return '"';
            case '‘' or '’' or '‚' or '‛' or '′': return '\'';
            case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u3000' or '\t': return ' ';
            case '\u2028' or '\u2029' or '\r': return '\n';
            case '–' or '—' or '−' or '‐' or '‑' or '‒': return '-';
            case '٪': return '%';
            case '،': return '،';
            default: return c;
        }
    }
}
