namespace Dashboard.Extraction.Text;

/// <summary>Which attached particles a lookup may peel off a word before matching it.</summary>
[Flags]
internal enum Clitics
{
    None = 0,
    /// <summary>و، ف</summary>
    Conjunction = 1,
    /// <summary>ب، ل، ك (after an optional conjunction)</summary>
    Preposition = 2,
    /// <summary>the article ال (and لل)</summary>
    Article = 4,
    /// <summary>the accusative alif of tanween (إرهابياً → إرهابي)</summary>
    AccusativeAlif = 8,
    Particles = Conjunction | Preposition,
    All = Conjunction | Preposition | Article | AccusativeAlif,
}

/// <summary>What a lookup found and how: the value and whether the word carried a conjunction or the article.</summary>
internal readonly record struct LexiconHit<T>(T Value, bool HadConjunction, bool HadArticle, bool HadPreposition = false);

/// <summary>
/// Words (already normalised) mapped to values; lookups work on spans of the normalised text without allocating.
/// </summary>
internal sealed class Lexicon<T>
{
    private readonly Dictionary<string, T> _map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Every candidate form of a word ends like the word itself (or like it without a final alif), so a word whose
    // ending no entry shares is rejected with one bit test instead of a dozen hash lookups.
    private readonly ulong[] _endings = new ulong[EndingBits / 64];
    private const int EndingBits = 8192;

