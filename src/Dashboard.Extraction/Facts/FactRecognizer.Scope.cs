using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Model;
using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Facts;

/// <summary>How far a figure reaches in time: one event or a total over a period (scope), from the words around it.</summary>
internal sealed partial class FactRecognizer
{
    private const double MassCasualties = 10_000;
    private const double MassDisplacement = 100_000;

    /// <summary>«آلاف»: the smallest vague word that counts in thousands.</summary>
    private const double VagueThousands = 2_000;

    private FactScope ResolveScope(FactKind kind, double min, bool vague, int first, int last)
    {
        if (kind is FactKind.Operations or FactKind.Strikes && min >= 50) return FactScope.Cumulative;
        // No single event kills, wounds, arrests or abducts ten thousand people (the deadliest of the war on ISIS in
        // Iraq, Camp Speicher, took about 1,700 lives), nor uproots a hundred thousand: figures that large are totals
        // over a war, a conflict or years («قتلت نحو ستة ملايين», «تشريد 11 مليون»), whatever the sentence says of when.
        if (FactDraft.IsCasualty(kind) && min >= MassCasualties || kind == FactKind.Displaced && min >= MassDisplacement) return FactScope.Cumulative;
        // One event's dead and detained are counted; «الآلاف» uncounted are what a war, a campaign or a regime left over
        // time («قتل الآلاف في هذا النزاع», «مسؤول عن قتل آلاف المواطنين», «آلاف الأطفال قتلوا»). (Not the wounded: one
        // day of protest leaves thousands, «قتل 60 فلسطينيا وأصيب الآلاف».)
        if (kind is FactKind.Killed or FactKind.Arrested or FactKind.Abducted && vague && min >= VagueThousands && !OneEventNamed(first, last)) return FactScope.Cumulative;
        var from = first;
        while (from > 0 && from > first - ScopeWindow && _view.SameSentence(from - 1, first)) from--;
        var to = last;
        while (to + 1 < _view.Count && to < last + ScopeWindow && _view.SameSentence(to + 1, last)) to++;
        for (var j = from; j <= to; j++)
        {
            if (j >= first && j <= last) continue;
            if (_view.Is(j, TokenType.Word))
            {
                var near = (j >= first - CueDistance && j <= last + CueDistance) || _view.SameClause(j, first) || _view.SameClause(j, last);
                if (!near) continue;
                if (ScopeCues.Phrases.TryMatchAt(_view, j, Clitics.Particles, out _, out _)) return FactScope.Cumulative;
                // «الأسابيع الماضية», «السنوات الأخيرة» alone; not «الثالث من نوعه الأسابيع الأخيرة», «أكبر حملة … في السنوات الأخيرة».
                if (ScopeCues.RecentPeriods.TryMatchAt(_view, j, Clitics.Particles, out _, out _) && !RankedBefore(j)) return FactScope.Cumulative;
                if (BetweenTwoDates(j)) return FactScope.Cumulative;
                if (ScopeCues.HalvesOf.TryMatchAt(_view, j, Clitics.Particles, out _, out var half)
                    && (IsYearToken(j + half) || (_view.Is(j + half, TokenType.Word) && ScopeCues.YearWords.Contains(_view.Span(j + half), Clitics.None))))
                    return FactScope.Cumulative;
                // (Money a war left to pay for is no total over it: «يحتاج العراق إلى 88.2 مليار دولار … الحرب».)
                if (kind != FactKind.Funding && (_view.SameClause(j, first) || _view.SameClause(j, last)) && IsWarAsPeriod(j) && !OneEventNamed(first, last)
                    && !OtherClauseBetween(last, j))
                    return FactScope.Cumulative;
                // «قتل مئات الأشخاص خلال 12 يوما من القصف»
                if (WordMatcher.Matches(_view.Span(j), ScopeCues.During, Clitics.Conjunction) && QuantityParser.TryParse(_view, j + 1, out var length)
                    && (length.Last < first || length.First > last) && _view.Is(length.Last + 1, TokenType.Word)
                    && ScopeCues.CountedPeriods.Contains(_view.Span(length.Last + 1), Clitics.None))
                    return FactScope.Cumulative;
                if (WordMatcher.Matches(_view.Span(j), ScopeCues.Since, Clitics.Conjunction) && j + 1 < _view.Count && !DatesAState(j, first, last)
                    // «منذ 2014 والعراق يقاتل داعش، وقتل 5 جنود في هجوم … اليوم»: a period in another clause leaves a named event its own.
                    && !(!_view.SameClause(j, first) && !_view.SameClause(j, last) && OneEventNamed(first, last, since: j))
                    && !(_view.Is(j + 1, TokenType.Word) && ScopeCues.ShortAgo.Contains(_view.Span(j + 1), Clitics.All) && !DayNamedAfter(j + 1))
                    && !(_view.Is(j + 1, TokenType.Word) && QuantityParser.TryParse(_view, j + 1, out var ago) && !ago.IsYearLike && _view.Is(j + 2, TokenType.Word)
                         && ScopeCues.ShortAgo.Contains(_view.Span(j + 2), Clitics.All))
                    && !(_view.Is(j + 1, TokenType.Number) && !IsYearToken(j + 1)
                         // «منذ 18 شباط/فبراير»: since a day, not a moment ago. («منذ 3 أشهر» may be either: left an incident.)
                         && !(_view.Is(j + 2, TokenType.Word) && NotAFactCues.Months.Contains(_view.Span(j + 2), Clitics.None))))
                    return FactScope.Cumulative;
            }
            else if (IsYearToken(j) && (j >= first - YearWindow && j <= last + YearWindow) && _view.Is(j - 1, TokenType.Word) && ScopeCues.YearPeriodWords.Contains(_view.Span(j - 1), Clitics.Particles)
                     && !DatesAState(j - 1, first, last)
                     && !(!_view.SameClause(j, first) && !_view.SameClause(j, last) && OneEventNamed(first, last, since: j - 1))
                     && !(_view.Is(j - 2, TokenType.Word) && NotAFactCues.Months.Contains(_view.Span(j - 2), Clitics.Particles)))
            {
                return FactScope.Cumulative;
            }
        }
        // «ومنذ 18 شباط/فبراير الماضي، بدأت قوات النظام حملة قصف عنيف على الغوطة، ما أسفر عن مقتل أكثر من 650 مدنيا»:
        // what a campaign since a date caused is a total since then, however far the date stands before it.
        if (CausedRightBefore(first) && SinceDateBefore(first, out var since) && !OneEventNamed(first, last, since)) return FactScope.Cumulative;
        // «ومنذ بدء المسيرات في 30 من شهر مارس الماضي، قتل 123 فلسطينيا»: a sentence that opens with since when an event
        // happened tells a total since then in the clauses after it.
        if (OpensSinceAnEvent(first, out var opening) && !OneEventNamed(first, last, opening)) return FactScope.Cumulative;
        return FactScope.Incident;
    }

