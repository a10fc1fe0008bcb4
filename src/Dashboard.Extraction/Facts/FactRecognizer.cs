using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Model;
using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Facts;

/// <summary>
/// Finds every figure in the token stream and reads what it counts: value, qualifier, counted noun, kind, target
/// and scope. Numbers that are labels, dates, times, models, years or page furniture are passed over.
/// </summary>
internal sealed class FactRecognizer
{
    private const int ClauseWindow = 15;
    private const int ForwardWindow = 6;
    private const int ScopeWindow = 18;
    private const int YearWindow = 8;
    private const int CueDistance = 10;
    private const int CrossClauseWindow = 12;
    private const int ListWindow = 45;

    private static readonly string From = ArabicNormalizer.NormalizeWord("من");
    private static readonly string The = "ال";
    private static readonly string InWord = ArabicNormalizer.NormalizeWord("في");
    private static readonly string Hundred = ArabicNormalizer.NormalizeWord("المئة");
    private static readonly string HundredAlt = ArabicNormalizer.NormalizeWord("المائة");

    private readonly TokenView _view;
    private readonly bool[] _furnitureParagraph;

    private FactRecognizer(TokenView view)
    {
        _view = view;
        _furnitureParagraph = FindFurnitureParagraphs(view);
    }

    public static List<FactDraft> Recognize(TokenView view) => new FactRecognizer(view).Run();

