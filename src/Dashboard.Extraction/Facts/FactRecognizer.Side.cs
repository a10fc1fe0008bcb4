using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Model;
using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Facts;

/// <summary>Whose people a figure counts (target): the words tied to the counted noun, and «آخرين» after a toll of one side.</summary>
internal sealed partial class FactRecognizer
{
    private FactTarget ResolveTarget(NounInfo? noun, int nounAt, Quantity q, int spanLast)
    {
        var target = noun?.Target ?? FactTarget.Unknown;
        if (noun?.Role == NounRole.Family) target = FactTarget.Civilians;
        // «عناصر الشرطة», «5 من منتسبي الجيش», «4 جثث لإرهابيي داعش»: the words after the noun say whose they are.
        var ambiguous = noun is null || noun.Role == NounRole.Casualty || target == FactTarget.Unknown || IsAmbiguousMember(nounAt);
        if (!ambiguous) return target;
        // Only the words tied to the noun count: «من عناصر الشرطة», «لإرهابيي داعش», «عناصر الأمن»; not a clause further on.
        var from = Math.Max(spanLast, nounAt) + 1;
        var to = from;
        if (_view.IsWord(from, From)) to = from + 2;
        else if (_view.Is(from, TokenType.Word) && (_view.Span(from)[0] == 'ل' || _view.Span(from).StartsWith("من"))) to = from + 1;
        for (var j = from; j < _view.Count && j <= to && _view.SameClause(j, q.First); j++)
        {
            if (!_view.Is(j, TokenType.Word)) continue;
            if (IsAmbiguousMember(j)) { to = Math.Min(to + 1, j + 2); continue; }
            if (TargetWords.TryGet(_view.Span(j), out var found)) return found;
            if (CountedNouns.TryGet(_view.Span(j), out var info) && info.Role == NounRole.Person && info.Target != FactTarget.Unknown) return info.Target;
        }
        return target;
    }

    /// <summary>عنصر، مقاتل، أفراد، عضو: members of either side until the next words say which.</summary>
    private bool IsAmbiguousMember(int nounAt)
    {
        if (nounAt < 0) return true;
        var word = _view.Span(nounAt);
        return WordIs(word, "عنصر") || WordIs(word, "عناصر") || WordIs(word, "مقاتل") || WordIs(word, "مقاتلين") || WordIs(word, "مقاتلي")
            || WordIs(word, "أفراد") || WordIs(word, "أعضاء") || WordIs(word, "عنصرا") || WordIs(word, "عنصرين");
    }

    private static bool WordIs(ReadOnlySpan<char> word, string plain) => WordMatcher.Matches(word, ArabicNormalizer.NormalizeWord(plain), Clitics.All);

    // «و3 آخرين», and a leader's companions: «مقتل والي داعش و4 من مساعديه/مرافقيه/حراسه».
    private static readonly Lexicon<bool> Others = new(new[]
    {
        "آخرين", "آخرون", "آخر", "أخرى", "آخران", "مساعديه", "مساعدي", "مرافقيه", "مرافقي", "حراسه",
    }.Select(w => (w, true)));
}
