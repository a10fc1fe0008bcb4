namespace Dashboard.Extraction.Text;

/// <summary>Splits normalised text into words, digit runs and punctuation, and numbers its sentences and clauses.</summary>
internal static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                var start = i;
                while (i < text.Length && (text[i] == '\n' || text[i] == ' ')) i++;
                tokens.Add(new Token { Start = start, End = i, Type = TokenType.Newline });
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
            }
            else if (IsDigit(c))
            {
                var start = i;
                i++;
                while (i < text.Length)
                {
                    if (IsDigit(text[i])) i++;
                    else if ((text[i] == ',' || text[i] == '.' || text[i] == '،') && i + 1 < text.Length && IsDigit(text[i + 1])) i += 2;
                    else break;
                }
                tokens.Add(new Token { Start = start, End = i, Type = TokenType.Number });
            }
            else if (IsArabicLetter(c))
            {
                var start = i;
                while (i < text.Length && IsArabicLetter(text[i])) i++;
                tokens.Add(new Token { Start = start, End = i, Type = TokenType.Word });
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]) && !IsArabicLetter(text[i])) i++;
                tokens.Add(new Token { Start = start, End = i, Type = TokenType.Latin });
            }
            else
            {
                // Surrogate pairs stay together so a token never splits a character.
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token { Start = i, End = i + length, Type = TokenType.Punct });
                i += length;
            }
        }
        var array = tokens.ToArray();
        Segment(text, array);
        return array;
    }

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u06D3') or '\u06D5' or (>= '\u06FA' and <= '\u06FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFC');

    private static void Segment(string text, Token[] tokens)
    {
        int sentence = 0, clause = 0, paragraph = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            ref var token = ref tokens[t];
            token.Sentence = sentence;
            token.Clause = clause;
            token.Paragraph = paragraph;
            if (token.Type == TokenType.Newline)
            {
                sentence++; clause++; paragraph++;
            }
            else if (token.Type == TokenType.Punct)
            {
                switch (text[token.Start])
                {
                    case '.' or '!' or '?' or '؟' or '؛' or ';' or '…':
                        sentence++; clause++;
                        break;
                    case '،' or ',' or ':' or '"' or '(' or ')' or '[' or ']':
                        clause++;
                        break;
                }
            }
        }
    }
}
