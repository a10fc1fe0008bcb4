using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Model;
using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Facts;

/// <summary>What a figure counts: the cue (verb or verbal noun) that governs it, and the dead and wounded named together.</summary>
internal sealed partial class FactRecognizer
{
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
        // («إصابة 236 بجروح خطيرة», «إصابة 5 برصاص قناص»: how, not what, is counted.)
        if (IsPlainWord(q.Last + 1) && _view.SameClause(q.Last + 1, q.First) && !LooksLikePeople(_view.Span(q.Last + 1))
            && !Manner.Contains(_view.Span(q.Last + 1))) return null;
        if (TryCuesAt(cueAt, out var cues) && PersonCue(cues, FactTarget.Unknown) is { } cue
            && accept(cue) && !Negated(cueAt))
            return new KindReading(KindOf(cue), "person", cueAt, 0.6);
        return null;
    }

    private readonly record struct KindReading(FactKind Kind, string Unit, int CueToken, double Confidence);

    private KindReading? ResolveKind(Quantity q, NounInfo? noun, int nounAt, int qualifierStart, int spanLast)
    {
        if (noun is null)
        {
            // «ارتفعت حصيلة القتلى إلى 50», «مقتل 5 وإصابة 3»: the kind stands before a bare figure.
            if (q.Fraction) return new KindReading(FactKind.Other, "fraction", -1, 0.3);
            // A vague word alone counts people only right after the cue: «مقتل العشرات», «اعتقال المئات».
            if (q.Vague) return PersonCueRightBefore(q, qualifierStart, KindCues.IsAct);
            // «… لوالدي الضحايا و8.500 لأبناء الضحايا»، «… الضحايا وثمانية آلاف …»: a casualty noun just before the «و»
            // that joins the figure ends the item before it (whose own noun counted it); «ومن بين القتلى 27 طفلا و3
            // إناث» still counts the 3.
            var endOfItemBefore = ListItemJoinedAt(qualifierStart) - 1;
            // «إلى 3 قتلى وإصابة 8 بجروح»: a casualty act right before the figure is its own, not the head before it.
            // (Not a head itself: «عدد القتلى بحوالى 48».)
            var ownAct = TryCuesAt(qualifierStart - 1, out var before) && before.Any(KindCues.IsAct)
                && !NotAFactCues.CasualtyHeads.TryGet(_view.Span(qualifierStart - 1), Clitics.Particles, out _);
            for (var j = qualifierStart - 1; !ownAct && j >= 0 && j >= qualifierStart - 5 && _view.SameClause(j, qualifierStart); j--)
            {
                if (j == endOfItemBefore) continue;
                if (_view.Is(j, TokenType.Word) && NotAFactCues.CasualtyHeads.TryGet(_view.Span(j), Clitics.Particles, out var head))
                    // «عدد المعتقلين بلغ 17 وأن 8 من بينهم قد تم الإفراج عنهم»: detainees let go.
                    return head is FactKind.Arrested or FactKind.Abducted && ReleasedAfter(spanLast)
                        ? new KindReading(FactKind.Other, "person", j, 0.4)
                        : new KindReading(head, "person", j, 0.7);
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
                var missing = CountedNouns.IsMissing(noun);
                if ((noun.Kind is FactKind.Arrested or FactKind.Abducted || missing) && ActRightBefore(qualifierStart) is { } act)
                    return act switch
                    {
                        Cue.Killed => new KindReading(FactKind.Killed, noun.Unit, nounAt, 0.8),
                        Cue.Wounded => new KindReading(FactKind.Wounded, noun.Unit, nounAt, 0.8),
                        _ => new KindReading(FactKind.Other, noun.Unit, nounAt, 0.4),
                    };
                // «نحو 600 مفقود … اختطفهم تنظيم داعش», «600 مفقود قتلوا على يد التنظيم»: the clause says what befell them.
                // (After them only: «عشرات القتلى ومئات المفقودين» are not the dead.)
                if (missing && ActAfter(spanLast, cue => cue is Cue.Abducted or Cue.Killed) is var (befellAt, befell))
                    return new KindReading(KindOf(befell), noun.Unit, befellAt, 0.8);
                if (noun.Kind is FactKind.Arrested or FactKind.Abducted && ReleasedAfter(spanLast))
                    return new KindReading(FactKind.Other, noun.Unit, nounAt, 0.4);
                return new KindReading(noun.Kind!.Value, noun.Unit, nounAt, missing ? 0.8 : 0.9);
            }
            case NounRole.Strike:
                return new KindReading(FactKind.Strikes, noun.Unit, nounAt, 0.9);
            case NounRole.Operation:
                if (nounAt + 1 < _view.Count && _view.Is(nounAt + 1, TokenType.Word) && CountedNouns.AttackAdjectives.Contains(_view.Span(nounAt + 1), Clitics.All))
                    return new KindReading(FactKind.Other, "attack", nounAt, 0.4);
                if (Surgery(qualifierStart, nounAt)) return new KindReading(FactKind.Other, "surgery", nounAt, 0.4);
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
                // «هرب 30 سجينا من سجن الحلة», «هروب 40 من الأسرى»: escaped.
                if (CountedNouns.Prisoners.Contains(_view.Span(nounAt), Clitics.Particles | Clitics.Article) && _view.Is(qualifierStart - 1, TokenType.Word)
                    && KindCues.Escape.Contains(_view.Span(qualifierStart - 1), Clitics.Conjunction) && !Negated(qualifierStart - 1))
                    return new KindReading(FactKind.Other, noun.Unit, qualifierStart - 1, 0.4);
                Cue? found = null;
                var at = FindCue(qualifierStart, spanLast, cues => PersonCue(cues, target), out var sameClause, CrossClauseWindow);
                if (at >= 0) found = CueAt(at, target);
                // «بينما يعاني شخص واحد من إصابة متوسطة الخطورة»: suffering a wound is a wounding.
                if (found is Cue.Other && SuffersWound(at, spanLast)) found = Cue.Wounded;
                if (found is null or Cue.Other || Negated(at)) return null;
                // «نقل 30 طبيبا إلى مستشفيات المحافظة»: staff sent to work there.
                if (found is Cue.Wounded && TakenToHospital(at) && CountedNouns.HospitalStaff.Contains(_view.Span(nounAt), Clitics.Particles | Clitics.Article)
                    && !CauseAfter(spanLast)) return null;
                // «وفر نحو 400 سجين من سجن», «ترحيل 15 أسيرا»: prisoners who escape or are moved are not the displaced.
                if (found is Cue.Displaced && CountedNouns.Prisoners.Contains(_view.Span(nounAt), Clitics.Particles | Clitics.Article))
                    return new KindReading(FactKind.Other, noun.Unit, at, 0.4);
                // «وفقد 7 أشخاص حياتهم», «فقدان أرواح 100 فلسطيني»: lives lost are deaths.
                var kind = found == Cue.Missing && (LivesLostAfter(spanLast) || IsLives(at + 1)) ? FactKind.Killed : KindOf(found.Value);
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
        if (IsLost(at)) return Cue.Missing;
        // (FindCue took «قضى» only where it is dying: DiedRightBefore.)
        if (_view.Is(at, TokenType.Word) && WordMatcher.Matches(_view.Span(at), KindCues.Died, Clitics.Conjunction)) return Cue.Killed;
        return TryCuesAt(at, out var cues) ? PersonCue(cues, target) : null;
    }

    /// <summary>The cue a word gives for a count of people of this side, if it fits them.</summary>
    private static Cue? PersonCue(Cue[] cues, FactTarget target)
    {
        foreach (var cue in cues)
        {
            switch (cue)
            {
                case Cue.Killed or Cue.Wounded or Cue.Arrested or Cue.Abducted or Cue.Other or Cue.Missing:
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
        Cue.Missing => FactKind.Other,
        _ => FactKind.Seized,
    };

    /// <summary>
    /// «وفقد 7 آخرون»: «فقد» right before the figure is going missing, unless an act follows them («فقد 15 عنصرا قتلوا»,
    /// «so»); elsewhere it is mostly «so, indeed».
    /// </summary>
    private bool IsLost(int at) => _view.Is(at, TokenType.Word) && WordMatcher.Matches(_view.Span(at), KindCues.Lost, Clitics.Conjunction);

    /// <summary>
    /// «وقضى 39 شخصا», «قضى 25 شخصا نحبهم»: «قضى» right before the figure is dying (elsewhere it rules or spends: «قضت
    /// المحكمة», «قضى 3 سنوات في السجن»).
    /// </summary>
    private bool DiedRightBefore(int at, int last)
    {
        if (!_view.Is(at, TokenType.Word) || !WordMatcher.Matches(_view.Span(at), KindCues.Died, Clitics.Conjunction)) return false;
        // After the people: not time, a second figure or what they served or sat («قضى 3 شبان 6 سنوات في السجن», «قضى 3
        // آلاف شخص ليلة القدر», «قضى 7 متهمين محكوميتهم»); adjectives and punctuation pass.
        for (var j = last + 1; j < _view.Count && j <= last + 3 && _view.SameSentence(j, last); j++)
        {
            if (IsFigureAt(j) || TimeSpentAt(j)) return false;
            if (!_view.Is(j, TokenType.Word)) continue;
            var word = _view.Span(j);
            if (IsNisba(word) || IsSingularNisba(word)) continue;
            return !(word.EndsWith("هم") || word.EndsWith("ها") || word.EndsWith("ه")) || TheirEnd.Contains(word, Clitics.Conjunction);
        }
        return true;
    }

    /// <summary>«قضى 25 شخصا نحبهم»: their end, the one object dying takes; «بينهم», «منهم»: who was among them.</summary>
    private static readonly Lexicon<bool> TheirEnd = new(new[] { "نحبهم", "نحبه", "نحبها", "نحبهما", "بينهم", "منهم", "بينهما", "جميعهم" }.Select(w => (w, true)));

    /// <summary>«في عداد المفقودين»: among the missing.</summary>
    private bool IsAmongTheMissing(int at) =>
        _view.Is(at, TokenType.Word) && _view.Is(at - 1, TokenType.Word) && WordMatcher.Matches(_view.Span(at - 1), KindCues.AmongTheCount, Clitics.None)
        && KindCues.TryGet(_view.Span(at), out var cues) && cues.Contains(Cue.Missing);

    /// <summary>«حياتهم», «لحياتهم», «أرواحهم» within three words after the counted figure, in its clause.</summary>
    private bool LivesLostAfter(int last) => AnyAfterInClause(last, 3, IsLives);

    /// <summary>A token within <paramref name="reach"/> after <paramref name="at"/>, in its clause, that passes <paramref name="test"/>.</summary>
    private bool AnyAfterInClause(int at, int reach, Func<int, bool> test)
    {
        for (var k = at + 1; k < _view.Count && k <= at + reach && _view.SameClause(k, at); k++)
            if (test(k)) return true;
        return false;
    }

    private bool IsLives(int at) => at < _view.Count && _view.Is(at, TokenType.Word) && KindCues.Lives.Contains(_view.Span(at), Clitics.Particles);

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
        // «لا يزال 200 شخص في عداد المفقودين»: said right after them, it wins over an act named before (not of others
        // named after them: «قتل 12 شخصا ولا يزال ثلاثة في عداد المفقودين»).
        for (var j = last + 1; j < _view.Count && j <= last + 6 && _view.SameClause(j, last); j++)
        {
            if (IsAmongTheMissing(j) && accept([Cue.Missing]) is not null) return j;
            if (EndsItem(j) || IsPersonAt(j)) break;
        }
        var governed = false;
        var exposed = false;
        var beforeReport = -1;
        // The act named before a report, when one was: what is said of the people after it may override it.
        Cue? reportedAct = null;
        var theirDeed = false;
        var backwards = accept;
        var sentenced = false;
        // «وفقد 7 آخرون»: a loss right before them; an act after them in the clause still wins («فقد 15 عنصرا قتلوا»,
        // where «فقد» is «so»), and nothing before it is theirs.
        var lostAt = -1;
        for (var j = first - 1; j >= 0 && j >= first - ClauseWindow && _view.SameClause(j, first); j--)
        {
            // «وقضت المحكمة بإعدام 3 متهمين»: the sentence governs them, and an act before it was another's.
            if (SentencedToDeath(j)) { sentenced = true; break; }
            if (j == first - 1 && IsLost(j) && backwards([Cue.Missing]) is not null) { lostAt = j; break; }
            if (j == first - 1 && DiedRightBefore(j, last) && backwards([Cue.Killed]) is not null) return j;
            if (Accepts(j, backwards))
            {
                // «وقالت خدمة الإسعاف إن 15 شخصا نقلوا», «قال مسعفون وعناصر إنقاذ إن 40 شخصا لقوا حتفهم»: the speaker's name
                // is no act of theirs, and «نقل إلى مستشفى الرمادي 5 أشخاص قتلوا» names the dead after them; what is said
                // of them after (below) wins. An act before a report yields to what befell them said after it («قتل 5
                // أشخاص وقال مصدر إن 12 آخرين أصيبوا»), not to their own deeds (ReportedActOnThem).
                var reported = ReportedClauseBetween(j, first);
                if (!reported && !TakenToHospital(j)) return j;
                beforeReport = j;
                var before = TryCuesAt(j, out var named) ? accept(named) : null;
                if (reported && before is not Cue.Other && !TakenToHospital(j)) reportedAct = before;
                break;
            }
            // «برصاص القوات الذي استهدف آلاف المتظاهرين», «سجون تضم آلاف المدنيين»: a verb of another act right before
            // the people governs them; an act before it was done to others. A state still may («مخيم … يضم 7500 نازح»).
            // (Farther off it belongs to the subject: «قتل قصف جوي استهدف وكرا لداعش 9 إرهابيين».)
            if (!governed && j >= first - GoverningReach && GovernsPeopleAfter(j) && OnlyPronounsBetween(j, first))
            {
                governed = true;
                exposed = Exposed.Contains(_view.Span(j), Clitics.Conjunction);
                backwards = cues => accept(cues) is Cue.Displaced or Cue.Presence ? accept(cues) : null;
            }
        }
        // «عصابة تضم 3 أشخاص اختطفت طفلا»: a group's members take a cue before the group, or an act joined by «و» after
        // them («خلية تضم 5 عناصر واعتقلت أفرادها»), not the group's own verb.
        var members = MembersOfGroup(first);
        var judged = JudgedBefore(first);
        // «12 عاملا يعملون في شركة قتلوا في الهجوم»: a state or another dealing named first, an act after it still says
        // what befell them.
        var otherAt = -1;
        for (var j = last + 1; j < _view.Count && j <= last + ForwardWindow && _view.SameClause(j, last); j++)
        {
            if (members && _view.Is(j, TokenType.Word) && _view.Span(j)[0] != 'و') continue;
            // «3 مدانين في جرائم قتل», «بتهمة قتل»: a charge, not an act.
            if (_view.Is(j - 1, TokenType.Word) && Charges.Contains(_view.Span(j - 1), Clitics.Particles | Clitics.Article)) continue;
            // «قوة من 500 مقاتل وأن نحو 100 منهم قتلوا»: another figure or reported clause has its own verb.
            if (_view.Is(j, TokenType.Number) || (_view.Is(j, TokenType.Word) && ClauseOpeners.Contains(_view.Span(j), Clitics.Conjunction))) break;
            // «وتعرض 9 آخرون للإصابة», «تعرض 6 آخرون للخطف»: what the exposed suffered, named right after them.
            if (exposed && j == last + 1 && _view.Is(j, TokenType.Word) && _view.Span(j).StartsWith("لل", StringComparison.Ordinal)
                && TryCuesAt(j, out var suffered) && accept(suffered) is { } harm && KindCues.IsAct(harm))
                return j;
            if (TryCuesAt(j, out var cues, indefinite: true) && accept(cues) is { } cue)
            {
                if (reportedAct is { } actBefore && !ReportedActOnThem(j, cue, last, actBefore))
                {
                    // «إن 6 مسلحين اختطفوا 4 عمال»: the people did it; the act before the report was others' (for some of
                    // them, «إن 5 منهم قتلوا شرطيا», it is still theirs).
                    if (PredicateOf(last, j) && IsDeed(j, cue) && !SomeOfThemAfter(last)) { theirDeed = true; break; }
                    continue;
                }
                var joined = KindCues.IsJoined(_view.Span(j));
                // «إقالة أكثر من 140 ألف شخص وتوقيف أكثر من 50 ألف»: an act joined by «و» right before another figure is
                // that figure's.
                if (joined && FigureWithin(j + 1, 3)) break;
                // «بغرق 56 منهم وفقدان آخرين»: a loss joined by «و» after them is of other people.
                if (cue == Cue.Missing && joined) continue;
                // «أدانت المحكمة 45 شخصا بقتل متظاهرين», «اتهمت الشرطة 5 أشخاص بقتل شاب»: what they are convicted or accused of.
                if (judged && _view.Span(j).StartsWith("ب", StringComparison.Ordinal)) continue;
                if (cue == Cue.Other)
                {
                    if (otherAt < 0) otherAt = j;
                    continue;
                }
                // After a state, only an act done to them, the verb theirs or the noun carrying their pronoun: «يعملون في شركة
                // قتلوا», «بحاجة إلى رعاية بعد إصابتهم»; not «بحاجة إلى إجلاء طبي», nor «يعانون من سوء التغذية بعد مقتل
                // آبائهم». After a loss, only an act too («وفقد 20 مهاجرا فروا من ليبيا» went missing).
                var act = KindCues.IsAct(cue);
                if (otherAt >= 0 && !(act && TheirOwn(_view.Span(j)))) continue;
                if (lostAt >= 0 && !act) continue;
                return j;
            }
        }
        if (lostAt >= 0) return lostAt;
        if (theirDeed) return -1;
        if (beforeReport >= 0) return beforeReport;
        if (otherAt >= 0) return otherAt;
        sameClause = false;
        if (sentenced) return -1;
        // (Governed, the people may still be in a state named before: «مخيم الهول في شمال شرق سوريا، الذي يضم عشرات الآلاف».)
        for (var j = first - 1; j >= 0 && j >= first - crossClauseWindow && _view.SameSentence(j, first); j--)
            if (!_view.SameClause(j, first) && !SentencedToDeath(j) && Accepts(j, backwards)) return j;
        return -1;
    }

    /// <summary>
    /// «إن», «أن», «بأن» between a word and the people: what is said of them starts there (not «بعد أن», «قبل أن»: a
    /// time, the same clause).
    /// </summary>
    private bool ReportedClauseBetween(int from, int first)
    {
        for (var k = from + 1; k < first; k++)
            if (_view.Is(k, TokenType.Word) && ReportOpeners.Contains(_view.Span(k), Clitics.Conjunction)
                && !(_view.Is(k - 1, TokenType.Word) && TimeBeforeThat.Contains(_view.Span(k - 1), Clitics.Conjunction))) return true;
        return false;
    }

    private static readonly Lexicon<bool> TimeBeforeThat = new(new[] { "بعد", "قبل", "منذ", "رغم", "بمجرد" }.Select(w => (w, true)));

    /// <summary>
    /// After a report, what befell the people: a verb of its own, not a verbal noun after a preposition («اشتركوا في قتل
    /// مدنيين», «اعترفوا بقتل شاب», «أسفرت عن مقتل») nor a verb with an object («5 منهم قتلوا شرطيا», «اختطفوا مدنيين»):
    /// their own deeds. Being taken to hospital (unless they are some of the dead or hurt named before: «إن 3 منهم نقلوا
    /// إلى المستشفى حيث توفوا»), fleeing in their own verb («200 ألف شخص نزحوا»). Not a state («كانوا يقيمون في مخيم»).
    /// </summary>
    private bool ReportedActOnThem(int j, Cue cue, int last, Cue actBefore)
    {
        // (Some of the arrested taken to hospital were hurt; some of the dead are still dead.)
        if (TakenToHospital(j)) return !(actBefore == Cue.Killed && SomeOfThemAfter(last));
        // («إن 4 منهم فروا من السجن»: those held who flee escape.)
        if (cue == Cue.Displaced) return TheirOwn(_view.Span(j)) && actBefore is not (Cue.Arrested or Cue.Abducted);
        // What the report says of them comes right after them: «إن 12 آخرين أصيبوا», «إن 6 منهم توفوا»; not «إن 4 منهم
        // ينتمون إلى عصابة خطف», «نفذوا عمليات اغتيال».
        return (KindCues.IsAct(cue) || cue == Cue.Missing) && PredicateOf(last, j) && !IsDeed(j, cue);
    }

    /// <summary>The word at <paramref name="j"/> is the first after the people but for «منهم», «قد», «كانوا» and the like.</summary>
    private bool PredicateOf(int last, int j)
    {
        for (var k = last + 1; k < j; k++)
        {
            if (!_view.Is(k, TokenType.Word)) return false;
            // «5 أشخاص من المصابين فارقوا الحياة»: which of them.
            if (_view.IsWord(k - 1, From) && CountedNouns.TryGet(_view.Span(k), out var noun) && noun.Role == NounRole.Casualty) continue;
            if (!PredicateGap.Contains(_view.Span(k), Clitics.Conjunction)) return false;
        }
        return true;
    }

    private static readonly Lexicon<bool> PredicateGap = new(new[]
    {
        "منهم", "منهن", "منهما", "قد", "لقد", "كانوا", "كان", "جميعهم", "جميعا", "أيضا", "فقط", "آخرين", "آخرون", "الآخرين",
        "تعرضوا", "تعرض", "تعرضت", "يعانون", "يعاني", "تعاني", "من", "عثر", "عليهم", "وجدوا", "وجد",
    }.Select(w => (w, true)));

    /// <summary>An act the people did: a verbal noun after a preposition, or a verb with an object after it.</summary>
    private bool IsDeed(int j, Cue cue)
    {
        if (!KindCues.IsAct(cue)) return false;
        var word = _view.Span(j);
        // («تعرضوا لإصابات», «يعانون من إصابات»: what they suffered.)
        var suffered = Suffered(j - 1) || (_view.IsWord(j - 1, From) && Suffered(j - 2));
        if (!suffered && (KindCues.HasPreposition(word) || (_view.Is(j - 1, TokenType.Word) && DeedPrepositions.Contains(_view.Span(j - 1), Clitics.None)))) return true;
        // («إن 11 جنديا أصيبوا 4 منهم بجروح خطيرة»: a figure with «منهم» after a wounding parts them; after «قتلوا» it is
        // whom they killed.)
        return (IsFigureAt(j + 1) && !(cue == Cue.Wounded && SomeOfThemAfter(j + 1))) || IsPersonAt(j + 1);
    }

    private bool Suffered(int j) => _view.Is(j, TokenType.Word) && SufferingVerbs.Contains(_view.Span(j), Clitics.Conjunction);

    private static readonly Lexicon<bool> SufferingVerbs = new(new[] { "تعرضوا", "تعرض", "تعرضت", "يعانون", "يعاني", "تعاني" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> DeedPrepositions = new(new[] { "في", "عن", "على", "من" }.Select(w => (w, true)));

    /// <summary>«3 منهم», «8 أشخاص منهم», «7 أشخاص من القتلى»: some of people named before.</summary>
    private bool SomeOfThemAfter(int last)
    {
        for (var k = last; k <= last + 2 && k < _view.Count && _view.SameClause(k, last); k++)
        {
            if (!_view.Is(k, TokenType.Word)) continue;
            if (SomeOfThem.Contains(_view.Span(k), Clitics.None)) return true;
            if (k > last && _view.IsWord(k, From) && _view.Is(k + 1, TokenType.Word) && _view.Span(k + 1).StartsWith("ال", StringComparison.Ordinal)
                && CountedNouns.TryGet(_view.Span(k + 1), out var noun) && noun.Role == NounRole.Casualty) return true;
        }
        return false;
    }

    private static readonly Lexicon<bool> SomeOfThem = new(new[] { "منهم", "منهن", "منهما" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> ReportOpeners = new(new[] { "أن", "إن", "بأن" }.Select(w => (w, true)));

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
        if (!OtherActionVerbs.Contains(word, Clitics.Conjunction) && !VerbsOfOtherActs.Contains(word, Clitics.Conjunction) && !Exposed.Contains(word, Clitics.Conjunction))
            return false;
        // «خلية إرهابية تضم 4 عناصر»: the members of a group arrested or killed with it.
        return !(Containing.Contains(word, Clitics.Conjunction) && GroupBefore(j));
    }

    /// <summary>A group noun one or two words before the verb at <paramref name="verb"/> («خلية إرهابية تضم»).</summary>
    private bool GroupBefore(int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - 2; k--)
            if (_view.Is(k, TokenType.Word) && Groups.Contains(_view.Span(k), Clitics.Particles | Clitics.Article)) return true;
        return false;
    }

    private static readonly Lexicon<bool> Charges = new(new[] { "جرائم", "جريمة", "تهمة", "تهم", "قضية", "قضايا" }.Select(w => (w, true)));

    /// <summary>Verbs and nouns of a court or an accuser whose object is the people counted: «أدانت», «اتهمت», «محاكمة».</summary>
    private static readonly Lexicon<bool> Judging = new(new[]
    {
        "أدان", "أدانت", "يدين", "تدين", "إدانة", "اتهم", "اتهمت", "يتهم", "تتهم", "اتهام", "حاكم", "حاكمت", "يحاكم", "تحاكم", "محاكمة", "أحال", "أحالت", "إحالة",
    }.Select(w => (w, true)));

    /// <summary>A court's or an accuser's word governs the people at <paramref name="first"/> («أدانت المحكمة 45 شخصا»).</summary>
    private bool JudgedBefore(int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - GoverningReach && _view.SameClause(j, first); j--)
            if (_view.Is(j, TokenType.Word) && Judging.Contains(_view.Span(j), Clitics.Conjunction | Clitics.Article)) return true;
        return false;
    }

    private bool MembersOfGroup(int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - GoverningReach && _view.SameClause(j, first); j--)
        {
            if (!_view.Is(j, TokenType.Word) || !Containing.Contains(_view.Span(j), Clitics.Conjunction)) continue;
            return OnlyPronounsBetween(j, first) && GroupBefore(j);
        }
        return false;
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
        if (IsNamedReturn(j) || IsRedoing(j) || Besides(j)) return false;
        return TryCuesAt(j, out var cues) && accept(cues) is not null;
    }

    /// <summary>
    /// The cues of the word at <paramref name="j"/> where its neighbours let it be one: «قضوا ليلتهم» is spending time,
    /// not dying, and «ضحيتها» is death only after «راح» or «ذهب» («وقع ضحيتها 500 مواطن» of a fraud).
    /// </summary>
    private bool TryCuesAt(int j, out Cue[] cues, bool indefinite = false)
    {
        cues = [];
        if (!_view.Is(j, TokenType.Word)) return false;
        if (TakenToHospital(j))
        {
            cues = HospitalCues;
            return true;
        }
        var word = _view.Span(j);
        if (!(indefinite ? KindCues.TryGetIndefinite(word, out cues) : KindCues.TryGet(word, out cues))) return false;
        if (KindCues.Spending.Contains(word, Clitics.Conjunction) && (TimeSpentAt(j + 1) || (IsFigureAt(j + 1) && (TimeSpentAt(j + 2) || TimeSpentAt(j + 3))))) return false;
        if (KindCues.Victims.Contains(word, Clitics.Conjunction) && !(_view.Is(j - 1, TokenType.Word) && KindCues.VictimsGo.Contains(_view.Span(j - 1), Clitics.Conjunction))) return false;
        // «وذبحوا الخراف», «قطع رؤوس 3 أشخاص» after other people: read after a figure, these are most often the people's own
        // deed or another's toll; they count only before it.
        if (indefinite && KindCues.BeforeTheFigureOnly.Contains(word, Clitics.Particles)) return false;
        if (KindCues.Heads.Contains(word, Clitics.Particles | Clitics.Article) && !CutBefore(j)) return false;
        if (KindCues.Parted.Contains(word, Clitics.Particles) && !LifeAfter(j)) return false;
        // «انقضاء الدعوى بالوفاة لـ2 متهمين»: death with the article is the event named, not a count of the dead.
        if (!DyingWords.Contains(word, Clitics.Particles) && DyingWords.Contains(word, Clitics.Particles | Clitics.Article)) return false;
        return true;
    }

    /// <summary>«نقل 3 أطباء إلى المستشفى بعد تعرضهم لاعتداء»: a cause or a time after, in the clause.</summary>
    private bool CauseAfter(int last) =>
        AnyAfterInClause(last, 10, k => _view.Is(k, TokenType.Word) && HurtBy.Contains(_view.Span(k), Clitics.Conjunction));

    private static readonly Lexicon<bool> HurtBy = new(new[] { "بعد", "إثر", "جراء", "بسبب", "نتيجة", "لإصابتهم", "لإصابته", "لتلقي", "للعلاج" }.Select(w => (w, true)));

    /// <summary>«فارق 3 أشخاص الحياة», «فارقوا الحياة»: life within four words after, in the clause.</summary>
    private bool LifeAfter(int j) => AnyAfterInClause(j, 4, k => _view.IsWord(k, KindCues.Life));

    /// <summary>«قطعوا رؤوس», «وقطع عناصر التنظيم رؤوس»: cutting, its subject (two words at most) between, in the clause.</summary>
    private bool CutBefore(int heads)
    {
        for (var k = heads - 1; k >= heads - 3 && _view.Is(k, TokenType.Word); k--)
            if (KindCues.Cutting.Contains(_view.Span(k), Clitics.Particles)) return true;
        return false;
    }

    private static readonly Cue[] HospitalCues = [Cue.Wounded];

    /// <summary>
    /// «8 أشخاص آخرين نقلوا للمستشفى», «نقل 8 أشخاص إلى المستشفى», «أسعفوا إلى مستشفى»: taken to hospital, the wounded
    /// (a hospital within five words after the verb, in its clause).
    /// </summary>
    private bool TakenToHospital(int j)
    {
        if (!KindCues.Taken.Contains(_view.Span(j), Clitics.Conjunction)) return false;
        // To a hospital, not «نقلت القناة عن مدير مستشفى»: «إلى» before it or «ل» on it; admitted, it may be the object
        // («أدخلوا المستشفى»).
        // Not «نقلت رويترز عن المدير العام لمستشفى …» (a quotation), «نقلوا المصابين إلى المستشفى» (the people counted
        // carried the wounded), nor «إلى مستشفى آخر» (a transfer).
        var admitted = KindCues.Admitted.Contains(_view.Span(j), Clitics.Conjunction);
        var figure = false;
        for (var k = j + 1; k <= j + 5 && k < _view.Count && _view.SameClause(k, j); k++)
        {
            figure |= IsFigureAt(k);
            if (!_view.Is(k, TokenType.Word)) continue;
            var word = _view.Span(k);
            // («نقلوا عن طريق الإسعاف إلى المستشفى»: by way of; «نقل 6 أشخاص مصابين»: the people's own adjective, where «وأسعف 3
            // مسعفين الجرحى» names whom they carried.)
            if ((_view.IsWord(k, About) && !_view.IsWord(k + 1, Way))
                || ((!figure || word.StartsWith("ال", StringComparison.Ordinal)) && KindCues.Carried.Contains(word, Clitics.Article))) return false;
            var toHospital = word is ['ل', ..] ? KindCues.Hospitals.Contains(word, Clitics.Particles | Clitics.Article)
                : (_view.IsWord(k - 1, To) || (k == j + 1 && admitted)) && KindCues.Hospitals.Contains(word, Clitics.Article);
            if (toHospital) return !(_view.Is(k + 1, TokenType.Word) && KindCues.Another.Contains(_view.Span(k + 1), Clitics.None));
        }
        return false;
    }

    private static readonly string To = ArabicNormalizer.NormalizeWord("إلى");
    private static readonly string Way = ArabicNormalizer.NormalizeWord("طريق");

    /// <summary>«مسيرات العودة», «جمعة العودة»: the name of a protest, not people returning.</summary>
    private bool IsNamedReturn(int j) =>
        _view.Is(j - 1, TokenType.Word) && ReturnNames.Contains(_view.Span(j - 1), Clitics.Conjunction) && WordMatcher.Matches(_view.Span(j), Return, Clitics.All);

    /// <summary>
    /// «إلى جانب القتلى ثمة أكثر من 2700 شخص قد جرحوا»: people besides the dead are not the dead. (Not an act named after
    /// «إضافة إلى»: «إضافة إلى إصابة 33» counts the wounded.)
    /// </summary>
    private bool Besides(int j)
    {
        if (!_view.Span(j).StartsWith("ال", StringComparison.Ordinal)) return false;
        for (var k = j - 1; k >= 0 && k >= j - 2; k--)
            if (_view.Is(k, TokenType.Word) && BesidesWords.Contains(_view.Span(k), Clitics.Particles)) return true;
        return false;
    }

    private static readonly Lexicon<bool> BesidesWords = new(new[] { "جانب", "إضافة", "بالإضافة", "علاوة", "خلاف", "بخلاف" }.Select(w => (w, true)));

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

    /// <summary>Finite verbs of acts other than killing and wounding, done to people: they govern the figure after them.</summary>
    private static readonly Lexicon<bool> OtherActionVerbs = new(new[]
    {
        "أجلت", "أجلى", "أجلوا", "اعتقلت", "اعتقل", "اعتقلوا", "أوقفت", "أوقف", "اختطف", "اختطفت", "خطفت", "خطفوا", "اختطفوا",
        "نزح", "نزحوا", "فر", "فروا", "هجر", "هجرت", "احتجز", "احتجزت", "أسرت", "أسر", "أنقذت", "أنقذ", "أفرجت", "أفرج",
    }.Select(w => (w, true)));

    /// <summary>
    /// «خضع عماد لأكثر من 18 عملية», «أجريت له 3 عمليات جراحية»: operations a patient undergoes are surgery, not raids
    /// (not «أجرى»: forces carry out operations too).
    /// </summary>
    private bool Surgery(int qualifierStart, int nounAt)
    {
        if (_view.Is(nounAt + 1, TokenType.Word) && Surgical.Contains(_view.Span(nounAt + 1), Clitics.Article)) return true;
        // «خضعت المنطقة لـ 3 عمليات تفتيش», «لـ 6 عمليات قصف»: a word naming a kind of operation is no surgery; only a
        // time or a place may follow the surgeries («لأكثر من 18 عملية منذ يناير»).
        if (_view.Is(nounAt + 1, TokenType.Word) && _view.SameClause(nounAt + 1, nounAt) && !AfterSurgery.Contains(_view.Span(nounAt + 1), Clitics.Conjunction)) return false;
        for (var k = qualifierStart - 1; k >= 0 && k >= qualifierStart - 3 && _view.SameClause(k, qualifierStart); k--)
            if (_view.Is(k, TokenType.Word) && Undergoing.Contains(_view.Span(k), Clitics.Conjunction)) return true;
        return false;
    }

    private static readonly Lexicon<bool> AfterSurgery = new(new[]
    {
        "منذ", "في", "خلال", "بعد", "قبل", "حتى", "على", "أخرى", "متتالية", "لاحقا", "بمستشفى", "بمستشفيات",
    }.Select(w => (w, true)));

    private static readonly Lexicon<bool> Surgical = new(new[] { "جراحية", "جراحيه", "جراحيتين" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> Undergoing = new(new[] { "خضع", "خضعت", "يخضع", "تخضع", "خضوعه", "خضوعها" }.Select(w => (w, true)));

    /// <summary>
    /// «وظهور عوارض تشير إلى تعرض 500 آخرين إلى غاز سام»: exposed, not yet harmed; they govern the people after them like
    /// <see cref="VerbsOfOtherActs"/>, and what harmed them is named after («تعرض 5 أشخاص لإصابات», «للإصابة»).
    /// </summary>
    private static readonly Lexicon<bool> Exposed = new(new[] { "تعرض", "تعرضت", "يتعرض", "تتعرض" }.Select(w => (w, true)));

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
        // «أطلق التنظيم سراح 30 رهينة», «إطلاق سراح 15 معتقلا», «أخلت السلطات سبيل 12 موقوفا»: released, whoever's verb
        // stands before.
        if ((_view.IsWord(at, Release) || _view.IsWord(at, ReleasePath)) && !Negated(at - 1)) return Cue.Other;
        // «داعش يطلق 6 رهائن»: set free (hostages and detainees only reach here).
        if (_view.Is(at, TokenType.Word) && SetFree.Contains(_view.Span(at), Clitics.Conjunction) && !Negated(at)) return Cue.Other;
        // «أفرجت القوات الأمنية عن 35 معتقلا», «وأفرجت عن 35 معتقلا»: the verb of the release, its subject between it and «عن».
        if (_view.IsWord(at, About) && ReleaseVerbBefore(at) is { } releasedAt && !Negated(releasedAt)) return Cue.Other;
        if (_view.Is(at, TokenType.Word) && CuePrepositions.Contains(_view.Span(at), Clitics.None)) at--;
        // «هرب 30 معتقلا من سجن»: escaped.
        if (_view.Is(at, TokenType.Word) && KindCues.Escape.Contains(_view.Span(at), Clitics.Conjunction) && !Negated(at)) return Cue.Other;
        // «أعدم التنظيم 5 رهائن», «قتل مسلحون 4 مختطفين»: a killing verb, its subject between.
        if (!TryCuesAt(at, out var cues)) return KillingVerbBeforeSubject(at) ? Cue.Killed : null;
        if (Negated(at)) return null;
        // «ترحيل 15 معتقلا من غوانتانامو»: moved, not arrested again.
        return cues.Contains(Cue.Killed) ? Cue.Killed : cues.Contains(Cue.Wounded) ? Cue.Wounded
            : cues.Contains(Cue.Other) || cues.Contains(Cue.Displaced) ? Cue.Other : null;
    }

    private static readonly string Release = ArabicNormalizer.NormalizeWord("سراح");
    private static readonly string ReleasePath = ArabicNormalizer.NormalizeWord("سبيل");
    private static readonly string About = ArabicNormalizer.NormalizeWord("عن");
    private static readonly Lexicon<bool> SetFree = new(new[] { "أطلق", "أطلقت", "أطلقوا", "يطلق", "تطلق", "يطلقون" }.Select(w => (w, true)));

    /// <summary>Verbs and nouns of a release that take «عن»: «أفرج عن», «الإفراج عن».</summary>
    private static readonly Lexicon<bool> ReleaseVerbs = new(new[]
    {
        "أفرج", "أفرجت", "أفرجوا", "يفرج", "تفرج", "يفرجون", "الإفراج", "إفراج", "بالإفراج", "للإفراج",
    }.Select(w => (w, true)));

    /// <summary>A release verb at most four words before «عن» at <paramref name="about"/>, in its clause (its subject between).</summary>
    private int? ReleaseVerbBefore(int about)
    {
        for (var j = about - 1; j >= 0 && j >= about - 4 && _view.SameClause(j, about); j--)
        {
            if (!_view.Is(j, TokenType.Word)) return null;
            if (ReleaseVerbs.Contains(_view.Span(j), Clitics.Conjunction)) return j;
            // A cue between them is the figure's own: «أفرجت عن المتهمين بعد اعتقال 5».
            if (j < about - 1 && TryCuesAt(j, out _)) return null;
        }
        return null;
    }

    /// <summary>
    /// «8 من بينهم قد تم الإفراج عنهم», «35 معتقلا أفرج عنهم», «أطلق سراحهم»: the clause after detainees says they were
    /// let go. (Only read after a noun of detainees, not after an arrest: «اعتقل 20 شخصا قبل أن يفرج عنهم» were arrested.)
    /// </summary>
    private bool ReleasedAfter(int spanLast)
    {
        for (var j = spanLast + 1; j < _view.Count && j <= spanLast + 7 && _view.SameClause(j, spanLast); j++)
        {
            // «بلغ 17 وأن 8 من بينهم قد تم الإفراج عنهم»: a next figure takes what follows it.
            if (IsFigureAt(j)) return false;
            if (!_view.Is(j, TokenType.Word)) continue;
            var word = _view.Span(j);
            if (word.StartsWith(Release, StringComparison.Ordinal) && word.Length > Release.Length) return !Negated(j - 1);
            if (ReleaseVerbs.Contains(word, Clitics.Conjunction) && _view.Is(j + 1, TokenType.Word)
                && _view.Span(j + 1).StartsWith(About, StringComparison.Ordinal) && _view.Span(j + 1).Length > About.Length)
                return !Negated(j);
        }
        return false;
    }

    /// <summary>A killing verb one or two words before <paramref name="subjectLast"/>, only its subject's words between.</summary>
    private bool KillingVerbBeforeSubject(int subjectLast)
    {
        for (var k = subjectLast; k >= subjectLast - 1; k--)
        {
            if (!_view.Is(k, TokenType.Word) || !_view.SameClause(k, subjectLast) || CuePrepositions.Contains(_view.Span(k), Clitics.None)
                || TryCuesAt(k, out _)) return false;
            var verb = k - 1;
            // A verb: not «القتل», «للقتلى» (a noun with its article or a preposition), nor a casualty noun.
            if (_view.Is(verb, TokenType.Word) && _view.SameClause(verb, subjectLast) && TryCuesAt(verb, out var cues) && cues.Contains(Cue.Killed)
                && !_view.Span(verb).StartsWith("ال", StringComparison.Ordinal) && !KindCues.HasPreposition(_view.Span(verb))
                && !(CountedNouns.TryGet(_view.Span(verb), out var noun) && noun.Role == NounRole.Casualty) && !Negated(verb)) return true;
        }
        return false;
    }

    /// <summary>«مقتل وإصابة 9 جنود», «قتل وجرح 5»: one figure for the dead and the wounded together.</summary>
    private bool KilledAndWoundedBefore(int qualifierStart, List<FactDraft> earlier)
    {
        int first = qualifierStart - 2, second = qualifierStart - 1;
        // «قتل أو جرح أكثر من ألف طفل»: «أو» joins them as «و» does.
        var either = _view.IsWord(first, Or);
        if (either) first--;
        if (!_view.Is(first, TokenType.Word) || !_view.Is(second, TokenType.Word) || (!either && _view.Span(second) is not ['و', _, ..])) return false;
        // «19 شخصا قتلوا وأصيب 57 آخرون», «لقي فتيان حتفهما وأصيب 15»: the first verb closes the figure before it.
        if (_view.Span(first) is [.., 'و', 'ا'] or [.., 'ه', 'م'] or [.., 'ه', 'م', 'ا']) return false;
        // «بأن طفلا قتل وأصيب أربعة», «مستشارين اثنين قتلا وأصيب خمسة», «إن فلسطينيا قتل وأصيب العشرات», «إن رجلا واحدا على
        // الأقل قتل وأصيب 6 مدنيين»: the first verb's subject stands right before it (past «على الأقل» and «واحدا»). (Not a
        // person or a year further back: «أسفر تفجير انتحاري عن مقتل وإصابة العشرات».)
        var subjectAt = first - 1;
        if (_view.IsWord(subjectAt, Least) && _view.IsWord(subjectAt - 1, KindCues.On)) subjectAt -= 2;
        if (_view.Is(subjectAt, TokenType.Word) && One.Contains(_view.Span(subjectAt), Clitics.AccusativeAlif)) subjectAt--;
        if (IsFigureAt(subjectAt) || IsPersonAt(subjectAt)
            || (_view.Is(subjectAt, TokenType.Word) && (IsNisba(_view.Span(subjectAt)) || IsSingularNisba(_view.Span(subjectAt)))))
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
        // «8050 مدنيا أفغانيا سقطوا بين قتيل وجريح», «سقط العشرات من القوات الحكومية والميليشيات بين قتيل وجريح»:
        // the verb, adjectives and whose people they are may stand between; not another figure, nor another act joined by
        // «و» («اغتيال تسعة مرشحين وسقوط مئات بين قتيل وجريح»: those are other people).
        // Past the verb and an adjective, a cue or a casualty noun names another item («قتل 4 أشخاص في هجوم أوقع ضحايا بين
        // قتيل وجريح»: the 4 are the dead).
        for (var skipped = 0; skipped < DeadAndWoundedReach && _view.Is(j, TokenType.Word) && !_view.IsWord(j, Between) && _view.SameClause(j, last); skipped++)
        {
            var word = _view.Span(j);
            if (IsFigureAt(j) || KindCues.IsJoined(word)) return false;
            // (Persons may be whose people they are: «سقط 30 فلسطينيا في مواجهات مع جنود الاحتلال بين شهيد وجريح».)
            if (skipped >= 2 && (TryCuesAt(j, out _) || (CountedNouns.TryGet(word, out var noun) && noun.Role is NounRole.Casualty))) return false;
            j++;
        }
        if (_view.IsWord(j, What)) j++;
        if (!_view.IsWord(j, Between) || !_view.Is(j + 1, TokenType.Word) || !_view.Is(j + 2, TokenType.Word)) return false;
        // «بين قتيل وجريح», «بين جريح وقتيل».
        return (DeadWords.Contains(_view.Span(j + 1), Clitics.None) && WoundedWords.Contains(_view.Span(j + 2), Clitics.Conjunction))
            || (WoundedWords.Contains(_view.Span(j + 1), Clitics.None) && DeadWords.Contains(_view.Span(j + 2), Clitics.Conjunction));
    }

    /// <summary>
    /// The first cue the <paramref name="wanted"/> test takes after the figure, in its clause and before another figure
    /// or reported clause: what the clause says befell the people it counts.
    /// </summary>
    private (int At, Cue Cue)? ActAfter(int last, Func<Cue, bool> wanted)
    {
        for (var j = last + 1; j < _view.Count && j <= last + ForwardWindow && _view.SameClause(j, last); j++)
        {
            if (EndsItem(j)) return null;
            // «بتهمة قتل»: a charge, not an act.
            if (_view.Is(j - 1, TokenType.Word) && Charges.Contains(_view.Span(j - 1), Clitics.Particles | Clitics.Article)) continue;
            if (!TryCuesAt(j, out var cues, indefinite: true) || Negated(j)) continue;
            foreach (var cue in cues)
                if (wanted(cue)) return (j, cue);
        }
        return null;
    }

    /// <summary>
    /// Where what the clause says of the people counted before ends, looking forward: another figure, a reported clause,
    /// or an act joined by «و» (another item: «600 مفقود ومقتل 30 آخرين»).
    /// </summary>
    private bool EndsItem(int j) =>
        IsFigureAt(j) || (_view.Is(j, TokenType.Word) && (ClauseOpeners.Contains(_view.Span(j), Clitics.Conjunction) || KindCues.IsJoined(_view.Span(j))));

    /// <summary>«يعاني … من إصابة», «يعانون من جروح»: a state word whose «من» names a wound, within four words of the figure.</summary>
    private bool SuffersWound(int cue, int last)
    {
        if (!_view.Is(cue, TokenType.Word) || !Suffering.Contains(_view.Span(cue), Clitics.Conjunction)) return false;
        for (var j = last + 1; j < _view.Count && j <= last + 4 && _view.SameClause(j, last); j++)
            if (_view.IsWord(j, From) && _view.Is(j + 1, TokenType.Word) && Wounds.Contains(_view.Span(j + 1), Clitics.Article))
                // A wound of theirs, told by how bad it is or what caused it, or nothing more: not an infection («إصابة
                // بفيروس»), another's («إصابة أحد أفرادها»), an old or a mental one («جروح نفسية»).
                return !_view.Is(j + 2, TokenType.Word) || WoundSeverity.Contains(_view.Span(j + 2), Clitics.Conjunction);
        return false;
    }

    private static readonly Lexicon<bool> WoundSeverity = new(new[]
    {
        "متوسطة", "بالغة", "خطيرة", "خطرة", "طفيفة", "حرجة", "بليغة", "متفاوتة", "جراء", "إثر", "نتيجة", "بسبب", "برصاص", "بشظايا",
    }.Select(w => (w, true)));

    private static readonly Lexicon<bool> Suffering = new(new[] { "يعاني", "يعانون", "تعاني" }.Select(w => (w, true)));
    private static readonly Lexicon<bool> Wounds = new(new[] { "إصابة", "إصابات", "جروح", "جراح", "جرح", "حروق" }.Select(w => (w, true)));

    /// <summary>«قضوا ليلتهم», «قضوا 3 أيام»: time spent.</summary>
    private bool TimeSpentAt(int j) => _view.Is(j, TokenType.Word) && KindCues.TimeSpent.Contains(_view.Span(j), Clitics.None);

    /// <summary>A verb of theirs (قتلوا، أصيبوا) or a noun with their pronoun (إصابتهم، مقتلهم).</summary>
    private static bool TheirOwn(ReadOnlySpan<char> word) => word.EndsWith("وا") || word.EndsWith("هم") || word.EndsWith("هما");

    private bool IsPersonAt(int j) =>
        _view.Is(j, TokenType.Word) && CountedNouns.TryGet(_view.Span(j), out var noun) && noun.Role is NounRole.Person or NounRole.Casualty;

    /// <summary>A figure (digits or number words) starting at <paramref name="j"/>.</summary>
    private bool IsFigureAt(int j) => _view.Is(j, TokenType.Number) || QuantityParser.TryParse(_view, j, out _);

    /// <summary>A figure starting within <paramref name="reach"/> tokens from <paramref name="from"/>.</summary>
    private bool FigureWithin(int from, int reach)
    {
        for (var j = from; j < from + reach && j < _view.Count; j++)
            if (IsFigureAt(j)) return true;
        return false;
    }

    /// <summary>
    /// «بين جريح وقتيل»: the pair's second word names what befell the people counted before, not one more person. (Its
    /// first word is no figure anyway: «بين» is no cue.)
    /// </summary>
    private bool InDeadAndWoundedPair(int i) =>
        _view.IsWord(i - 2, Between) && _view.Is(i - 1, TokenType.Word)
        && (DeadWords.Contains(_view.Span(i - 1), Clitics.None) || WoundedWords.Contains(_view.Span(i - 1), Clitics.None));

    /// <summary>
    /// The dying word at <paramref name="cue"/> (وفاة، توفي، قضوا، وفيات) with a natural cause named after it in the clause,
    /// up to eight words past the figure.
    /// </summary>
    private bool NaturalDeath(int cue, int last)
    {
        if (!_view.Is(cue, TokenType.Word) || !DyingWords.Contains(_view.Span(cue), Clitics.Particles)) return false;
        for (var j = Math.Max(cue, last) + 1; j < _view.Count && j <= Math.Max(cue, last) + 8 && _view.SameClause(j, cue) && !EndsItem(j); j++)
            if (NaturalCauseAt(j)) return true;
        // (Not before the dying word: «وفي ظل تفشي الكوليرا أدى القصف إلى وفاة 20 شخصا» were killed by the shelling.)
        return cue < last && NaturalCauseAt(cue + 1);
    }

    /// <summary>
    /// A natural cause said to be one: after «بسبب», «جراء», «نتيجة», «إثر», «من», «لأسباب», or with «ب» on it
    /// («بالكوليرا»); not a place or a name that holds the word («عين شمس», «حديثي الولادة»).
    /// </summary>
    private bool NaturalCauseAt(int j)
    {
        if (!_view.Is(j, TokenType.Word)) return false;
        // «قضى 3 أطفال جوعا»: the accusative says the cause itself.
        if (CausesByThemselves.Contains(_view.Span(j), Clitics.None)) return true;
        if (!NaturalCauses.TryFind(_view.Span(j), Clitics.Particles, out var hit)) return false;
        if (hit.HadPreposition) return true;
        if (!_view.Is(j - 1, TokenType.Word)) return false;
        if (CausalLinks.Contains(_view.Span(j - 1), Clitics.Particles)) return true;
        // «بسبب تفشي وباء الكوليرا», «جراء موجة الحر»: the link before the spread.
        return Spread.Contains(_view.Span(j - 1), Clitics.Particles) && _view.Is(j - 2, TokenType.Word) && CausalLinks.Contains(_view.Span(j - 2), Clitics.Particles);
    }

    /// <summary>An illness, poisoning, heat or hunger strike named after the people, in the clause.</summary>
    private bool IllAfter(int last) =>
        AnyAfterInClause(last, 10, j => NaturalCauseAt(j) || (_view.Is(j, TokenType.Word) && Illnesses.Contains(_view.Span(j), Clitics.Particles | Clitics.Article)));

    private static readonly Lexicon<bool> Illnesses = new(new[]
    {
        "تسمم", "تسمما", "تلوث", "إضراب", "إضرابهم", "إضرابه", "الكوليرا", "العاصفة", "عاصفة", "حمى", "التهاب", "إسهال",
        "فاسدة", "فاسد", "فاسدا", "تقيؤ",
    }.Select(w => (w, true)));

    private static readonly Lexicon<bool> DyingWords = new(new[] { "وفاة", "وفيات", "توفي", "توفيت", "توفوا", "توفى", "قضوا", "قضى", "مات", "ماتوا", "ماتت", "فارق", "فارقوا", "فارقا", "فارقت" }.Select(w => (w, true)));

    // («ضربات الشمس», «بضربة شمس»: heat strokes, the sun after the strokes, as «سوء التغذية»; «ضربات جوية» names no
    // natural cause.)
    private static readonly Lexicon<bool> CausalLinks = new(new[] { "بسبب", "جراء", "نتيجة", "إثر", "من", "لأسباب", "بفعل", "متأثرا", "متأثرين", "ضربة", "ضربات", "سوء", "أثناء" }.Select(w => (w, true)));

    /// <summary>What spreads or rises: a cause only behind a link («بسبب تفشي», not «وسط موجة الحر»).</summary>
    private static readonly Lexicon<bool> Spread = new(new[] { "تفشي", "انتشار", "موجة", "درجات", "ارتفاع" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> CausesByThemselves = new(new[] { "جوعا", "عطشا", "بردا", "مرضا" }.Select(w => (w, true)));

    // With their article where the press writes it: the lookup peels «ب» and «ل», not «ال» («بحر» is no «حر»).
    private static readonly Lexicon<bool> NaturalCauses = new(new[]
    {
        "الكوليرا", "كوليرا", "وباء", "الوباء", "مرض", "المرض", "أمراض", "الأمراض", "الجوع", "جوعا", "المجاعة", "الحر", "الحرارة",
        "طبيعية", "الولادة", "التغذية", "الإنفلونزا", "الأنفلونزا", "البرد", "بردا", "الحصبة", "السرطان", "الشيخوخة", "فيروس",
        "إيبولا", "كورونا", "الشمس", "شمس", "نوبة", "نوبات", "جلطة", "جلطات",
    }.Select(w => (w, true)));

    /// <summary>How many words may stand between the people and «بين قتيل وجريح».</summary>
    private const int DeadAndWoundedReach = 8;

    private static readonly string What = ArabicNormalizer.NormalizeWord("ما");
    private static readonly string Or = ArabicNormalizer.NormalizeWord("أو");
    private static readonly string Least = ArabicNormalizer.NormalizeWord("الأقل");
    private static readonly Lexicon<bool> One = new(new[] { "واحد", "واحدا", "واحدة" }.Select(w => (w, true)));
    private static readonly string Between = ArabicNormalizer.NormalizeWord("بين");
    private static readonly Lexicon<bool> DeadWords = new(new[] { "قتيل", "قتلى", "شهيد", "شهداء" }.Select(w => (w, true)));
    private static readonly Lexicon<bool> WoundedWords = new(new[] { "جريح", "جرحى", "مصاب", "مصابين", "مصابون" }.Select(w => (w, true)));

    /// <summary>How people were hurt or killed, right after a bare figure: the figure still counts people.</summary>
    private static readonly Lexicon<bool> Manner = new(new[] { "بجروح", "بجراح", "بجرح", "برصاص", "بالرصاص", "بنيران", "بشظايا", "بحالات", "بإصابات", "باصابات" }.Select(w => (w, true)));

    private static readonly Lexicon<bool> CuePrepositions = new(new[] { "على", "عن", "إلى", "الى" }.Select(w => (w, true)));
}
