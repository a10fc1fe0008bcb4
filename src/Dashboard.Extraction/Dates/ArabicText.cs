using System.Buffers;
using System.Collections.Frozen;

namespace Dashboard.Extraction.Dates;

internal enum TokenKind { Word, Number, Symbol }

/// <summary>
/// One token of the original text. Its folded form (hamza forms, alef maqsura, ta marbuta, Persian letters and digits
/// unified; diacritics and tatweel dropped) lies in the folded buffer of its <see cref="FoldedTokens"/> at
/// [<see cref="TextStart"/>, <see cref="TextStart"/> + <see cref="TextLength"/>); <see cref="Start"/>/<see cref="End"/>
/// are UTF-16 offsets into the original text. <see cref="Value"/> is the value of a digit run of at most nine digits, -1 otherwise.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, bool SpaceBefore, int TextStart, int TextLength, int Value);

/// <summary>
/// The tokens of a text and the folded text they point into. Buffers come from the shared pools and go back on
/// <see cref="Dispose"/>, so a scan allocates nothing per token.
/// </summary>
internal sealed class FoldedTokens : IDisposable
{
    private char[] _folded;
    private Token[] _tokens;
    private int _foldedLength;

    private FoldedTokens(int textLength)
    {
        _folded = ArrayPool<char>.Shared.Rent(Math.Max(textLength, 16));
        // About one token per four characters of Arabic prose; the array grows when a text is denser.
        _tokens = ArrayPool<Token>.Shared.Rent(textLength / 4 + 16);
    }

    public int Count { get; private set; }

    public ref readonly Token this[int i] => ref _tokens[i];

    /// <summary>The folded text of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Text(int i) => _folded.AsSpan(_tokens[i].TextStart, _tokens[i].TextLength);

    public bool IsSymbol(int i, char c) => _tokens[i].Kind == TokenKind.Symbol && _folded[_tokens[i].TextStart] == c;

    public bool IsWord(int i, string word) => _tokens[i].Kind == TokenKind.Word && Text(i).SequenceEqual(word);

    /// <summary>Splits text into letter runs, digit runs and single symbols; whitespace separates and is dropped.</summary>
    public static FoldedTokens Of(string text)
    {
        var tokens = new FoldedTokens(text.Length);
        var i = 0;
        var spaceBefore = true;
        while (i < text.Length)
        {
            var c = text[i];
            var f = ArabicText.Fold(c);
            if (char.IsWhiteSpace(c)) { spaceBefore = true; i++; continue; }
            if (f == '\0') { i++; continue; }
            if (ArabicText.IsDigit(f) || char.IsLetter(f))
            {
                var digits = ArabicText.IsDigit(f);
                var start = i;
                var end = i;
                var textStart = tokens._foldedLength;
                var value = 0;
                while (i < text.Length)
                {
                    var g = ArabicText.Fold(text[i]);
                    // Marks inside or at the end of a word (tatweel, tanween) belong to it as written.
                    if (g == '\0' && !char.IsWhiteSpace(text[i])) { i++; end = i; continue; }
                    if (g == '\0' || (digits ? !ArabicText.IsDigit(g) : !char.IsLetter(g))) break;
                    tokens._folded[tokens._foldedLength++] = g;
                    if (digits && tokens._foldedLength - textStart <= 9) value = value * 10 + (g - '0');
                    i++;
                    end = i;
                }
                var length = tokens._foldedLength - textStart;
                tokens.Add(new Token(digits ? TokenKind.Number : TokenKind.Word, start, end, spaceBefore, textStart, length,
                    digits && length <= 9 ? value : -1));
                i = end;
                spaceBefore = false;
                continue;
            }
            tokens._folded[tokens._foldedLength] = f;
            tokens.Add(new Token(TokenKind.Symbol, i, i + 1, spaceBefore, tokens._foldedLength++, 1, -1));
            spaceBefore = false;
            i++;
        }
        return tokens;
    }

