using System.Collections.Frozen;
using Dashboard.Extraction.Dates;
using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Places;

/// <summary>A place named in the text and the Iraqi governorate it resolves to (English name), when it does.</summary>
public sealed record PlaceMention(string AsWritten, string? Governorate, TextSpan Span);

/// <summary>Iraqi governorates, districts and main towns with their spelling variants.</summary>
public static class Gazetteer
{
    private sealed record Name(string[] Words, PlaceEntry Entry);

    // Keyed by the folded first word; each list holds every name starting with it, longest first.
    private static readonly FrozenDictionary<string, Name[]>.AlternateLookup<ReadOnlySpan<char>> ByFirstWord =
        BuildIndex().GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Cues =
        ArabicText.FoldSet(GazetteerData.PlaceCues).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignCountriesAndCities =
        ArabicText.FoldSet(GazetteerData.ForeignCountriesAndCities).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignNextToName =
        ArabicText.FoldSet(GazetteerData.ForeignNextToName).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IraqiUnits =
        ArabicText.FoldSet(GazetteerData.IraqiUnits).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitCues =
        ArabicText.FoldSet(GazetteerData.UnitCues).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many tokens around a name that needs a cue, within its sentence, are searched for another country.</summary>
    private const int ForeignWindow = 20;

    /// <summary>How close a nationality or a Syrian city must stand to the name to make it a place abroad.</summary>
    private const int NextToNameWindow = 4;

    /// <summary>The governorates in the English the fact contract uses.</summary>
    public static IReadOnlyList<string> Governorates { get; } = GazetteerData.Governorates;

    /// <summary>How many places (not spellings) the gazetteer holds.</summary>
    public static int PlaceCount => GazetteerData.Entries.Length;

    /// <summary>Every place mention in the text, in order of position.</summary>
    public static IReadOnlyList<PlaceMention> FindAll(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        using var tokens = FoldedTokens.Of(text);
        var found = new List<PlaceMention>();
        for (var i = 0; i < tokens.Count;)
        {
            if (tokens[i].Kind == TokenKind.Word && Match(text, tokens, i) is { } match)
            {
                found.Add(ToMention(text, tokens, i, match));
                i += match.Name.Words.Length;
            }
            else i++;
        }
        return found;
    }

    /// <summary>The governorate a place name resolves to, or null when it is not in the gazetteer (or lies outside Iraq).</summary>
    public static string? GovernorateOf(string placeName)
    {
        var mentions = FindAll(placeName);
        return mentions.Count > 0 ? mentions[0].Governorate : null;
    }

    private readonly record struct Hit(Name Name, int PrefixLength);

    private static Hit? Match(string text, FoldedTokens tokens, int i)
    {
        var word = tokens.Text(i);
        Span<BaseForm> forms = stackalloc BaseForm[ArabicText.MaxBases];
        Span<char> scratch = stackalloc char[ArabicText.ScratchLength];
        var count = ArabicText.Bases(word, forms);
        for (var f = 0; f < count; f++)
        {
            if (!ByFirstWord.TryGetValue(forms[f].Of(word, scratch), out var names)) continue;
            var prefixLength = forms[f].PrefixLength;
            foreach (var name in names)
            {
                if (!FollowingWordsMatch(tokens, i, name.Words)) continue;
                if (name.Entry.NeedsCue && (!CueBefore(tokens, i) || ForeignNear(text, tokens, i))) continue;
                if (name.Entry.NeedsUnitCue && !UnitCueBefore(tokens, i)) continue;
                return new Hit(name, prefixLength);
            }
        }
        return null;
    }