    /// <summary>
    /// The figure's sentence opens with «منذ» and an event dated with «في» within the next six words («منذ بدء الحملة
    /// العسكرية في 18 شباط»، «فمنذ انطلاقها في يناير الماضي»), in a clause before the figure's, no day named between.
    /// </summary>
    private bool OpensSinceAnEvent(int first, out int since)
    {
        since = -1;
        // (Only a sentence that starts near the figure: a scan to the start of a long one per figure would cost its square.)
        var start = first;
        while (start - 1 >= 0 && first - start < 40 && _view.SameSentence(start - 1, first)) start--;
        if (_view.SameSentence(start - 1, first) || !_view.Is(start, TokenType.Word) || !WordMatcher.Matches(_view.Span(start), ScopeCues.Since, Clitics.Conjunction)
            || _view.SameClause(start, first) || DatesAState(start, first, first)) return false;
        for (var j = start + 2; j <= start + 7 && j < first && _view.SameClause(j, start); j++)
        {
            if (!_view.IsWord(j, InWord)) continue;
            var month = _view.Is(j + 1, TokenType.Number) && !IsYearToken(j + 1) ? j + 2 : j + 1;
            if (_view.IsWord(month, From)) month++;
            if (_view.IsWord(month, MonthNoun)) month++;
            var dated = IsYearToken(j + 1) || (_view.Is(month, TokenType.Word) && NotAFactCues.Months.Contains(_view.Span(month), Clitics.None));
            if (!dated || DayNamedBetween(month + 1, first - 1)) return false;
            since = start;
            return true;
        }
        return false;
    }

