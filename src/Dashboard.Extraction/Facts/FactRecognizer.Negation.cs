using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Model;
using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Facts;

/// <summary>Cues that did not happen: denied, planned, threatened, forecast, or a death sentence not yet carried out.</summary>
internal sealed partial class FactRecognizer
{
    private static readonly string[] DenyingVerbWords = ["نفى", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "نافيا", "نافية"];

    /// <summary>Denials: the cue one or two words after them is no event («نفى مقتل», «لم يسفر عن مقتل»).</summary>
    private static readonly Lexicon<bool> Negations = new(DenyingVerbWords.Concat(["لم", "لا", "عدم", "دون", "نفي"]).Select(w => (w, true)));

    private static readonly string Lack = ArabicNormalizer.NormalizeWord("عدم");

    /// <summary>The denying verbs alone, which reach their cue across a short subject.</summary>
    private static readonly Lexicon<bool> DenyingVerbs = new(DenyingVerbWords.Select(w => (w, true)));

    /// <summary>
    /// Plans, attempts and threats: the cue right after them is what was planned, not what happened («خططوا لقتل
    /// عشرات», «محاولة اغتيال», «يعتزمون قتل»). A cue further on is an event of its own («صدت محاولة تسلل وقتلت 5»).
    /// </summary>
    private static readonly Lexicon<bool> Intentions = new(new[]
    {
        "خطط", "خططت", "خططوا", "يخطط", "تخطط", "يخططون", "التخطيط", "تخطيط", "مخطط", "مخططا",
        "محاولة", "محاولته", "حاول", "حاولوا", "يحاول", "يحاولون", "تآمر", "التآمر", "مؤامرة",
        "يعتزم", "يعتزمون", "تعتزم", "ينوي", "ينوون", "تنوي", "نية", "بنية", "هدد", "هددت", "يهدد", "تهدد", "تهديد", "مهددا",
    }.Select(w => (w, true)));

    /// <summary>
    /// Warrants and orders: «مذكرات توقيف 271 جنديا», «أمرا باعتقال 20» arrest no one yet. Kept apart from
    /// <see cref="Intentions"/>, which also undo a carried-out sentence («بناء على أمر من الوزير نفذت السلطات حكم الإعدام»
    /// was carried out).
    /// </summary>
    private static readonly Lexicon<bool> Orders = new(new[] { "مذكرة", "مذكرات", "مذكرتي", "أمر", "أمرا", "أوامر" }.Select(w => (w, true)));

    private bool Negated(int cue)
    {
        for (var j = cue - 1; j >= 0 && j >= cue - 2 && _view.SameClause(j, cue); j--)
            // «بعدم اعتقال أربعة رجال»: «عدم» with a preposition too (not «دون»: «طائرة بدون طيار قتلت أربعة»).
            if (_view.Is(j, TokenType.Word) && (Negations.Contains(_view.Span(j), Clitics.Conjunction) || WordMatcher.Matches(_view.Span(j), Lack, Clitics.Particles))) return true;
        // «نفى مصدر أمني مقتل 3 جنود»: a denying verb governs the cue across its subject.
        for (var j = cue - 3; j >= 0 && j >= cue - 4 && _view.SameClause(j, cue); j--)
            if (_view.Is(j, TokenType.Word) && DenyingVerbs.Contains(_view.Span(j), Clitics.Conjunction)) return true;
        if (MightCauseBefore(cue)) return true;
        if (SentencedToDeath(cue)) return true;
        if (!_view.Is(cue, TokenType.Word) || _view.Span(cue) is ['و', _, ..]) return false; // «… محاولة اقتحام وقتل 3»: an act of its own
        if (_view.Is(cue - 1, TokenType.Word) && (Intentions.Contains(_view.Span(cue - 1), Clitics.Conjunction) || Orders.Contains(_view.Span(cue - 1), Clitics.Conjunction))
            && _view.SameClause(cue - 1, cue)) return true;
        // «هدد داعش بقتل 10 رهائن», «يهدد فيه بإعدام», «محاولة لداعش لاختطاف 4»: the cue with ب or ل is the object of a
        // threat or attempt a word or two before it.
        if (_view.Span(cue) is not (['ب', _, ..] or ['ل', _, ..])) return false;
        for (var j = cue - 2; j >= 0 && j >= cue - 3 && _view.SameClause(j, cue); j--)
            if (_view.Is(j, TokenType.Word) && (Intentions.Contains(_view.Span(j), Clitics.Conjunction) || Orders.Contains(_view.Span(j), Clitics.Conjunction))) return true;
        return false;
    }