    private static bool FollowingWordsMatch(FoldedTokens tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Count) return false;
        for (var k = 1; k < words.Length; k++)
            if (!tokens.IsWord(i + k, words[k])) return false;
        return true;
    }

    private static bool CueBefore(FoldedTokens tokens, int i) => WordBeforeIn(tokens, i, Cues);

    private static bool UnitCueBefore(FoldedTokens tokens, int i) => WordBeforeIn(tokens, i, UnitCues);

    private static bool WordBeforeIn(FoldedTokens tokens, int i, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        i > 0 && tokens[i - 1].Kind == TokenKind.Word && AnyFormIn(tokens.Text(i - 1), words);

    /// <summary>
    /// Names shared with places abroad (الإسكندرية in Egypt, الحسينية in Yemen, الهندية, الحرية…) are not Iraqi when
    /// another country or one of its cities is named near them: «محافظة الإسكندرية في مصر», «بمنطقة الحسينية … الحديدة».
    /// </summary>
    private static bool ForeignNear(string text, FoldedTokens tokens, int i)
    {
        // «قضاء القائم», «ناحية الإسكندرية»: only Iraq names its districts so.
        if (WordBeforeIn(tokens, i, IraqiUnits)) return false;
        for (var k = i - 1; k >= 0 && k >= i - ForeignWindow && !SentenceEndsBetween(text, tokens, k, k + 1); k--)
            if (tokens[k].Kind == TokenKind.Word && IsForeign(tokens.Text(k), i - k)) return true;
        for (var k = i + 1; k < tokens.Count && k <= i + ForeignWindow && !SentenceEndsBetween(text, tokens, k - 1, k); k++)
            if (tokens[k].Kind == TokenKind.Word && IsForeign(tokens.Text(k), k - i)) return true;
        return false;
    }

    private static bool IsForeign(ReadOnlySpan<char> word, int distance) =>
        AnyFormIn(word, ForeignCountriesAndCities) || (distance <= NextToNameWindow && AnyFormIn(word, ForeignNextToName));

    /// <summary>A full stop, question or exclamation mark, or a line break, at or between tokens a and b = a + 1.</summary>
    private static bool SentenceEndsBetween(string text, FoldedTokens tokens, int a, int b)
    {
        if (tokens.IsSymbol(a, '.') || tokens.IsSymbol(a, '!') || tokens.IsSymbol(a, '?') || tokens.IsSymbol(a, '؟')) return true;
        return text.AsSpan(tokens[a].End, Math.Max(0, tokens[b].Start - tokens[a].End)).Contains('\n');
    }

    private static bool AnyFormIn(ReadOnlySpan<char> word, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        Span<BaseForm> forms = stackalloc BaseForm[ArabicText.MaxBases];
        Span<char> scratch = stackalloc char[ArabicText.ScratchLength];
        var count = ArabicText.Bases(word, forms);
        for (var f = 0; f < count; f++)
            if (set.Contains(forms[f].Of(word, scratch))) return true;
        return false;
    }

    private static PlaceMention ToMention(string text, FoldedTokens tokens, int i, Hit hit)
    {
        var first = tokens[i];
        var firstText = tokens.Text(i);
        var end = tokens[i + hit.Name.Words.Length - 1].End;
        // «للموصل»: the preposition swallowed the alef of ال; the span keeps the whole word and the name gets its ال back.
        var assimilated = firstText.Length > hit.PrefixLength && hit.Name.Words[0].StartsWith("ال", StringComparison.Ordinal)
            && !firstText[hit.PrefixLength..].StartsWith("ال", StringComparison.Ordinal);
        if (assimilated)
        {
            var afterClitic = OffsetAfterFolded(text, first.Start, hit.PrefixLength);
            return new PlaceMention("ا" + text[afterClitic..end], hit.Name.Entry.Governorate, new TextSpan(first.Start, end));
        }
        var start = OffsetAfterFolded(text, first.Start, hit.PrefixLength);
        return new PlaceMention(text[start..end], hit.Name.Entry.Governorate, new TextSpan(start, end));
    }

    /// <summary>The original offset after <paramref name="count"/> letters, skipping marks the fold drops (tatweel, diacritics).</summary>
    private static int OffsetAfterFolded(string text, int start, int count)
    {
        var at = start;
        while (count > 0 && at < text.Length)
        {
            if (ArabicText.Fold(text[at]) != '\0') count--;
            at++;
        }
        while (at < text.Length && ArabicText.Fold(text[at]) == '\0') at++;
        return at;
    }

    private static FrozenDictionary<string, Name[]> BuildIndex()
    {
        var noBare = ArabicText.FoldSet(GazetteerData.NoBareForm);
        var names = new List<Name>();
        foreach (var entry in GazetteerData.Entries)
        {
            foreach (var spelling in entry.Names.Split('|'))
            {
                var words = ArabicText.Fold(spelling).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                names.Add(new Name(words, entry));
                // الفلوجة is also written فلوجة; not for names whose bare form is an ordinary word.
                if (words.Length == 1 && words[0].StartsWith("ال", StringComparison.Ordinal) && words[0].Length >= 6
                    && !entry.NeedsCue && !noBare.Contains(words[0][2..]))
                    names.Add(new Name([words[0][2..]], entry));
            }
        }
        return names
            .GroupBy(n => n.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(n => n.Words.Length).ToArray(), StringComparer.Ordinal);
    }
}
