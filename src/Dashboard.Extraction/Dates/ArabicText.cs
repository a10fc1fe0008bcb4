namespace Dashboard.Extraction.Dates;

internal enum TokenKind { Word, Number, Symbol }

/// <summary>
/// One token of the original text. <see cref="Text"/> is the folded form used for matching (hamza forms,
/// alef maqsura, ta marbuta, Persian letters and digits unified; diacritics and tatweel dropped);
/// <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets into the original text.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Start, int End, bool SpaceBefore)
{
    /// <summary>Numeric value of a digit run of at most nine digits; -1 otherwise.</summary>
    public int Value => Kind == TokenKind.Number && Text.Length <= 9 ? int.Parse(Text, System.Globalization.CultureInfo.InvariantCulture) : -1;

    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Text.Length == 1 && Text[0] == c;
}

/// <summary>Spelling-insensitive matching for Arabic: one fold per character, and a tokenizer that keeps offsets.</summary>
internal static class ArabicText
{
    /// <summary>Folds one character; returns '\0' for characters that carry no letter (diacritics, tatweel, joiners, marks).</summary>
    public static char Fold(char c)
    {
        switch (c)
        {
            case 'أ': case 'إ': case 'آ': case 'ٱ': return 'ا';
            case 'ى': case 'ی': case 'ې': return 'ي';
            case 'ة': return 'ه';
            case 'ک': return 'ك';
            case 'ـ': return '\0';
            case '\u200C': case '\u200D': case '\u200E': case '\u200F': case '\uFEFF': case '\u061C': return '\0';
        }
        if (c is >= '\u064B' and <= '\u065F' || c == '\u0670' || c is >= '\u06D6' and <= '\u06ED') return '\0';
        if (c is >= '\u0660' and <= '\u0669') return (char)('0' + (c - '\u0660'));
        if (c is >= '\u06F0' and <= '\u06F9') return (char)('0' + (c - '\u06F0'));
        return char.ToLowerInvariant(c);
    }

    /// <summary>Folds a whole string the way tokens are folded (used to write vocabularies in natural spelling).</summary>
    public static string Fold(string s)
    {
        var chars = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            var f = Fold(c);
            if (f != '\0') chars.Append(f);
        }
        return chars.ToString();
    }

    public static HashSet<string> FoldSet(params string[] words) => new(words.Select(Fold), StringComparer.Ordinal);

    private static bool IsDigit(char folded) => folded is >= '0' and <= '9';

    /// <summary>Splits text into letter runs, digit runs and single symbols; whitespace separates and is dropped.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var buffer = new System.Text.StringBuilder();
        var i = 0;
        var spaceBefore = true;
        while (i < text.Length)
        {
            var c = text[i];
            var f = Fold(c);
            if (char.IsWhiteSpace(c)) { spaceBefore = true; i++; continue; }
            if (f == '\0') { i++; continue; }
            if (IsDigit(f) || char.IsLetter(f))
            {
                var digits = IsDigit(f);
                var start = i;
                var end = i;
                buffer.Clear();
                while (i < text.Length)
                {
                    var g = Fold(text[i]);
                    // Marks inside or at the end of a word (tatweel, tanween) belong to it as written.
                    if (g == '\0' && !char.IsWhiteSpace(text[i])) { i++; end = i; continue; }
                    if (g == '\0' || (digits ? !IsDigit(g) : !char.IsLetter(g))) break;
                    buffer.Append(g);
                    i++;
                    end = i;
                }
                tokens.Add(new Token(digits ? TokenKind.Number : TokenKind.Word, buffer.ToString(), start, end, spaceBefore));
                i = end;
                spaceBefore = false;
                continue;
            }
            tokens.Add(new Token(TokenKind.Symbol, f.ToString(), i, i + 1, spaceBefore));
            spaceBefore = false;
            i++;
        }
        return tokens;
    }

    /// <summary>
    /// The bare forms of a word once Arabic clitics are removed: the word itself, then without a leading
    /// conjunction (و، ف), then without a preposition (ب، ل، ك; لل → ال).
    /// </summary>
    public static IEnumerable<(string Form, int PrefixLength)> Bases(string word)
    {
        yield return (word, 0);
        var rest = word;
        var prefix = 0;
        if (rest.Length > 2 && rest[0] is 'و' or 'ف')
        {
            rest = rest[1..];
            prefix = 1;
            yield return (rest, prefix);
        }
        if (rest.Length > 2 && rest[0] is 'ب' or 'ل' or 'ك')
        {
            if (rest[0] == 'ل' && rest[1] == 'ل' && rest.Length > 3) yield return ("ا" + rest[1..], prefix + 1);
            yield return (rest[1..], prefix + 1);
        }
    }

    /// <summary>True when the word is a clitic standing alone before the next token (و، ب، ل، وب، ول، ف، فب).</summary>
    public static bool IsCliticOnly(string word) => word is "و" or "ب" or "ل" or "ف" or "وب" or "ول" or "فب" or "فل" or "لل" or "ك";
}