    /// <summary>
    /// «قضت المحكمة بإعدام 75 متهما», «أحكاما بالإعدام بحق 17»: a death sentence kills no one yet; «نفذت السلطات صباح الجمعة
    /// حكم الإعدام بحق 12» carries it out. (A cue search passes over it: «عقوبة الإعدام إن 133 شخصا أعدموا».)
    /// </summary>
    private bool SentencedToDeath(int cue)
    {
        if (!_view.Is(cue, TokenType.Word) || !WordMatcher.Matches(_view.Span(cue), Execution, Clitics.All)) return false;
        // «قضت محكمة جنايات الرصافة بإعدام 3»: a court's name may stand between.
        for (var j = cue - 1; j >= 0 && j >= cue - SentenceReach && _view.SameClause(j, cue); j--)
        {
            if (!_view.Is(j, TokenType.Word) || !Sentencing.Contains(_view.Span(j), Clitics.All)) continue;
            // «نفذت دائرة الإصلاح التابعة لوزارة العدل حكم الإعدام»: carried out, anywhere before in the clause.
            for (var k = j - 1; k >= 0 && _view.SameClause(k, j); k--)
                if (IsCarriedOut(k)) return false;
            // «قضت المحكمة بإعدام 4 إرهابيين، ونفذ الحكم بحقهم اليوم»
            for (var k = cue + 1; k < _view.Count && k <= cue + 12 && _view.SameSentence(k, cue); k++)
                if (IsCarriedOut(k)) return false;
            return true;
        }
        return false;
    }

    private const int SentenceReach = 6;

    /// <summary>«نفذت», «تنفيذ»; not «وقف تنفيذ», «طالب نواب بتنفيذ», «لم ينفذ», «تعتزم ولايات … تنفيذ».</summary>
    private bool IsCarriedOut(int k)
    {
        if (!_view.Is(k, TokenType.Word) || !CarriedOut.Contains(_view.Span(k), Clitics.All)) return false;
        for (var j = k - 1; j >= 0 && j >= k - 6 && _view.SameClause(j, k); j--)
            if (_view.Is(j, TokenType.Word) && (Intentions.Contains(_view.Span(j), Clitics.Conjunction) || (j >= k - 3 && StopsAndDemands.Contains(_view.Span(j), Clitics.All))))
                return false;
        return true;
    }

    private static readonly Lexicon<bool> StopsAndDemands = new(new[]
    {
        "وقف", "إيقاف", "تعليق", "طالب", "طالبت", "طالبوا", "دعا", "دعت", "المطالبة", "لم", "عدم", "يطالب", "تطالب",
    }.Select(w => (w, true)));

    private static readonly string Execution = ArabicNormalizer.NormalizeWord("إعدام");

    private static readonly Lexicon<bool> Sentencing = new(new[]
    {
        "حكم", "حكما", "حكمها", "حكمه", "حكمت", "تحكم", "يحكم", "أحكام", "أحكاما", "قضت", "قضى", "تقضي", "يقضي", "عقوبة", "عقوبات", "إنزال", "المفتي",
        "طالبت", "طالب", "يواجه", "يواجهون", "تواجه", "صدور", "إصدار", "أصدرت", "أصدر",
    }.Select(w => (w, true)));

    private static readonly Lexicon<bool> CarriedOut = new(new[] { "نفذ", "نفذت", "نفذوا", "تنفيذ", "ينفذ", "تنفذ" }.Select(w => (w, true)));

    /// <summary>
    /// «مخاوف من أن يؤدي القتال إلى سقوط الآلاف», «قد يسفر عن مقتل», «كان ذلك سيتسبب في فقدان مئات الأشخاص لحياتهم»:
    /// what might or would follow has not happened.
    /// </summary>
    private bool MightCauseBefore(int at)
    {
        for (var j = at - 1; j >= 0 && j >= at - 6 && _view.SameClause(j, at); j--)
        {
            // «ستؤدي الحرب إلى مقتل», «سيتسبب بمقتل»: the future verb leads to the cue («ستؤدي اليمين» is an oath).
            if (_view.Is(j, TokenType.Word) && WouldCause.Contains(_view.Span(j), Clitics.Conjunction) && LeadsTo(j, at)) return true;
            if (j < 1) continue;
            if (_view.Is(j, TokenType.Word) && MightCause.Contains(_view.Span(j), Clitics.None) && _view.Is(j - 1, TokenType.Word)
                && Possibility.Contains(_view.Span(j - 1), Clitics.Conjunction)
                // «استمرت الاشتباكات ساعات قبل أن تسفر عن مقتل 3»: what followed, told.
                && !(_view.Is(j - 2, TokenType.Word) && Sequence.Contains(_view.Span(j - 2), Clitics.None))) return true;
        }
        return false;
    }

    /// <summary>The word after <paramref name="verb"/> is the cue, or a preposition leading to it («إلى», «عن», «في»).</summary>
    private bool LeadsTo(int verb, int cue)
    {
        for (var j = verb + 1; j < cue; j++)
            if (_view.Is(j, TokenType.Word) && CausePrepositions.Contains(_view.Span(j), Clitics.None)) return true;
        return verb + 1 == cue;
    }

    private static readonly Lexicon<bool> CausePrepositions = new(new[] { "إلى", "الى", "عن", "في" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> WouldCause = new(new[] { "سيؤدي", "ستؤدي", "سيسفر", "ستسفر", "سيتسبب", "ستتسبب", "سيخلف", "ستخلف" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> Sequence = new(new[] { "قبل", "بعد" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> MightCause = new(new[] { "يؤدي", "تؤدي", "يسفر", "تسفر", "يتسبب", "تتسبب", "يخلف", "تخلف" }.Select(w => (w, true)));
    private static readonly Lexicon<bool> Possibility = new(new[] { "أن", "قد", "لئلا", "ربما" }.Select(w => (w, true)));
}