    public Lexicon(IEnumerable<(string Word, T Value)> entries)
    {
        foreach (var (word, value) in entries)
        {
            var key = ArabicNormalizer.NormalizeWord(word);
            if (key.Length == 0) continue;
            _map[key] = value;
            var bit = EndingBit(key);
            _endings[bit >> 6] |= 1UL << (bit & 63);
        }
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static int EndingBit(ReadOnlySpan<char> word)
    {
        var last = word[^1];
        var before = word.Length > 1 ? word[^2] : '\0';
        return (int)(((uint)last * 31 + before) % EndingBits);
    }

    private bool MayEndLike(ReadOnlySpan<char> word)
    {
        var bit = EndingBit(word);
        return (_endings[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    public int Count => _map.Count;

    public bool Contains(ReadOnlySpan<char> word, Clitics clitics = Clitics.None) => TryFind(word, clitics, out _);

    public bool TryGet(ReadOnlySpan<char> word, Clitics clitics, out T value)
    {
        var found = TryFind(word, clitics, out var hit);
        value = hit.Value;
        return found;
    }

    public bool TryFind(ReadOnlySpan<char> word, Clitics clitics, out LexiconHit<T> hit)
    {
        hit = default;
        if (word.IsEmpty || word.Length > 40) return false;
        if (!MayEndLike(word) && !((clitics & Clitics.AccusativeAlif) != 0 && word.Length > 3 && word[^1] == 'ا' && MayEndLike(word[..^1]))) return false;
        if (TryForms(word, clitics, false, false, ref hit)) return true;
        if ((clitics & Clitics.Conjunction) != 0 && word.Length > 2 && (word[0] == 'و' || word[0] == 'ف')
            && TryAfterConjunction(word[1..], clitics, true, ref hit)) return true;
        return TryAfterConjunction(word, clitics, false, ref hit, skipBare: true);
    }

    private bool TryAfterConjunction(ReadOnlySpan<char> word, Clitics clitics, bool conjunction, ref LexiconHit<T> hit, bool skipBare = false)
    {
        if (!skipBare && TryForms(word, clitics, conjunction, false, ref hit)) return true;
        if ((clitics & Clitics.Preposition) != 0 && word.Length > 2 && (word[0] == 'ب' || word[0] == 'ل' || word[0] == 'ك'))
        {
            var rest = word[1..];
            if (TryForms(rest, clitics, conjunction, false, ref hit) || ((clitics & Clitics.Article) != 0 && word[0] == 'ل' && rest.Length > 2 && rest[0] == 'ل'
                && TryForms(rest[1..], clitics, conjunction, true, ref hit)) || TryArticle(rest, clitics, conjunction, ref hit))
            {
                // لل = ل + ال with the alef dropped
                hit = hit with { HadPreposition = true };
                return true;
            }
        }
        return TryArticle(word, clitics, conjunction, ref hit);
    }

    private bool TryArticle(ReadOnlySpan<char> word, Clitics clitics, bool conjunction, ref LexiconHit<T> hit) =>
        (clitics & Clitics.Article) != 0 && word.Length > 3 && word[0] == 'ا' && word[1] == 'ل'
        && TryForms(word[2..], clitics, conjunction, true, ref hit);

    private bool TryForms(ReadOnlySpan<char> word, Clitics clitics, bool conjunction, bool article, ref LexiconHit<T> hit)
    {
        if (word.Length < 2) return false;
        if (_lookup.TryGetValue(word, out var value))
        {
            hit = new LexiconHit<T>(value, conjunction, article);
            return true;
        }
        if ((clitics & Clitics.AccusativeAlif) != 0 && word.Length > 3 && word[^1] == 'ا' && _lookup.TryGetValue(word[..^1], out value))
        {
            hit = new LexiconHit<T>(value, conjunction, article);
            return true;
        }
        return false;
    }
}

/// <summary>Multi-word phrases matched token by token; the first word may carry particles.</summary>
internal sealed class PhraseSet<T>
{
    private readonly Lexicon<(string[] Words, T Value)[]> _byFirstWord;

    public PhraseSet(IEnumerable<(string Phrase, T Value)> entries)
    {
        var phrases = new List<(string[] Words, T Value)>();
        foreach (var (phrase, value) in entries)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicNormalizer.NormalizeWord).ToArray();
            if (words.Length > 0) phrases.Add((words, value));
        }
        // Longest first, so «لا يتجاوز» wins over «يتجاوز».
        _byFirstWord = new Lexicon<(string[] Words, T Value)[]>(phrases
            .GroupBy(p => p.Words[0])
            .Select(g => (g.Key, g.OrderByDescending(p => p.Words.Length).ToArray())));
        MaxWords = phrases.Count == 0 ? 0 : phrases.Max(p => p.Words.Length);
    }

    public int MaxWords { get; }

    /// <summary>A phrase starting at token <paramref name="first"/>; returns its length in tokens.</summary>
    public bool TryMatchAt(TokenView view, int first, Clitics firstClitics, out T value, out int length) =>
        TryMatch(view, first, firstClitics, 0, out value, out length);

    /// <summary>A phrase whose last word is token <paramref name="last"/>.</summary>
    public bool TryMatchEndingAt(TokenView view, int last, Clitics firstClitics, out T value, out int first)
    {
        for (var words = MaxWords; words >= 1; words--)
        {
            var start = last - words + 1;
            if (start >= 0 && TryMatch(view, start, firstClitics, words, out value, out _))
            {
                first = start;
                return true;
            }
        }
        value = default!;
        first = -1;
        return false;
    }

    private bool TryMatch(TokenView view, int first, Clitics firstClitics, int exactLength, out T value, out int length)
    {
        value = default!;
        length = 0;
        if (first < 0 || first >= view.Count || view.Tokens[first].Type != TokenType.Word) return false;
        if (!_byFirstWord.TryGet(view.Span(first), firstClitics, out var candidates)) return false;
        foreach (var (words, v) in candidates)
        {
            if (exactLength != 0 && words.Length != exactLength) continue;
            if (first + words.Length > view.Count) continue;
            var all = true;
            for (var k = 1; k < words.Length && all; k++)
                all = view.Tokens[first + k].Type != TokenType.Newline && view.Span(first + k).SequenceEqual(words[k]);
            if (!all) continue;
            value = v;
            length = words.Length;
            return true;
        }
        return false;
    }
}

/// <summary>Single-word comparison that tolerates the same particles a <see cref="Lexicon{T}"/> lookup does.</summary>
internal static class WordMatcher
{
    public static bool Matches(ReadOnlySpan<char> text, string word, Clitics clitics)
    {
        if (text.SequenceEqual(word)) return true;
        if (clitics == Clitics.None || text.Length <= word.Length) return false;
        if (!text.EndsWith(word)) return (clitics & Clitics.AccusativeAlif) != 0 && text[^1] == 'ا' && Matches(text[..^1], word, clitics & ~Clitics.AccusativeAlif);
        var prefix = text[..^word.Length];
        return IsParticlePrefix(prefix, clitics);
    }

    private static bool IsParticlePrefix(ReadOnlySpan<char> prefix, Clitics clitics)
    {
        var i = 0;
        if ((clitics & Clitics.Conjunction) != 0 && i < prefix.Length && (prefix[i] == 'و' || prefix[i] == 'ف')) i++;
        if ((clitics & Clitics.Preposition) != 0 && i < prefix.Length && (prefix[i] == 'ب' || prefix[i] == 'ل' || prefix[i] == 'ك'))
        {
            i++;
            if ((clitics & Clitics.Article) != 0 && prefix[(i - 1)] == 'ل' && i < prefix.Length && prefix[i] == 'ل' && i + 1 == prefix.Length) return true;
        }
        if ((clitics & Clitics.Article) != 0 && i + 1 < prefix.Length && prefix[i] == 'ا' && prefix[i + 1] == 'ل') i += 2;
        return i == prefix.Length;
    }
}
