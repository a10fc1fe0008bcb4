using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Model;
using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Facts;

/// <summary>
/// Finds every figure in the token stream and reads what it counts: value, qualifier, counted noun, kind, target
/// and scope. Numbers that are labels, dates, times, models, years or page furniture are passed over.
/// </summary>
internal sealed partial class FactRecognizer
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
            && !ObjectFollows(i) && !InDeadAndWoundedPair(i))
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
        _view.SameClause(at, at + 1) && TryCuesAt(at, out var cues)
        && cues.Any(KindCues.IsAct) && !Negated(at);

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
            // «ما بين 1.500 و2.500 مليون»: the first end is a decimal too when the last one's millions made it one; «ما بين 500
            // و1.500 مليون»: a whole first end the decimal last one would leave larger reads the last one's dot as thousands.
            var first = q.Scale == 1 && end.ReadAsDecimal && q.DotMayBeDecimal ? q.Min / 1000 : q.Min;
            max = q.Scale == 1 && end.ReadAsDecimal && q.BareInteger && q.Min * end.Scale > end.Max ? end.Max * 1000 : end.Max;
            min = q.Scale == 1 && end.Scale > 1 && first * end.Scale <= max ? first * end.Scale : q.Min;
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
            else if (QualifierPhrases.After.TryMatchAt(_view, spanLast + 1, Clitics.None, out var after, out _)
                     || (QualifierPhrases.After.TryMatchAt(_view, q.Last + 1, Clitics.None, out after, out var gap) && !IsFigureAt(q.Last + 1 + gap))
                     // «12 شخصا قتلوا على الأقل»: after the verb that says what befell them, too (not before the next figure:
                     // «قتل 4 أشخاص وأصيب على الأقل 10 آخرون»).
                     || (_view.Is(spanLast + 1, TokenType.Word) && KindCues.TryGet(_view.Span(spanLast + 1), out _) && _view.SameClause(spanLast + 1, spanLast)
                         && QualifierPhrases.After.TryMatchAt(_view, spanLast + 2, Clitics.None, out after, out var length) && !IsFigureAt(spanLast + 2 + length)))
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
        // «توفي 2300 شخص بسبب الكوليرا», «توفي متهم لأسباب طبيعية»: deaths of disease, hunger, heat or old age are no
        // killing, which is what the casualty kinds count.
        if (kind is FactKind.Killed && cueToken >= 0 && NaturalDeath(cueToken, spanLast)) (kind, unit) = (FactKind.Other, "person");
        // «نقل 40 طالبا إلى المستشفى إثر تسمم غذائي», «بعد إصابتهم بالكوليرا»: taken ill, infected or poisoned is no
        // wounding.
        if (kind is FactKind.Wounded && IllAfter(spanLast)) (kind, unit) = (FactKind.Other, "person");
        if (noun is null && total is null && IsPlainWord(spanLast + 1) && _view.SameClause(spanLast + 1, q.First) && !Manner.Contains(_view.Span(spanLast + 1)))
        {
            // «مقتل 3 خبراء»: the noun the lexicon does not know still belongs to the figure's words (not how they were
            // hurt: «أصيب 60 بجروح»).
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

    private static double Tidy(double value) => value >= 1000 ? Math.Round(value) : Math.Round(value, 6);

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
        // «سبعة على الأقل من أفراد الأمن»: a qualifier may stand between the figure and «من».
        if (QualifierPhrases.After.TryMatchAt(_view, n, Clitics.None, out _, out var qualifierLength) && _view.IsWord(n + qualifierLength, From)) n += qualifierLength;
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
            // «المئات منهم»: the people the clause already speaks of. «منها» stands for things as often: «100 ألف غارة،
            // و4500 منها أصابت مدنيين» counts strikes, the noun counted just before.
            // (Money only with its own scale: «و20 مليونا منها»; «أنفق 200 منها» is not 200 dollars.)
            noun = word.SequenceEqual(OfThem) && ThingCountedBefore(q.First) is { } thing && (thing.Role != NounRole.Money || q.Scale > 1)
                ? thing
                : new NounInfo(NounRole.Person, "person");
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

    private static readonly string OfThem = ArabicNormalizer.NormalizeWord("منها");

    /// <summary>The noun of the nearest figure within eight words before, in the sentence, when it counts no people (or families).</summary>
    private NounInfo? ThingCountedBefore(int first)
    {
        NounInfo? nearest = null;
        for (var k = first - 1; k >= 0 && k >= first - 20 && _view.SameSentence(k, first); k--)
        {
            // (A figure's own noun: «12 صاروخا، خلال تلك العملية، تسع منها» counts missiles, not operations.)
            if (!_view.Is(k, TokenType.Word) || !IsFigureAt(k - 1) || !CountedNouns.TryGet(_view.Span(k), out var counted)) continue;
            // «35 جثة … بعد 4 غارات جوية، 10 منها لأطفال»: bodies counted earlier in the sentence may be what it stands for
            // (people, «19 شخصا», take «منهم»); families are counted as families: «نزحت 300 عائلة، عادت 120 منها».
            if (counted.Role is NounRole.Casualty) return null;
            if (counted.Role is NounRole.Family) return nearest is null && k >= first - 8 ? counted : null;
            if (counted.Role is NounRole.Person) continue;
            if (k >= first - 8) nearest ??= counted;
        }
        return nearest;
    }

    private bool IsPlainWord(int index) =>
        _view.Is(index, TokenType.Word) && _view.Tokens[index].Length > 2 && !CountedNouns.Nouns.Contains(_view.Span(index), Clitics.All) && !AttributionCues.Stops.Contains(_view.Span(index), Clitics.None)
        && !QuantityParser.TryParse(_view, index, out _) && !KindCues.TryGet(_view.Span(index), out _)
        && !QualifierPhrases.After.TryMatchAt(_view, index, Clitics.None, out _, out _);

    private static readonly Lexicon<bool> ClauseOpeners = new(new[] { "أن", "إن", "بأن", "الذي", "التي", "الذين", "حيث", "بينما", "فيما" }.Select(w => (w, true)));

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