    private List<FactDraft> Run()
    {
        var drafts = new List<FactDraft>();
        var tokens = _view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var type = tokens[i].Type;
            if (type is not (TokenType.Number or TokenType.Word)) continue;
            if (_furnitureParagraph[tokens[i].Paragraph]) continue;
            if (!TryQuantityAt(i, out var quantity)) continue;
            var draft = Read(quantity, drafts, out var consumedTo);
            if (draft is not null)
            {
                drafts.Add(draft);
                if (draft.IsBreakdownPart && drafts.LastOrDefault(d => !d.IsBreakdownPart && _view.SameSentence(d.FirstToken, draft.FirstToken)) is { } total)
                    total.Parts.Add(draft);
            }
            i = Math.Max(i, consumedTo);
        }
        foreach (var total in drafts)
            if (total.Parts.Count > 0) ApplyBreakdownTarget(total);
        return drafts;
    }

    private bool TryQuantityAt(int i, out Quantity quantity)
    {
        if (_view.Is(i, TokenType.Word) && CountedNouns.Duals.TryFind(_view.Span(i), Clitics.All, out var dual) && !dual.HadArticle
            && !_view.Is(i - 1, TokenType.Number) && !(i > 0 && QuantityParser.TryParse(_view, i - 1, out _)))
        {
            quantity = new Quantity(i, i, 2, 2) { Dual = true, InWords = true };
            return true;
        }
        if (QuantityParser.TryParse(_view, i, out quantity)) return true;
        // «مقتل جندي», «إصابة مدني برصاص قناص», «اعتقال مطلوب»: one, named by the noun alone right after the cue.
        if (_view.Is(i, TokenType.Word) && CountedNouns.Singulars.TryFind(_view.Span(i), Clitics.Conjunction | Clitics.AccusativeAlif, out var single)
            && !single.HadArticle && !single.HadPreposition
            // «قتل جندي ومدني»: a second one joined to the first.
            && (SinglePersonCueAt(i - 1) || (single.HadConjunction && _view.Is(i - 1, TokenType.Word)
                && CountedNouns.Singulars.Contains(_view.Span(i - 1), Clitics.AccusativeAlif) && SinglePersonCueAt(i - 2)))
            && !(i + 1 < _view.Count && (QuantityParser.TryParse(_view, i + 1, out _) || _view.Is(i + 1, TokenType.Number)))
            && !ObjectFollows(i))
        {
            quantity = new Quantity(i, i, 1, 1) { Singular = true, InWords = true };
            return true;
        }
        return false;
    }

    /// <summary>
    /// «قتل جندي عراقي 3 إرهابيين», «قتل مسلح شرطيا», «اختطف مسلح طفلا»: a figure or an accusative person after the
    /// noun makes the noun the one who acted, not the one it happened to.
    /// </summary>
    private bool ObjectFollows(int noun)
    {
        for (var j = noun + 1; j <= noun + 3 && j < _view.Count && _view.SameClause(j, noun); j++)
        {
            // «مقتل جندي وإصابة 3 آخرين»: what «و» joins is another item.
            if (_view.Is(j, TokenType.Word) && _view.Span(j) is ['و', ..]) return false;
            if (_view.Is(j, TokenType.Number) || QuantityParser.TryParse(_view, j, out _)) return true;
            if (_view.Is(j, TokenType.Word) && _view.Span(j) is [.., 'ا'] word && word.Length > 3
                && CountedNouns.Nouns.TryFind(word, Clitics.AccusativeAlif, out var person) && person.Value.Role is NounRole.Person or NounRole.Casualty)
                return true;
            // «احتجاز مسلح لرهائن»: the people it was done to follow with ل.
            if (_view.Is(j, TokenType.Word) && _view.Span(j) is ['ل', _, ..] withLam
                && CountedNouns.Nouns.TryFind(withLam[1..], Clitics.Article, out var held) && held.Value.Role is NounRole.Person or NounRole.Casualty)
                return true;
        }
        return false;
    }

    private bool SinglePersonCueAt(int at) =>
        _view.Is(at, TokenType.Word) && _view.SameClause(at, at + 1) && KindCues.TryGet(_view.Span(at), out var cues)
        && cues.Any(c => c is Cue.Killed or Cue.Wounded or Cue.Arrested or Cue.Abducted) && !Negated(at);

    /// <summary>Reads one figure; returns null when it is not a fact. <paramref name="consumedTo"/> is the last token used.</summary>
    private FactDraft? Read(Quantity q, List<FactDraft> earlier, out int consumedTo)
    {
        consumedTo = q.Last;
        if (IsNotACount(q)) return null;

        // A range: ما بين 400 إلى 500، من 5 إلى 7، 27-31 ألفا
        var min = q.Min;
        var max = q.Max;
        var isRange = false;
        var last = q.Last;
        if (!q.Vague && !q.NounIsOwnToken && !q.OneOf && !q.TrailingOne && TryRangeEnd(q, out var end))
        {
            if (q.IsYearLike && end.IsYearLike) { consumedTo = end.Last; return null; }
            min = q.Scale == 1 && end.Scale > 1 && q.Min * end.Scale <= end.Min ? q.Min * end.Scale : q.Min;
            max = end.Max;
            isRange = true;
            last = end.Last;
            consumedTo = last;
        }

        var nounAt = FindCountedNoun(q, last, out var noun);
        // «مقتل أحد الإرهابيين» counts one; «زوجة أحد القتلى» and «…، أحد قادة التنظيم» name someone.
        if (q.OneOf && (noun is null || noun.Role is not (NounRole.Person or NounRole.Casualty) || nounAt != q.Last + 1
                        || !_view.Is(q.First - 1, TokenType.Word) || !CountMayStartAfter(q.First - 1))) return null;
        if (q.TrailingOne && (noun is null || noun.Role is not (NounRole.Person or NounRole.Casualty))) return null;
        if (q.IsYearLike && (noun is null || noun.Role == NounRole.OtherUnit || !CountMayStartAfter(q.First - 1))) return null;
        if (q.Fraction && noun is null && !IsPlainWord(last + 1)) return null;

        var spanFirst = q.First;
        var spanLast = last;
        if (q.Dual && QuantityParser.TryParse(_view, q.Last + 1, out var two) && two.Min == 2 && two.First == two.Last)
        {
            // «جثتين اثنتين»: the number repeats the dual.
            spanLast = q.Last + 1;
            consumedTo = spanLast;
        }
        if (noun is not null && nounAt >= 0)
        {
            spanFirst = Math.Min(spanFirst, nounAt);
            spanLast = Math.Max(spanLast, nounAt);
        }
        consumedTo = Math.Max(consumedTo, spanLast);

        var qualifierStart = q.First;
        var qualifier = isRange ? Qualifier.Range : q.Vague ? Qualifier.Vague : Qualifier.Exact;
        if (!isRange && !q.Vague)
        {
            var rangeOpenerSkip = q.First;
            if (QualifierPhrases.Before.TryMatchEndingAt(_view, q.First - 1, Clitics.Particles, out var before, out var phraseFirst)
                && _view.SameSentence(phraseFirst, q.First))
            {
                qualifier = before;
                qualifierStart = phraseFirst;
            }
            else if (QualifierPhrases.After.TryMatchAt(_view, spanLast + 1, Clitics.None, out var after, out _))
            {
                qualifier = after;
            }
            _ = rangeOpenerSkip;
        }
        else if (isRange)
        {
            qualifierStart = RangeOpenerStart(q.First);
        }

        // Breakdown parts take the kind of the total before them: «1792 قتيلا بينهم 1120 مدنيا و672 من القوات الأمنية».
        // Detainees and hostages among the dead are dead: «جثث ثمانية أشخاص بينهم ستة مخطوفين».
        var total = noun is null || noun.Role == NounRole.Person
                    || (noun.Role == NounRole.Casualty && earlier.Count > 0 && (earlier[^1].Kind == noun.Kind || noun.Kind is FactKind.Arrested or FactKind.Abducted))
            ? BreakdownTotal(qualifierStart, earlier)
            : null;
        var kindInfo = total is not null
            ? new KindReading(total.Kind, total.Unit, -1, 0.8)
            : ResolveKind(q, noun, nounAt, qualifierStart, spanLast);
        if (kindInfo is null) return null;
        var (kind, unit, cueToken, confidence) = kindInfo.Value;
        if (q.Fraction) (kind, unit) = (FactKind.Other, "fraction");
        // «سقط 5122 شخصا بين قتيل وجريح»: the dead and the wounded together are neither kind; adding them to either
        // total would overstate it.
        // («سقوط قتيل وجريح» without a figure is one of each.)
        if (kind is FactKind.Killed or FactKind.Wounded && ((!q.Singular && DeadAndWoundedAfter(spanLast)) || KilledAndWoundedBefore(qualifierStart, earlier)))
            (kind, unit) = (FactKind.Other, "person");
        if (noun is null && total is null && IsPlainWord(spanLast + 1) && _view.SameClause(spanLast + 1, q.First))
        {
            // «مقتل 3 خبراء»: the noun the lexicon does not know still belongs to the figure's words.
            spanLast++;
            consumedTo = Math.Max(consumedTo, spanLast);
        }

        FactTarget? target = null;
        if (FactDraft.IsCasualty(kind))
            target = ResolveTarget(noun, nounAt, q, spanLast);
        var ownTarget = target;
        // «مقتل جنديين وإصابة 4 آخرين», «مقتل والي داعش و4 من مساعديه»: the others are of the side named just before,
        // in the same sentence.
        if (target == FactTarget.Unknown && nounAt >= 0 && _view.Is(nounAt, TokenType.Word) && Others.Contains(_view.Span(nounAt), Clitics.Conjunction | Clitics.AccusativeAlif)
            && earlier.LastOrDefault(d => d.Kind != FactKind.Other && !d.IsBreakdownPart) is { Target: { } side } named && side is not (FactTarget.Unknown or FactTarget.Mixed)
            && FactDraft.IsCasualty(named.Kind) && _view.SameSentence(named.LastToken, q.First))
            target = side;
        if (q.Vague) confidence -= 0.1;
        if (kind == FactKind.Other) confidence = Math.Min(confidence, 0.4);

        var scope = total?.Scope ?? ResolveScope(kind, min, q.Vague, q.First, spanLast);
        if (earlier.LastOrDefault(d => d.Kind != FactKind.Other) is { Scope: FactScope.Cumulative } periodOwner && _view.SameSentence(periodOwner.LastToken, q.First))
        {
            // «915 شخصا قتلوا خلال 18 يوما، بينهم 91 شخصا يوم الأربعاء»: the period belongs to the total before; a figure
            // with a day of its own is that day's.
            if (scope == FactScope.Cumulative && DayNamedBetween(Math.Max(periodOwner.LastToken, qualifierStart - 3), spanLast))
                scope = FactScope.Incident;
            // «قتل 42 فلسطينيا خلال الأسابيع الأربعة الأخيرة، وأصيب أكثر من 5500»: the wounded of a total of the dead
            // named just before them are counted over the same period.
            else if (scope == FactScope.Incident && kind == FactKind.Wounded && periodOwner.Kind == FactKind.Killed
                     && q.First - periodOwner.LastToken <= 8 && !DayNamedBetween(periodOwner.LastToken, spanLast))
                scope = FactScope.Cumulative;
        }
        return new FactDraft
        {
            Kind = kind,
            // 130,36 مليار is 130360000000, not 130360000000.00002
            Min = Tidy(min),
            Max = Tidy(max),
            Qualifier = qualifier,
            Unit = unit,
            Scope = scope,
            Target = target,
            FirstToken = spanFirst,
            LastToken = spanLast,
            CueToken = cueToken,
            IsBreakdownPart = total is not null,
            OwnTarget = ownTarget,
            Confidence = Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2),
        };
    }

    /// <summary>
    /// A number in the range of years counts something only right after a cue, a qualifier, a preposition or
    /// punctuation («مقتل 2000 جريح»); after another word it is a year («مونديال 2018 ضربة قاسية»).
    /// </summary>
    private bool CountMayStartAfter(int before)
    {
        if (!_view.Is(before, TokenType.Word)) return true;
        var word = _view.Span(before);
        return KindCues.TryGet(word, out _) || CuePrepositions.Contains(word, Clitics.None)
            || QualifierPhrases.Before.TryMatchEndingAt(_view, before, Clitics.Particles, out _, out _);
    }

    /// <summary>
    /// A bare figure counts people when a cue the <paramref name="accept"/> test takes stands right before it («مقتل 5»,
    /// «القبض على 5», «مقتل العشرات»); a noun after it that the lexicon does not know and that does not look like people
    /// («توقيف 17 سفينة») says it counts something else.
    /// </summary>
    private KindReading? PersonCueRightBefore(Quantity q, int qualifierStart, Func<Cue, bool> accept)
    {
        var cueAt = qualifierStart - 1;
        // «القبض على 5»، «أسفر عن مقتل 5»: a preposition may stand between the cue and the figure.
        if (_view.Is(cueAt, TokenType.Word) && CuePrepositions.Contains(_view.Span(cueAt), Clitics.None) && _view.SameClause(cueAt - 1, qualifierStart)) cueAt--;
        if (IsPlainWord(q.Last + 1) && _view.SameClause(q.Last + 1, q.First) && !LooksLikePeople(_view.Span(q.Last + 1))) return null;
        if (_view.Is(cueAt, TokenType.Word) && KindCues.TryGet(_view.Span(cueAt), out var cues) && PersonCue(cues, FactTarget.Unknown) is { } cue
            && accept(cue) && !Negated(cueAt))
            return new KindReading(KindOf(cue), "person", cueAt, 0.6);
        return null;
    }

    private static double Tidy(double value) => value >= 1000 ? Math.Round(value) : Math.Round(value, 6);

    private readonly record struct KindReading(FactKind Kind, string Unit, int CueToken, double Confidence);

    private KindReading? ResolveKind(Quantity q, NounInfo? noun, int nounAt, int qualifierStart, int spanLast)
    {
        if (noun is null)
        {
            // «ارتفعت حصيلة القتلى إلى 50», «مقتل 5 وإصابة 3»: the kind stands before a bare figure.
            if (q.Fraction) return new KindReading(FactKind.Other, "fraction", -1, 0.3);
            // A vague word alone counts people only right after the cue: «مقتل العشرات», «اعتقال المئات».
            if (q.Vague) return PersonCueRightBefore(q, qualifierStart, cue => cue is Cue.Killed or Cue.Wounded or Cue.Arrested or Cue.Abducted);
            // «… لوالدي الضحايا و8.500 لأبناء الضحايا»، «… الضحايا وثمانية آلاف …»: a casualty noun just before the «و»
            // that joins the figure ends the item before it (whose own noun counted it); «ومن بين القتلى 27 طفلا و3
            // إناث» still counts the 3.
            var endOfItemBefore = ListItemJoinedAt(qualifierStart) - 1;
            for (var j = qualifierStart - 1; j >= 0 && j >= qualifierStart - 5 && _view.SameClause(j, qualifierStart); j--)
            {
                if (j == endOfItemBefore) continue;
                if (_view.Is(j, TokenType.Word) && NotAFactCues.CasualtyHeads.TryGet(_view.Span(j), Clitics.Particles, out var head))
                    return new KindReading(head, "person", j, 0.7);
                // «وإضافة إلى القتلى أجلت السلطات 4500 شخص»: a verb of another action between them governs the figure.
                // (Nouns do not: «عدد القتلى في مخيم الركبان إلى 12», «منذ عودة الاشتباكات».)
                if (_view.Is(j, TokenType.Word) && OtherActionVerbs.Contains(_view.Span(j), Clitics.Conjunction)) break;
            }
            return q.IsYearLike ? null : PersonCueRightBefore(q, qualifierStart, cue => cue is not (Cue.Presence or Cue.Displaced or Cue.Other));
        }

        switch (noun.Role)
        {
            case NounRole.Casualty:
            {
                // Detainees and hostages are a state, not the act: «مقتل 330 من رهائن», «بقتل آلاف المعتقلين» count the dead,
                // and «الإفراج عن آلاف المعتقلين» arrests no one.
                if (MightCauseBefore(qualifierStart)) return null;
                if (noun.Kind is FactKind.Arrested or FactKind.Abducted && ActRightBefore(qualifierStart) is { } act)
                    return act switch
                    {
                        Cue.Killed => new KindReading(FactKind.Killed, noun.Unit, nounAt, 0.8),
                        Cue.Wounded => new KindReading(FactKind.Wounded, noun.Unit, nounAt, 0.8),
                        _ => new KindReading(FactKind.Other, noun.Unit, nounAt, 0.4),
                    };
                return new KindReading(noun.Kind!.Value, noun.Unit, nounAt, 0.9);
            }
            case NounRole.Strike:
                return new KindReading(FactKind.Strikes, noun.Unit, nounAt, 0.9);
            case NounRole.Operation:
                if (nounAt + 1 < _view.Count && _view.Is(nounAt + 1, TokenType.Word) && CountedNouns.AttackAdjectives.Contains(_view.Span(nounAt + 1), Clitics.All))
                    return new KindReading(FactKind.Other, "attack", nounAt, 0.4);
                return new KindReading(FactKind.Operations, noun.Unit, nounAt, 0.85);
            case NounRole.Attack:
                return new KindReading(FactKind.Other, noun.Unit, nounAt, 0.4);
            case NounRole.Money:
                return new KindReading(FactKind.Funding, CurrencyCode(noun, nounAt), nounAt, 0.85);
            case NounRole.OtherUnit:
                return new KindReading(FactKind.Other, noun.Unit, nounAt, 0.4);
            case NounRole.Materiel:
            {
                // Seized items come in lists across commas: «العثور على 3 أحزمة، وعدد من الأسلحة، … و8 أجهزة».
                var seizedAt = FindCue(q.First, spanLast, cues => cues.Contains(Cue.Seized) ? Cue.Seized : null, out var sameClause, ListWindow);
                return seizedAt >= 0
                    ? new KindReading(FactKind.Seized, noun.Unit, seizedAt, sameClause ? 0.85 : 0.7)
                    : new KindReading(FactKind.Other, noun.Unit == "item" ? "item" : noun.Unit, nounAt, 0.3);
            }
            case NounRole.Person or NounRole.Family:
            {
                var target = noun.Role == NounRole.Family ? FactTarget.Civilians : noun.Target;
                Cue? found = null;
                var at = FindCue(qualifierStart, spanLast, cues => PersonCue(cues, target), out var sameClause, CrossClauseWindow);
                if (at >= 0) found = CueAt(at, target);
                if (found is null or Cue.Other || Negated(at)) return null;
                var kind = KindOf(found.Value);
                if (kind == FactKind.MilitantStrength && noun.Role == NounRole.Family) return null;
                return new KindReading(kind, noun.Unit, at, sameClause ? 0.85 : 0.65);
            }
            default:
                return null;
        }
    }

    private Cue? CueAt(int at, FactTarget target)
    {
        if (IsKillingOn(at)) return Cue.Killed;
        return KindCues.TryGet(_view.Span(at), out var cues) ? PersonCue(cues, target) : null;
    }

    /// <summary>The cue a word gives for a count of people of this side, if it fits them.</summary>
    private static Cue? PersonCue(Cue[] cues, FactTarget target)
    {
        foreach (var cue in cues)
        {
            switch (cue)
            {
                case Cue.Killed or Cue.Wounded or Cue.Arrested or Cue.Abducted or Cue.Other:
                    return cue;
                case Cue.Displaced when target is FactTarget.Civilians or FactTarget.Unknown:
                    return cue;
                case Cue.Presence when target is FactTarget.Militants:
                    return cue;
            }
        }
        return null;
    }

    private static FactKind KindOf(Cue cue) => cue switch
    {
        Cue.Killed => FactKind.Killed,
        Cue.Wounded => FactKind.Wounded,
        Cue.Arrested => FactKind.Arrested,
        Cue.Abducted => FactKind.Abducted,
        Cue.Displaced => FactKind.Displaced,
        Cue.Presence => FactKind.MilitantStrength,
        _ => FactKind.Seized,
    };

    /// <summary>«القضاء على» is killing; «القضاء» alone is the judiciary.</summary>
    private bool IsKillingOn(int at) =>
        _view.Is(at, TokenType.Word) && WordMatcher.Matches(_view.Span(at), KindCues.Judiciary, Clitics.Particles)
        && at + 1 < _view.Count && _view.IsWord(at + 1, KindCues.On);

    /// <summary>
    /// The nearest governing cue: backwards in the clause, then forwards in the clause, then backwards in the sentence.
    /// Returns its token or -1.
    /// </summary>
    private int FindCue(int first, int last, Func<Cue[], Cue?> accept, out bool sameClause, int crossClauseWindow)
    {
        sameClause = true;
        var governed = false;
        var backwards = accept;
        for (var j = first - 1; j >= 0 && j >= first - ClauseWindow && _view.SameClause(j, first); j--)
        {
            if (Accepts(j, backwards)) return j;
            // «برصاص القوات الذي استهدف آلاف المتظاهرين», «سجون تضم آلاف المدنيين»: a verb of another act right before
            // the people governs them; an act before it was done to others. A state still may («مخيم … يضم 7500 نازح»).
            // (Farther off it belongs to the subject: «قتل قصف جوي استهدف وكرا لداعش 9 إرهابيين».)
            if (!governed && j >= first - GoverningReach && GovernsPeopleAfter(j) && OnlyPronounsBetween(j, first))
            {
                governed = true;
                backwards = cues => accept(cues) is Cue.Displaced or Cue.Presence ? accept(cues) : null;
            }
        }
        for (var j = last + 1; j < _view.Count && j <= last + ForwardWindow && _view.SameClause(j, last); j++)
        {
            // «قوة من 500 مقاتل وأن نحو 100 منهم قتلوا»: another figure or reported clause has its own verb.
            if (_view.Is(j, TokenType.Number) || (_view.Is(j, TokenType.Word) && ClauseOpeners.Contains(_view.Span(j), Clitics.Conjunction))) break;
            if (_view.Is(j, TokenType.Word) && KindCues.TryGetIndefinite(_view.Span(j), out var cues) && accept(cues) is not null) return j;
        }
        sameClause = false;
        if (governed) return -1;
        for (var j = first - 1; j >= 0 && j >= first - crossClauseWindow && _view.SameSentence(j, first); j--)
            if (!_view.SameClause(j, first) && Accepts(j, accept)) return j;
        return -1;
    }

    /// <summary>How near before the people a verb of another act must stand to govern them («شارك فيها نحو 40 ألف شخص»).</summary>
    private const int GoverningReach = 6;

    /// <summary>
    /// «شارك فيها خلال ذلك اليوم نحو 40 ألف شخص»: nothing but a pronoun or a time between the verb and the people (not
    /// an object of its own: «القناص الذي استهدف المتظاهرين 12 شخصا»).
    /// </summary>
    private bool OnlyPronounsBetween(int verb, int first)
    {
        for (var k = verb + 1; k < first; k++)
            if (!_view.Is(k, TokenType.Word) || !(PronounObjects.Contains(_view.Span(k), Clitics.None) || TimeWords.Contains(_view.Span(k), Clitics.Conjunction)
                || DayWords.Contains(_view.Span(k), Clitics.Particles | Clitics.Article))) return false;
        return true;
    }

    private static readonly Lexicon<bool> PronounObjects = new(new[] { "فيها", "فيه", "فيهم", "بها", "به", "عليها", "عليه", "لها", "له" }.Select(w => (w, true)));
    private static readonly Lexicon<bool> TimeWords = new(new[] { "خلال", "ذلك", "تلك", "هذا", "هذه", "يوم", "صباح", "مساء", "ليلة", "فجر", "حينها", "وقتها" }.Select(w => (w, true)));

    private bool GovernsPeopleAfter(int j)
    {
        if (!_view.Is(j, TokenType.Word)) return false;
        var word = _view.Span(j);
        if (!OtherActionVerbs.Contains(word, Clitics.Conjunction) && !VerbsOfOtherActs.Contains(word, Clitics.Conjunction)) return false;
        // «خلية إرهابية تضم 4 عناصر»: the members of a group arrested or killed with it.
        if (Containing.Contains(word, Clitics.Conjunction))
            for (var k = j - 1; k >= 0 && k >= j - 2; k--)
                if (_view.Is(k, TokenType.Word) && Groups.Contains(_view.Span(k), Clitics.Particles | Clitics.Article)) return false;
        return true;
    }

    private static readonly Lexicon<bool> Containing = new(new[] { "تضم", "يضم", "ضم", "ضمت" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> Groups = new(new[]
    {
        "خلية", "خلايا", "شبكة", "شبكات", "عصابة", "عصابات", "مجموعة", "مجموعات", "مجاميع", "قوة", "مفرزة", "زمرة", "كتيبة", "فرقة", "جماعة",
    }.Select(w => (w, true)));

    private bool Accepts(int j, Func<Cue[], Cue?> accept)
    {
        if (!_view.Is(j, TokenType.Word)) return false;
        if (IsKillingOn(j)) return accept([Cue.Killed]) is not null;
        if (IsNamedReturn(j) || IsRedoing(j) || SentencedToDeath(j)) return false;
        return KindCues.TryGet(_view.Span(j), out var cues) && accept(cues) is not null;
    }

    /// <summary>«مسيرات العودة», «جمعة العودة»: the name of a protest, not people returning.</summary>
    private bool IsNamedReturn(int j) =>
        _view.Is(j - 1, TokenType.Word) && ReturnNames.Contains(_view.Span(j - 1), Clitics.Conjunction) && WordMatcher.Matches(_view.Span(j), Return, Clitics.All);

    /// <summary>«إعادة النظر», «إعادة الإعمار»: doing something again, not bringing people back.</summary>
    private bool IsRedoing(int j) =>
        WordMatcher.Matches(_view.Span(j), Redo, Clitics.Particles | Clitics.Article) && _view.Is(j + 1, TokenType.Word) && RedoneThings.Contains(_view.Span(j + 1), Clitics.None);

    private static readonly string Redo = ArabicNormalizer.NormalizeWord("إعادة");
    private static readonly Lexicon<bool> RedoneThings = new(new[]
    {
        "النظر", "الإعمار", "إعمار", "بناء", "تأهيل", "هيكلة", "فتح", "انتشار", "تشغيل", "تموضع", "ترتيب", "تنظيم", "الانتشار", "التموضع",
    }.Select(w => (w, true)));

    // (Not «حق العودة»: Iraqi news speaks of the displaced families' right to return home.)
    private static readonly Lexicon<bool> ReturnNames = new(new[] { "مسيرة", "مسيرات", "مسيرتي", "يوم", "جمعة" }.Select(w => (w, true)));
    private static readonly string Return = ArabicNormalizer.NormalizeWord("عودة");

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
                // (Money a war left to pay for is no total over it: «يحتاج العراق إلى 88.2 مليار دولار … الحرب».)
                if (kind != FactKind.Funding && (_view.SameClause(j, first) || _view.SameClause(j, last)) && IsWarAsPeriod(j) && !OneEventNamed(first, last)
                    && !OtherClauseBetween(last, j))
                    return FactScope.Cumulative;
                // «قتل مئات الأشخاص خلال 12 يوما من القصف»
                if (WordMatcher.Matches(_view.Span(j), ScopeCues.During, Clitics.Conjunction) && QuantityParser.TryParse(_view, j + 1, out var length)
                    && (length.Last < first || length.First > last) && _view.Is(length.Last + 1, TokenType.Word)
                    && ScopeCues.CountedPeriods.Contains(_view.Span(length.Last + 1), Clitics.None))
                    return FactScope.Cumulative;
                if (WordMatcher.Matches(_view.Span(j), ScopeCues.Since, Clitics.Conjunction) && j + 1 < _view.Count
                    && !(_view.Is(j + 1, TokenType.Word) && ScopeCues.ShortAgo.Contains(_view.Span(j + 1), Clitics.All))
                    && !(_view.Is(j + 1, TokenType.Word) && QuantityParser.TryParse(_view, j + 1, out var ago) && !ago.IsYearLike && _view.Is(j + 2, TokenType.Word)
                         && ScopeCues.ShortAgo.Contains(_view.Span(j + 2), Clitics.All))
                    && !(_view.Is(j + 1, TokenType.Number) && !IsYearToken(j + 1)
                         // «منذ 18 شباط/فبراير»: since a day, not a moment ago. («منذ 3 أشهر» may be either: left an incident.)
                         && !(_view.Is(j + 2, TokenType.Word) && NotAFactCues.Months.Contains(_view.Span(j + 2), Clitics.None))))
                    return FactScope.Cumulative;
            }
            else if (IsYearToken(j) && (j >= first - YearWindow && j <= last + YearWindow) && _view.Is(j - 1, TokenType.Word) && ScopeCues.YearPeriodWords.Contains(_view.Span(j - 1), Clitics.Particles)
                     && !(_view.Is(j - 2, TokenType.Word) && NotAFactCues.Months.Contains(_view.Span(j - 2), Clitics.Particles)))
            {
                return FactScope.Cumulative;
            }
        }
        // «ومنذ 18 شباط/فبراير الماضي، بدأت قوات النظام حملة قصف عنيف على الغوطة، ما أسفر عن مقتل أكثر من 650 مدنيا»:
        // what a campaign since a date caused is a total since then, however far the date stands before it.
        if (CausedRightBefore(first) && SinceDateBefore(first)) return FactScope.Cumulative;
        return FactScope.Incident;
    }

    private bool CausedRightBefore(int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - 6 && _view.SameClause(j, first); j--)
            if (_view.Is(j, TokenType.Word) && ScopeCues.Causing.Contains(_view.Span(j), Clitics.Conjunction)) return true;
        return false;
    }

    /// <summary>«منذ 18 شباط», «منذ شباط», «منذ 2014» earlier in the sentence, with no day named after it.</summary>
    private bool SinceDateBefore(int first)
    {
        for (var j = first - 1; j >= 0 && _view.SameSentence(j, first); j--)
        {
            if (!_view.Is(j, TokenType.Word) || !WordMatcher.Matches(_view.Span(j), ScopeCues.Since, Clitics.Conjunction)) continue;
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

    private static readonly Lexicon<bool> Relatives = new(new[] { "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي" }.Select(w => (w, true)));

    /// <summary>
    /// A day or a single event in the figure's clause («أمس», «يوم الجمعة», «12 حزيران», «بهجوم», «في مجزرة سبايكر»,
    /// «في يوم واحد»): the figure is that event's, whatever war or multitude the clause speaks of.
    /// </summary>
    private bool OneEventNamed(int first, int last)
    {
        for (var j = Math.Max(0, first - ScopeWindow); j < _view.Count && j <= last + ScopeWindow; j++)
        {
            if ((j >= first && j <= last) || !(_view.SameClause(j, first) || _view.SameClause(j, last)) || !_view.Is(j, TokenType.Word)) continue;
            var word = _view.Span(j);
            if (DayWords.Contains(word, Clitics.Particles | Clitics.Article) && !(_view.Is(j - 1, TokenType.Word) && PeriodEdges.Contains(_view.Span(j - 1), Clitics.Conjunction)))
                return true;
            if (ScopeCues.SingleEvents.Contains(word, Clitics.Particles | Clitics.Article)) return true;
            // «قتلوا في الحرب ضد داعش الأسبوع الماضي»
            if (WordMatcher.Matches(word, LastWeek, Clitics.None) && _view.Is(j + 1, TokenType.Word) && WordMatcher.Matches(_view.Span(j + 1), Past, Clitics.None)) return true;
            if (NotAFactCues.Months.Contains(word, Clitics.None) && _view.Is(j - 1, TokenType.Number) && !IsYearToken(j - 1)) return true;
        }
        return false;
    }

    private bool IsYearToken(int j) =>
        _view.Is(j, TokenType.Number) && QuantityParser.TryReadDigits(_view.Span(j), out var v, out var plain) && plain && v is >= 1900 and <= 2100;

    /// <summary>The total a breakdown part belongs to, when the figure follows بينهم/منهم or continues a breakdown with و.</summary>
    private FactDraft? BreakdownTotal(int qualifierStart, List<FactDraft> earlier)
    {
        if (earlier.Count == 0) return null;
        var previous = earlier[^1];
        if (!_view.SameSentence(previous.FirstToken, qualifierStart) || previous.LastToken >= qualifierStart) return null;
        var opener = false;
        for (var j = qualifierStart - 1; j >= previous.LastToken + 1 && j >= qualifierStart - 3; j--)
        {
            if (_view.Is(j, TokenType.Word) && AttributionCues.Breakdown.Contains(_view.Span(j), Clitics.All)) { opener = true; break; }
        }
        FactDraft? total = null;
        // (The dead and wounded together, «1000 قتيل وجريح، بينهم عشرات القادة», are «other» people; their parts too.)
        if (opener && !previous.IsBreakdownPart && (FactDraft.IsCasualty(previous.Kind) || previous is { Kind: FactKind.Other, Unit: "person" })) total = previous;
        else if (opener && previous.IsBreakdownPart) total = earlier.LastOrDefault(d => !d.IsBreakdownPart);
        else if (previous.IsBreakdownPart && qualifierStart - previous.LastToken <= 3 && StartsWithAnd(qualifierStart))
            total = earlier.LastOrDefault(d => !d.IsBreakdownPart);
        return total is not null && _view.SameSentence(total.FirstToken, qualifierStart) ? total : null;
    }

    /// <summary>
    /// Where the «و» joining the figure at <paramref name="at"/> to a list stands: the token before it when written
    /// apart («و 8.500»), the figure's own first token when glued («و8.500» is split, «وثمانية», «ونحو» are not); -1 when none.
    /// </summary>
    private int ListItemJoinedAt(int at)
    {
        if (_view.IsWord(at - 1, NumberWords.And)) return at - 1;
        if (!_view.Is(at, TokenType.Word) || _view.Span(at) is not ['و', _, ..] word) return -1;
        // «واحد» begins with و but is one word; «وثمانية» is a number word with its conjunction.
        if (NumberWords.TryGet(word, out _, out var hadConjunction) && !hadConjunction) return -1;
        return at;
    }

    /// <summary>«… وأصيب أمس 12 جنديا»: a day of its own makes the figure one event.</summary>
    private bool DayNamedBetween(int from, int to)
    {
        for (var j = from + 1; j <= to + 2 && j < _view.Count; j++)
            if (_view.Is(j, TokenType.Word) && DayWords.Contains(_view.Span(j), Clitics.Particles | Clitics.Article)
                // «منذ الاثنين الماضي», «حتى اليوم»: a period from or up to that day.
                && !(_view.Is(j - 1, TokenType.Word) && PeriodEdges.Contains(_view.Span(j - 1), Clitics.Conjunction))) return true;
        return false;
    }

    private static readonly Lexicon<bool> PeriodEdges = new(new[] { "منذ", "حتى", "خلال", "لغاية" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> DayWords = new(new[]
    {
        "أمس", "اليوم", "الليلة", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    }.Select(w => (w, true)));

    /// <summary>Finite verbs of acts other than killing and wounding, done to people: they govern the figure after them.</summary>
    private static readonly Lexicon<bool> OtherActionVerbs = new(new[]
    {
        "أجلت", "أجلى", "أجلوا", "اعتقلت", "اعتقل", "اعتقلوا", "أوقفت", "أوقف", "اختطف", "اختطفت", "خطفت", "خطفوا", "اختطفوا",
        "نزح", "نزحوا", "فر", "فروا", "هجر", "هجرت", "احتجز", "احتجزت", "أسرت", "أسر", "أنقذت", "أنقذ", "أفرجت", "أفرج",
    }.Select(w => (w, true)));

    /// <summary>Verbs that take people as their object without harming, holding or moving them: they govern the figure after them.</summary>
    private static readonly Lexicon<bool> VerbsOfOtherActs = new(new[]
    {
        "استهدف", "استهدفت", "استهدفوا", "يستهدف", "تستهدف", "تضم", "يضم", "ضم", "ضمت", "تؤوي", "يؤوي", "استقبل", "استقبلت", "يستقبل", "تستقبل",
        "شارك", "شاركت", "شاركوا", "يشارك", "تشارك", "جمعت", "نظمت",
        // (Not «حشد», «جمع», «نظم»: also nouns, as in «قتل حشد العشائر 5 إرهابيين».)
    }.Select(w => (w, true)));

    /// <summary>A killing, a wounding or a release (Cue.Other) named just before the figure («بقتل»، «الإفراج عن»، «إطلاق سراح»).</summary>
    private Cue? ActRightBefore(int qualifierStart)
    {
        // «عشرات القتلى ومئات المفقودين»: a figure joined by «و» follows the item before it, not a verb.
        if (ListItemJoinedAt(qualifierStart) >= 0) return null;
        var at = qualifierStart - 1;
        if (_view.Is(at, TokenType.Word) && (CuePrepositions.Contains(_view.Span(at), Clitics.None) || _view.IsWord(at, Release))) at--;
        if (!_view.Is(at, TokenType.Word) || !KindCues.TryGet(_view.Span(at), out var cues) || Negated(at)) return null;
        return cues.Contains(Cue.Killed) ? Cue.Killed : cues.Contains(Cue.Wounded) ? Cue.Wounded : cues.Contains(Cue.Other) ? Cue.Other : null;
    }

    private static readonly string Release = ArabicNormalizer.NormalizeWord("سراح");

    /// <summary>«مقتل وإصابة 9 جنود», «قتل وجرح 5»: one figure for the dead and the wounded together.</summary>
    private bool KilledAndWoundedBefore(int qualifierStart, List<FactDraft> earlier)
    {
        int first = qualifierStart - 2, second = qualifierStart - 1;
        if (!_view.Is(first, TokenType.Word) || !_view.Is(second, TokenType.Word) || _view.Span(second) is not ['و', _, ..]) return false;
        // «19 شخصا قتلوا وأصيب 57 آخرون», «لقي فتيان حتفهما وأصيب 15»: the first verb closes the figure before it.
        if (_view.Span(first) is [.., 'و', 'ا'] or [.., 'ه', 'م'] or [.., 'ه', 'م', 'ا']) return false;
        // «بأن طفلا قتل وأصيب أربعة», «مستشارين اثنين قتلا وأصيب خمسة»: the verb's subject stands before it.
        if (_view.Is(first - 1, TokenType.Number) || QuantityParser.TryParse(_view, first - 1, out _)
            || (_view.Is(first - 1, TokenType.Word) && CountedNouns.TryGet(_view.Span(first - 1), out var subject) && subject.Role is NounRole.Person or NounRole.Casualty))
            return false;
        if (earlier.Count > 0 && earlier[^1].LastToken >= first - 4 && _view.SameSentence(earlier[^1].LastToken, first)) return false;
        if (!KindCues.TryGet(_view.Span(first), out var a) || !KindCues.TryGet(_view.Span(second), out var b)) return false;
        return (a.Contains(Cue.Killed) && b.Contains(Cue.Wounded)) || (a.Contains(Cue.Wounded) && b.Contains(Cue.Killed));
    }

    private bool DeadAndWoundedAfter(int last)
    {
        var j = last + 1;
        // «سقوط 70 قتيل وجريح», «مئات القتلى والجرحى»: the counted noun itself joins the dead and the wounded.
        if (_view.Is(last, TokenType.Word) && DeadWords.Contains(_view.Span(last), Clitics.AccusativeAlif | Clitics.Article)
            && _view.Is(j, TokenType.Word) && WoundedWords.Contains(_view.Span(j), Clitics.Conjunction | Clitics.AccusativeAlif | Clitics.Article) && _view.Span(j)[0] == 'و') return true;
        // «8050 مدنيا أفغانيا سقطوا بين قتيل وجريح»: an adjective and the verb may stand between.
        for (var skipped = 0; skipped < 2 && _view.Is(j, TokenType.Word) && !_view.IsWord(j, Between) && _view.SameClause(j, last); skipped++) j++;
        if (_view.IsWord(j, What)) j++;
        return _view.IsWord(j, Between) && _view.Is(j + 1, TokenType.Word) && _view.Is(j + 2, TokenType.Word)
            && DeadWords.Contains(_view.Span(j + 1), Clitics.None) && WoundedWords.Contains(_view.Span(j + 2), Clitics.Conjunction);
    }

    // «و3 آخرين», and a leader's companions: «مقتل والي داعش و4 من مساعديه/مرافقيه/حراسه».
    private static readonly Lexicon<bool> Others = new(new[]
    {
        "آخرين", "آخرون", "آخر", "أخرى", "آخران", "مساعديه", "مساعدي", "مرافقيه", "مرافقي", "حراسه",
    }.Select(w => (w, true)));

    private static readonly string What = ArabicNormalizer.NormalizeWord("ما");
    private static readonly string Between = ArabicNormalizer.NormalizeWord("بين");
    private static readonly Lexicon<bool> DeadWords = new(new[] { "قتيل", "قتلى", "شهيد", "شهداء" }.Select(w => (w, true)));
    private static readonly Lexicon<bool> WoundedWords = new(new[] { "جريح", "جرحى", "مصاب", "مصابين", "مصابون" }.Select(w => (w, true)));

    private bool StartsWithAnd(int at) =>
        (_view.IsWord(at - 1, NumberWords.And)) || (_view.Is(at, TokenType.Word) && _view.Span(at)[0] == 'و');

    private static void ApplyBreakdownTarget(FactDraft total)
    {
        if (!FactDraft.IsCasualty(total.Kind)) return;
        var sides = total.Parts.Select(p => p.Target).Where(t => t is not null and not FactTarget.Unknown).Distinct().ToList();
        if (sides.Count > 1 || (sides.Count == 1 && total.Target is not null && total.Target != FactTarget.Unknown && total.Target != sides[0]))
            total.Target = FactTarget.Mixed;
    }

    private string CurrencyCode(NounInfo noun, int nounAt)
    {
        if (nounAt + 1 < _view.Count && _view.Is(nounAt + 1, TokenType.Word) && CountedNouns.CurrencyNationality.TryGet(_view.Span(nounAt + 1), Clitics.All, out var code))
            return code;
        return noun.Unit;
    }

    /// <summary>The counted noun: right after the figure, after «من» (5 من عناصر), or before «واحد».</summary>
    private int FindCountedNoun(Quantity q, int last, out NounInfo? noun)
    {
        noun = null;
        if (q.NounIsOwnToken)
        {
            if (CountedNouns.TryGet(_view.Span(q.First), out var own)) { noun = own; return q.First; }
            return -1;
        }
        if (q.TrailingOne)
        {
            if (q.First > 0 && _view.Is(q.First - 1, TokenType.Word) && CountedNouns.TryGet(_view.Span(q.First - 1), out var before) && before.Role != NounRole.OtherUnit)
            {
                noun = before;
                return q.First - 1;
            }
            return -1;
        }
        var n = last + 1;
        if (_view.IsPunct(n, ')') && _view.IsPunct(q.First - 1, '(')) n++;
        if (n >= _view.Count || !_view.SameSentence(n, q.First)) return -1;
        if (_view.IsPunct(n, '%'))
        {
            noun = new NounInfo(NounRole.OtherUnit, "percent");
            return n;
        }
        if (_view.IsPunct(n, '"') && _view.Is(n + 1, TokenType.Word)) n++;
        if (!_view.Is(n, TokenType.Word)) return -1;
        var word = _view.Span(n);
        // A counted noun after a figure is indefinite (5 عمليات); a definite one is not counted by it
        // («البيان رقم 28 للعملية»), except after vague words and أحد (عشرات المسلحين، أحد الإرهابيين).
        var definiteAllowed = q.Vague || q.OneOf || q.Fraction;
        if (CountedNouns.Nouns.TryFind(word, Clitics.All, out var hit) && !hit.HadPreposition && !hit.HadConjunction && (definiteAllowed || !hit.HadArticle))
        {
            // «وشيع عدة آلاف القتيلين»: the two dead, not what thousands count. (Without the article a dual form may be
            // a plural too: «أربعة شرطيين».)
            if (q.Min != 2 && hit.HadArticle && CountedNouns.Duals.Contains(word, Clitics.All)) return -1;
            noun = hit.Value;
            return n;
        }
        if (!definiteAllowed && (IsNisba(word) || (q.Min >= 11 && IsSingularNisba(word))))
        {
            // «25 فلسطينيا»، «3 أمريكيين»: a relative adjective counts people.
            noun = new NounInfo(NounRole.Person, "person");
            return n;
        }
        if ((word.SequenceEqual(InWord)) && n + 1 < _view.Count && (_view.IsWord(n + 1, Hundred) || _view.IsWord(n + 1, HundredAlt)))
        {
            noun = new NounInfo(NounRole.OtherUnit, "percent");
            return n + 1;
        }
        if (AttributionCues.Breakdown.Contains(word, Clitics.None) && word.StartsWith(From))
        {
            // «المئات منهم»: the people the clause already speaks of.
            noun = new NounInfo(NounRole.Person, "person");
            return n;
        }
        if (word.SequenceEqual(From) && n + 1 < _view.Count)
        {
            // «5 من عناصر», «5 من كبار مسؤولي»
            var m = n + 1;
            if (_view.Is(m, TokenType.Word) && RankAdjectives.Contains(_view.Span(m), Clitics.None) && m + 1 < _view.Count) m++;
            if (_view.Is(m, TokenType.Word) && CountedNouns.TryGet(_view.Span(m), out var after) && after.Role is not NounRole.OtherUnit)
            {
                noun = after;
                return m;
            }
        }
        return -1;
    }

    private bool IsPlainWord(int index) =>
        _view.Is(index, TokenType.Word) && _view.Tokens[index].Length > 2 && !CountedNouns.Nouns.Contains(_view.Span(index), Clitics.All) && !AttributionCues.Stops.Contains(_view.Span(index), Clitics.None)
        && !QuantityParser.TryParse(_view, index, out _) && !KindCues.TryGet(_view.Span(index), out _)
        && !QualifierPhrases.After.TryMatchAt(_view, index, Clitics.None, out _, out _);

    private static readonly Lexicon<bool> ClauseOpeners = new(new[] { "أن", "إن", "بأن", "الذي", "التي", "الذين", "حيث", "بينما", "فيما" }.Select(w => (w, true)));

    private static readonly string[] DenyingVerbWords = ["نفى", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "نافيا", "نافية"];

    /// <summary>Denials: the cue one or two words after them is no event («نفى مقتل», «لم يسفر عن مقتل»).</summary>
    private static readonly Lexicon<bool> Negations = new(DenyingVerbWords.Concat(["لم", "لا", "عدم", "دون", "نفي"]).Select(w => (w, true)));

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
        "يعتزم", "يعتزمون", "ينوي", "ينوون", "نية", "بنية", "هدد", "هددت", "يهدد", "تهدد", "تهديد", "مهددا",
    }.Select(w => (w, true)));

    private bool Negated(int cue)
    {
        for (var j = cue - 1; j >= 0 && j >= cue - 2 && _view.SameClause(j, cue); j--)
            if (_view.Is(j, TokenType.Word) && Negations.Contains(_view.Span(j), Clitics.Conjunction)) return true;
        // «نفى مصدر أمني مقتل 3 جنود»: a denying verb governs the cue across its subject.
        for (var j = cue - 3; j >= 0 && j >= cue - 4 && _view.SameClause(j, cue); j--)
            if (_view.Is(j, TokenType.Word) && DenyingVerbs.Contains(_view.Span(j), Clitics.Conjunction)) return true;
        if (MightCauseBefore(cue)) return true;
        if (SentencedToDeath(cue)) return true;
        if (!_view.Is(cue, TokenType.Word) || _view.Span(cue) is ['و', _, ..]) return false; // «… محاولة اقتحام وقتل 3»: an act of its own
        if (_view.Is(cue - 1, TokenType.Word) && Intentions.Contains(_view.Span(cue - 1), Clitics.Conjunction) && _view.SameClause(cue - 1, cue)) return true;
        // «هدد داعش بقتل 10 رهائن», «يهدد فيه بإعدام», «محاولة لداعش لاختطاف 4»: the cue with ب or ل is the object of a
        // threat or attempt a word or two before it.
        if (_view.Span(cue) is not (['ب', _, ..] or ['ل', _, ..])) return false;
        for (var j = cue - 2; j >= 0 && j >= cue - 3 && _view.SameClause(j, cue); j--)
            if (_view.Is(j, TokenType.Word) && Intentions.Contains(_view.Span(j), Clitics.Conjunction)) return true;
        return false;
    }

    /// <summary>
    /// «قضت المحكمة بإعدام 75 متهما», «أحكاما بالإعدام بحق 17»: a death sentence kills no one yet; «نفذت السلطات صباح الجمعة
    /// حكم الإعدام بحق 12» carries it out. (A cue search passes over it: «عقوبة الإعدام إن 133 شخصا أعدموا».)
    /// </summary>
    private bool SentencedToDeath(int cue)
    {
        if (!_view.Is(cue, TokenType.Word) || !WordMatcher.Matches(_view.Span(cue), Execution, Clitics.All)) return false;
        for (var j = cue - 1; j >= 0 && j >= cue - 3 && _view.SameClause(j, cue); j--)
        {
            if (!_view.Is(j, TokenType.Word) || !Sentencing.Contains(_view.Span(j), Clitics.All)) continue;
            for (var k = j - 1; k >= 0 && k >= j - 5 && _view.SameClause(k, j); k--)
                if (_view.Is(k, TokenType.Word) && CarriedOut.Contains(_view.Span(k), Clitics.All)) return false;
            return true;
        }
        return false;
    }

    private static readonly string Execution = ArabicNormalizer.NormalizeWord("إعدام");

    private static readonly Lexicon<bool> Sentencing = new(new[]
    {
        "حكم", "حكما", "حكمها", "حكمه", "أحكام", "أحكاما", "قضت", "قضى", "تقضي", "يقضي", "عقوبة", "عقوبات", "إنزال", "المفتي",
        "طالبت", "طالب", "يواجه", "يواجهون", "تواجه", "صدور", "إصدار", "أصدرت", "أصدر",
    }.Select(w => (w, true)));

    private static readonly Lexicon<bool> CarriedOut = new(new[] { "نفذ", "نفذت", "نفذوا", "تنفيذ", "ينفذ", "تنفذ" }.Select(w => (w, true)));

    /// <summary>«مخاوف من أن يؤدي القتال إلى سقوط الآلاف», «قد يسفر عن مقتل»: what might follow has not happened.</summary>
    private bool MightCauseBefore(int at)
    {
        for (var j = at - 1; j >= 1 && j >= at - 6 && _view.SameClause(j, at); j--)
            if (_view.Is(j, TokenType.Word) && MightCause.Contains(_view.Span(j), Clitics.None) && _view.Is(j - 1, TokenType.Word)
                && Possibility.Contains(_view.Span(j - 1), Clitics.Conjunction)
                // «استمرت الاشتباكات ساعات قبل أن تسفر عن مقتل 3»: what followed, told.
                && !(_view.Is(j - 2, TokenType.Word) && Sequence.Contains(_view.Span(j - 2), Clitics.None))) return true;
        return false;
    }

    private static readonly Lexicon<bool> Sequence = new(new[] { "قبل", "بعد" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> MightCause = new(new[] { "يؤدي", "تؤدي", "يسفر", "تسفر", "يتسبب", "تتسبب", "يخلف", "تخلف" }.Select(w => (w, true)));
    private static readonly Lexicon<bool> Possibility = new(new[] { "أن", "قد", "لئلا", "ربما" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> CuePrepositions = new(new[] { "على", "عن", "إلى", "الى" }.Select(w => (w, true)));

    /// <summary>«كبار/أبرز» before the counted noun: «5 من كبار قادة التنظيم».</summary>
    private static readonly Lexicon<bool> RankAdjectives = new(new[] { "كبار", "أبرز", "أخطر", "قادة", "قيادات", "أهم" }.Select(w => (w, true)));

    /// <summary>Relative adjectives and sound masculine plurals: «فلسطينيين»، «مشجعين»، «صيادون».</summary>
    private static bool LooksLikePeople(ReadOnlySpan<char> word) =>
        IsNisba(word) || IsSingularNisba(word) || (word.Length >= 5 && (word.EndsWith("ين") || word.EndsWith("ون")));

    private static bool IsNisba(ReadOnlySpan<char> word) =>
        word.Length >= 5 && !word.StartsWith("ال") && !word.StartsWith("اخري") && !word.StartsWith("و") && (word.EndsWith("يين") || word.EndsWith("يون") || word.EndsWith("يا"));

    /// <summary>«2000 فلسطيني»: after eleven and more the counted noun is singular.</summary>
    private static bool IsSingularNisba(ReadOnlySpan<char> word) =>
        word.Length >= 5 && !word.StartsWith("ال") && !word.StartsWith("و") && word[^1] == 'ي' && word[^2] is not ('ا' or 'و' or 'ي');

    private bool TryRangeEnd(Quantity q, out Quantity end)
    {
        end = default;
        var j = q.Last + 1;
        if (j >= _view.Count || !_view.SameSentence(j, q.First)) return false;
        var opener = RangeOpenerStart(q.First) < q.First;
        int next;
        if (_view.IsPunct(j, '-'))
        {
            next = j + 1;
        }
        else if (_view.Is(j, TokenType.Word) && opener && (_view.IsWord(j, NumberWords.And) || QualifierPhrases.RangeJoiners.Contains(_view.Span(j), Clitics.None)))
        {
            next = j + 1;
        }
        else if (opener && _view.Is(j, TokenType.Word) && _view.Span(j)[0] == 'و' && NumberWords.TryGet(_view.Span(j), out _, out var conj) && conj)
        {
            next = j;
        }
        else return false;
        if (next >= _view.Count || !QuantityParser.TryParse(_view, next, out end)) return false;
        if (end.Vague || end.OneOf || end.Fraction) return false;
        if (_view.Is(q.First - 1, TokenType.Latin) || _view.Is(end.Last + 1, TokenType.Latin)) return false;
        return end.Max > q.Min || (q.Scale == 1 && end.Scale > 1 && q.Min * end.Scale < end.Max);
    }

    /// <summary>Where «ما بين»/«بين»/«من» before the first figure of a range starts, or the figure itself.</summary>
    private int RangeOpenerStart(int first)
    {
        var j = first - 1;
        if (j < 0 || !_view.Is(j, TokenType.Word) || !QualifierPhrases.RangeOpeners.Contains(_view.Span(j), Clitics.Conjunction)) return first;
        if (_view.IsWord(j - 1, "ما")) return j - 1;
        return j;
    }

    /// <summary>Labels, dates, clock times, model numbers, years and counters.</summary>
    private bool IsNotACount(Quantity q)
    {
        var before = q.First - 1;
        var after = q.Last + 1;
        var digits = _view.Is(q.First, TokenType.Number);
        if (digits)
        {
            // F-16, AC-208, M16, أف 16: part of a name.
            if (_view.Is(before, TokenType.Latin)) return true;
            if (_view.IsPunct(before, '-') && (_view.Is(before - 1, TokenType.Latin) || (_view.Is(before - 1, TokenType.Word) && NotAFactCues.ModelPrefixes.Contains(_view.Span(before - 1))))) return true;
            if (_view.Is(before, TokenType.Word) && NotAFactCues.ModelPrefixes.Contains(_view.Span(before), Clitics.Particles)) return true;
            if (_view.Is(after, TokenType.Latin) && _view.GluedToNext(q.Last)) return true;
            if (_view.IsPunct(after, '-') && _view.Is(after + 1, TokenType.Latin)) return true;
            // 10:30, 6/23/2020, 23-6-2020
            if ((_view.IsPunct(after, ':') || _view.IsPunct(after, '/')) && _view.Is(after + 1, TokenType.Number)) return true;
            if ((_view.IsPunct(before, ':') || _view.IsPunct(before, '/')) && _view.Is(before - 1, TokenType.Number)) return true;
            if (_view.IsPunct(after, '-') && _view.Is(after + 1, TokenType.Number) && _view.IsPunct(after + 2, '-')) return true;
            if (_view.IsPunct(before, '-') && _view.Is(before - 1, TokenType.Number) && _view.IsPunct(before - 2, '-')) return true;
            if (_view.IsPunct(before, '#') || _view.IsPunct(before, '@')) return true;
        }
        // 10 أغسطس، أغسطس 2022، 5 حزيران
        if (_view.Is(after, TokenType.Word) && NotAFactCues.Months.Contains(_view.Span(after), Clitics.Particles)
            && !(_view.IsWord(after, "الثاني") || _view.IsWord(after, "الاول"))) return true;
        if (digits && _view.Is(before, TokenType.Word) && NotAFactCues.Months.Contains(_view.Span(before), Clitics.Particles)) return true;
        if (digits && (_view.IsPunct(before, '(') || _view.IsPunct(before, '"')) && _view.Is(before - 1, TokenType.Word)
            && NotAFactCues.Months.Contains(_view.Span(before - 1), Clitics.Particles)) return true;
        // Years: «عام 2014», «منذ 2003», bare years with no counted noun are dropped later.
        if (q.IsYearLike && _view.Is(before, TokenType.Word) && NotAFactCues.YearWords.Contains(_view.Span(before), Clitics.Particles)) return true;
        if (q.IsYearLike && (_view.IsPunct(before, '(') || _view.IsPunct(before, '-') || _view.IsPunct(after, ')'))) return true;
        // الساعة 500، المادة (4)، نسخته 21، الفرقة 16، الـ21
        if (digits && LabelBefore(q) && !CountedNounFollows(q)) return true;
        if (digits && _view.IsWord(before, The)) return true;
        // 0 تعليق، 2 مشاهدة
        if (_view.Is(after, TokenType.Word) && NotAFactCues.Furniture.Contains(_view.Span(after), Clitics.Particles)) return true;
        return false;
    }

    private bool LabelBefore(Quantity q)
    {
        var j = q.First - 1;
        if (_view.IsPunct(j, '(') || _view.IsPunct(j, '"') || _view.IsPunct(j, '[')) j--;
        if (_view.Is(j, TokenType.Word) && NotAFactCues.Labels.Contains(_view.Span(j), Clitics.Particles)) return true;
        // «رقم» may stand two words before: المادة رقم 4
        return false;
    }

    private bool CountedNounFollows(Quantity q)
    {
        var n = q.Last + 1;
        if (_view.IsPunct(n, ')')) n++;
        return _view.Is(n, TokenType.Word) && CountedNouns.TryGet(_view.Span(n), out var info) && info.Role is not NounRole.OtherUnit;
    }

    /// <summary>Lines of page furniture: no words but counters, bullets, dates; copyright lines.</summary>
    private static bool[] FindFurnitureParagraphs(TokenView view)
    {
        var paragraphs = view.Count == 0 ? 0 : view.Tokens[^1].Paragraph + 1;
        var words = new int[paragraphs];
        var copyright = new bool[paragraphs];
        for (var i = 0; i < view.Count; i++)
        {
            var token = view.Tokens[i];
            if (token.Type == TokenType.Word && token.Length > 1 && !NotAFactCues.Furniture.Contains(view.Span(i), Clitics.Particles)) words[token.Paragraph]++;
            else if (token.Type == TokenType.Punct && view.Text[token.Start] == '©') copyright[token.Paragraph] = true;
            else if (token.Type == TokenType.Latin && (view.Span(i).Equals("Copyright", StringComparison.OrdinalIgnoreCase) || view.Span(i).Equals("Rights", StringComparison.OrdinalIgnoreCase)))
                copyright[token.Paragraph] = true;
        }
        var result = new bool[paragraphs];
        for (var p = 0; p < paragraphs; p++) result[p] = words[p] == 0 || copyright[p];
        return result;
    }
}