    private static readonly string MonthNoun = ArabicNormalizer.NormalizeWord("شهر");

    /// <summary>A superlative, an ordinal or «من نوعه» before a recent period ranks an event among others of that time.</summary>
    private bool RankedBefore(int j)
    {
        for (var k = j - 1; k >= 0 && k >= j - 8 && _view.SameSentence(k, j); k--)
            if (_view.Is(k, TokenType.Word) && ScopeCues.Ranks.Contains(_view.Span(k), Clitics.Particles | Clitics.Article)) return true;
        return false;
    }

    private bool CausedRightBefore(int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - 6 && _view.SameClause(j, first); j--)
            if (_view.Is(j, TokenType.Word) && ScopeCues.Causing.Contains(_view.Span(j), Clitics.Conjunction)) return true;
        return false;
    }

    /// <summary>
    /// «انتحاري مطلوب للقضاء منذ 2016», «الأعنف منذ أيار», «الذي يتولى منصبه منذ 2016»: since when someone or something
    /// was so, not a period of fighting. (A relative clause may still date the fighting: «المسيرات التي انطلقت منذ 30 مارس».)
    /// </summary>
    private bool DatesAState(int since, int first, int last)
    {
        // (The figure's own counted noun is no state: «اعتقلت 64 مطلوبا منذ 18 شباط».)
        for (var k = since - 1; k >= 0 && k >= since - 3 && _view.SameClause(k, since) && !(k >= first && k <= last + 1); k--)
        {
            if (_view.Is(k, TokenType.Word) && ScopeCues.StatesSince.Contains(_view.Span(k), Clitics.Conjunction | Clitics.Article)) return true;
            // «الأكثر دموية في العراق منذ الهجوم», «أكثر الأيام دموية منذ 2014»: ranks an event (not «حملة دموية منذ 18
            // شباط», a period of it).
            if (_view.Is(k, TokenType.Word) && Bloody.Contains(_view.Span(k), Clitics.None)
                && ((_view.Is(k - 1, TokenType.Word) && Most.Contains(_view.Span(k - 1), Clitics.Conjunction))
                    || (_view.Is(k - 2, TokenType.Word) && Most.Contains(_view.Span(k - 2), Clitics.Conjunction)))) return true;
        }
        return false;
    }

    private static readonly Lexicon<bool> Bloody = new(new[] { "دموية", "دموي", "دمويا" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> Most = new(new[] { "الأكثر", "أكثر", "أكثرها", "أكثرهم" }.Select(w => (w, true)));

    /// <summary>«منذ 18 شباط», «منذ شباط», «منذ 2014» earlier in the sentence, with no day named after it.</summary>
    private bool SinceDateBefore(int first, out int since)
    {
        since = -1;
        for (var j = first - 1; j >= 0 && _view.SameSentence(j, first); j--)
        {
            if (!_view.Is(j, TokenType.Word) || !WordMatcher.Matches(_view.Span(j), ScopeCues.Since, Clitics.Conjunction)) continue;
            if (DatesAState(j, first, first)) return false;
            since = j;
            var month = _view.Is(j + 1, TokenType.Number) && !IsYearToken(j + 1) ? j + 2 : j + 1;
            var dated = IsYearToken(j + 1) || (_view.Is(month, TokenType.Word) && NotAFactCues.Months.Contains(_view.Span(month), Clitics.None));
            return dated && !DayNamedBetween(month, first - 1);
        }
        return false;
    }

    /// <summary>
    /// «عدد القتلى في الحرب»، «قتل الآلاف في هذا النزاع»، «أدى هذا الصراع إلى مقتل»، «أسفرت حربه على المخدرات عن مقتل»:
    /// a war or conflict the figure happened in, or that caused it, is a period, and its toll a total over it. Not a war
    /// only named nearby («جرائم حرب»، «في إطار الحرب على الإرهاب»).
    /// </summary>
    private bool IsWarAsPeriod(int j)
    {
        // «خلال معركة تحرير الموصل», «في عمليات تحرير الفلوجة», «خلال معركة الموصل»: a campaign of months, as a war is.
        if (CampaignNamedAt(j, Clitics.Conjunction))
            return _view.Is(j - 1, TokenType.Word) && _view.SameClause(j - 1, j) && ScopeCues.BeforeWar.Contains(_view.Span(j - 1), Clitics.Conjunction);
        if (!ScopeCues.Wars.Contains(_view.Span(j), Clitics.Conjunction)) return false;
        // «نزاع عشائري», «نزاع على قطعة أرض», «حرب شوارع»: a clash, not a war's years.
        if (_view.Is(j + 1, TokenType.Word) && ScopeCues.NotWarsAfter.Contains(_view.Span(j + 1), Clitics.Article)) return false;
        var word = _view.Span(j);
        if (ScopeCues.Disputes.Contains(word, Clitics.Conjunction) && !word.Contains("ال", StringComparison.Ordinal)
            && _view.Is(j + 1, TokenType.Word) && ScopeCues.QuarrelsAfter.Contains(_view.Span(j + 1), Clitics.None)) return false;
        // «النزاع بين عشيرتي البو محمد والبو عامر»
        for (var k = j + 1; k < _view.Count && k <= j + 3 && _view.SameClause(k, j); k++)
            if (_view.Is(k, TokenType.Word) && (_view.Span(k).Contains("عشير", StringComparison.Ordinal) || _view.Span(k).Contains("عشاير", StringComparison.Ordinal))) return false;
        if (_view.Is(j - 1, TokenType.Word) && _view.SameClause(j - 1, j) && ScopeCues.BeforeWar.Contains(_view.Span(j - 1), Clitics.Conjunction)) return true;
        for (var k = j + 1; k < _view.Count && k <= j + 3 && _view.SameClause(k, j); k++)
            if (_view.Is(k, TokenType.Word) && ScopeCues.Causing.Contains(_view.Span(k), Clitics.Conjunction)) return true;
        return false;
    }

    /// <summary>
    /// «6 مطلوبين في الحويجة التي كانت معقلا لداعش خلال الحرب», «12 متهما شاركوا في القتال خلال الحرب»: a relative
    /// clause or another verb between the figure and a word after it has that word to itself.
    /// </summary>
    private bool OtherClauseBetween(int last, int after)
    {
        for (var k = last + 1; k < after; k++)
            if (_view.Is(k, TokenType.Word) && (Relatives.Contains(_view.Span(k), Clitics.Conjunction) || GovernsPeopleAfter(k))) return true;
        return false;
    }

    private static readonly string LastWeek = ArabicNormalizer.NormalizeWord("الأسبوع");
    private static readonly string Past = ArabicNormalizer.NormalizeWord("الماضي");
    private static readonly string Battle = ArabicNormalizer.NormalizeWord("معركة");

    /// <summary>
    /// The word at <paramref name="j"/> and the next name a campaign of months: what it took back («معركة تحرير الموصل»,
    /// «عمليات استعادة الأنبار») or a city fought for over months after a battle word («معركة الموصل»).
    /// </summary>
    private bool CampaignNamedAt(int j, Clitics clitics) =>
        _view.Is(j + 1, TokenType.Word)
        && ((ScopeCues.Campaigns.Contains(_view.Span(j), clitics) && ScopeCues.Liberation.Contains(_view.Span(j + 1), Clitics.Article))
            || (ScopeCues.Battles.Contains(_view.Span(j), clitics) && ScopeCues.CampaignCities.Contains(_view.Span(j + 1), Clitics.None)));

    private static readonly Lexicon<bool> Relatives = new(new[] { "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي" }.Select(w => (w, true)));

    /// <summary>
    /// A day or a single event in the figure's clause («أمس», «يوم الجمعة», «12 حزيران», «بهجوم», «في مجزرة سبايكر»,
    /// «في يوم واحد»): the figure is that event's, whatever war or multitude the clause speaks of.
    /// </summary>
    private bool OneEventNamed(int first, int last, int since = -1)
    {
        for (var j = Math.Max(0, first - ScopeWindow); j < _view.Count && j <= last + ScopeWindow; j++)
        {
            if ((j >= first && j <= last) || !(_view.SameClause(j, first) || _view.SameClause(j, last)) || !_view.Is(j, TokenType.Word)) continue;
            // «منذ أن شنت القوات هجوما»: the event a period since began with is no single event of the figure's.
            if (since >= 0 && j > since && _view.SameClause(j, since)) continue;
            var word = _view.Span(j);
            if (DayNamedAt(j)) return true;
            // (Counted, they are many: «مقتل 133 شخصا خلال 80 هجوما».)
            if (ScopeCues.SingleEvents.Contains(word, Clitics.Particles | Clitics.Article) && !_view.Is(j - 1, TokenType.Number)) return true;
            // «في معركة في الحرب ضد داعش»: one battle is one fight; not «معركة تحرير الموصل», «معركة الموصل», campaigns.
            if (WordMatcher.Matches(word, Battle, Clitics.Particles | Clitics.Article) && !_view.Is(j - 1, TokenType.Number)
                && !CampaignNamedAt(j, Clitics.Particles | Clitics.Article)) return true;
            // «قتلوا في الحرب ضد داعش الأسبوع الماضي»
            if (WordMatcher.Matches(word, LastWeek, Clitics.None) && _view.Is(j + 1, TokenType.Word) && WordMatcher.Matches(_view.Span(j + 1), Past, Clitics.None)) return true;
            // «12 حزيران» (not «منذ 18 شباط», the start of a period)
            if (NotAFactCues.Months.Contains(word, Clitics.None) && _view.Is(j - 1, TokenType.Number) && !IsYearToken(j - 1)
                && !PeriodEdgeAt(j - 2)) return true;
        }
        return false;
    }

    /// <summary>
    /// «بين الأول من كانون الثاني/يناير و30 حزيران/يونيو», «بين 1 يناير و30 يونيو»: a toll between two dates is a total
    /// over the days between.
    /// </summary>
    private bool BetweenTwoDates(int j)
    {
        if (!_view.IsWord(j, Between)) return false;
        var firstMonth = -1;
        for (var k = j + 1; k < _view.Count && k <= j + 5 && _view.SameClause(k, j); k++)
            if (_view.Is(k, TokenType.Word) && NotAFactCues.Months.Contains(_view.Span(k), Clitics.None)) { firstMonth = k; break; }
        if (firstMonth < 0) return false;
        for (var k = firstMonth + 1; k < _view.Count && k <= firstMonth + 6 && _view.SameClause(k, j); k++)
        {
            if (!(_view.IsWord(k, NumberWords.And) || (_view.Is(k, TokenType.Word) && _view.Span(k) is ['و', _, ..]))) continue;
            for (var m = k + 1; m < _view.Count && m <= k + 3; m++)
                if (_view.Is(m, TokenType.Word) && NotAFactCues.Months.Contains(_view.Span(m), Clitics.None) && _view.Is(m - 1, TokenType.Number)) return true;
            return false;
        }
        return false;
    }

    /// <summary>«منذ يوم الأحد», «منذ يوم 30 مارس»: «يوم» naming a day is since that day, not «a day ago».</summary>
    private bool DayNamedAfter(int dayWord) =>
        _view.Is(dayWord + 1, TokenType.Number)
        || (_view.Is(dayWord + 1, TokenType.Word) && DayWords.Contains(_view.Span(dayWord + 1), Clitics.Particles | Clitics.Article));

    private bool IsYearToken(int j) =>
        _view.Is(j, TokenType.Number) && QuantityParser.TryReadDigits(_view.Span(j), out var v, out var plain) && plain && v is >= 1900 and <= 2100;

    /// <summary>«… وأصيب أمس 12 جنديا»: a day of its own makes the figure one event.</summary>
    private bool DayNamedBetween(int from, int to)
    {
        for (var j = from + 1; j <= to + 2 && j < _view.Count; j++)
            if (DayNamedAt(j)) return true;
        return false;
    }

    /// <summary>A day word at <paramref name="j"/> naming one day («أمس», «يوم الجمعة»); not «منذ الاثنين الماضي», «حتى اليوم», the edge of a period.</summary>
    private bool DayNamedAt(int j) =>
        _view.Is(j, TokenType.Word) && DayWords.Contains(_view.Span(j), Clitics.Particles | Clitics.Article) && !PeriodEdgeAt(j - 1);

    private bool PeriodEdgeAt(int j) => _view.Is(j, TokenType.Word) && PeriodEdges.Contains(_view.Span(j), Clitics.Conjunction);

    private static readonly Lexicon<bool> PeriodEdges = new(new[] { "منذ", "حتى", "خلال", "لغاية" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> DayWords = new(new[]
    {
        "أمس", "اليوم", "الليلة", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    }.Select(w => (w, true)));
}
