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
            if (TargetWords.TryGet(_view.Span(j), out var found))
            {
                // «3 عناصر أمن داعش», «عناصر شرطة الحسبة التابعة للتنظيم»: the group named right after owns its police.
                if (found == FactTarget.SecurityForces && Police.Contains(_view.Span(j), Clitics.Article) && MilitantsOwn(j)) return FactTarget.Militants;
                return found;
            }
            if (CountedNouns.TryGet(_view.Span(j), out var info) && info.Role == NounRole.Person && info.Target != FactTarget.Unknown) return info.Target;
        }
        return target;
    }

    private bool MilitantsOwn(int j)
    {
        for (var k = j + 1; k < _view.Count && k <= j + 3 && _view.SameClause(k, j); k++)
        {
            // («من قوات النظام والمسلحين الموالين لها»: «و» joins another group.)
            if (!_view.Is(k, TokenType.Word) || _view.Span(k)[0] == 'و') return false;
            if (TargetWords.TryGet(_view.Span(k), out var next)) return next == FactTarget.Militants;
            if (!Belonging.Contains(_view.Span(k), Clitics.Conjunction)) return k == j + 1 && IsPlainName(k) && MilitantsOwn(k);
        }
        return false;
    }

    /// <summary>«شرطة الحسبة»: one word naming the force between it and its owner.</summary>
    private bool IsPlainName(int k) => _view.Span(k).StartsWith("ال") && !CountedNouns.TryGet(_view.Span(k), out _);

    private static readonly Lexicon<bool> Police = new(new[] { "أمن", "شرطة" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> Belonging = new(new[] { "التابعة", "التابعين", "التابع", "التابعون" }.Select(w => (w, true)));

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