    private void Add(in Token token)
    {
        if (Count == _tokens.Length)
        {
            var larger = ArrayPool<Token>.Shared.Rent(_tokens.Length * 2);
            _tokens.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<Token>.Shared.Return(_tokens);
            _tokens = larger;
        }
        _tokens[Count++] = token;
    }

    public void Dispose()
    {
        if (_tokens.Length == 0) return;
        ArrayPool<Token>.Shared.Return(_tokens);
        ArrayPool<char>.Shared.Return(_folded);
        _tokens = [];
        _folded = [];
        Count = 0;
    }
}

/// <summary>
/// One bare form of a word (see <see cref="ArabicText.Bases"/>): the word from <see cref="Offset"/> on, with an alef put
/// back in front when <see cref="Alef"/> (للموصل → الموصل). <see cref="PrefixLength"/> counts the clitic letters removed.
/// </summary>
internal readonly record struct BaseForm(int Offset, bool Alef, int PrefixLength)
{
    /// <summary>The form's letters; <paramref name="scratch"/> holds them when an alef has to be put back.</summary>
    public ReadOnlySpan<char> Of(ReadOnlySpan<char> word, Span<char> scratch)
    {
        var rest = word[Offset..];
        if (!Alef) return rest;
        // A form longer than the scratch is longer than any vocabulary word, so it can match nothing either way.
        if (rest.Length + 1 > scratch.Length) return [];
        scratch[0] = 'ا';
        rest.CopyTo(scratch[1..]);
        return scratch[..(rest.Length + 1)];
    }
}

/// <summary>Spelling-insensitive matching for Arabic: one fold per character, and a tokenizer that keeps offsets.</summary>
internal static class ArabicText
{
    /// <summary>Room for a base form with its alef put back; longer forms match no vocabulary word.</summary>
    public const int ScratchLength = 64;

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
        // Arabic letters have no case: skip the culture data lookup that lower-casing costs outside ASCII.
        if (c is >= '\u0600' and <= '\u06FF') return c;
        return char.IsAscii(c) ? (char)(c is >= 'A' and <= 'Z' ? c + ('a' - 'A') : c) : char.ToLowerInvariant(c);
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

    public static FrozenSet<string> FoldSet(params string[] words)
    {
        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words) folded.Add(Fold(word));
        return folded.ToFrozenSet(StringComparer.Ordinal);
    }

    public static bool IsDigit(char folded) => folded is >= '0' and <= '9';

    /// <summary>
    /// The bare forms of a word once Arabic clitics are removed, in the order they are tried: the word itself, then
    /// without a leading conjunction (و، ف), then without a preposition (ب، ل، ك; لل → ال). Returns how many it wrote.
    /// </summary>
    public static int Bases(ReadOnlySpan<char> word, Span<BaseForm> forms)
    {
        var count = 0;
        forms[count++] = new BaseForm(0, false, 0);
        var offset = 0;
        if (word.Length > 2 && word[0] is 'و' or 'ف')
        {
            offset = 1;
            forms[count++] = new BaseForm(offset, false, 1);
        }
        var rest = word[offset..];
        if (rest.Length > 2 && rest[0] is 'ب' or 'ل' or 'ك')
        {
            if (rest[0] == 'ل' && rest[1] == 'ل' && rest.Length > 3) forms[count++] = new BaseForm(offset + 1, true, offset + 1);
            forms[count++] = new BaseForm(offset + 1, false, offset + 1);
        }
        return count;
    }

    /// <summary>Most forms <see cref="Bases"/> writes.</summary>
    public const int MaxBases = 4;

    /// <summary>True when the word is a clitic standing alone before the next token (و، ب، ل، وب، ول، ف، فب).</summary>
    public static bool IsCliticOnly(ReadOnlySpan<char> word) =>
        word is "و" or "ب" or "ل" or "ف" or "وب" or "ول" or "فب" or "فل" or "لل" or "ك";
}
