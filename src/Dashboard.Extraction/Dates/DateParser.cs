using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Dates;

/// <summary>What a mention resolves to, as far as a modifier (مطلع، نهاية…) needs to know.</summary>
internal enum Shape { Other, Year, Month, Range }

/// <summary>A day and month whose year is still open; a weekday beside it can pin the year later.</summary>
internal readonly record struct OpenYear(int Month, int Day, DayOfWeek Weekday);

/// <summary>A parsed mention: tokens [first, <see cref="EndToken"/>) and what they resolve to.</summary>
internal readonly record struct Parsed(
    int EndToken, DateOnly? Start, DateOnly? End, DatePrecision Precision, DateBasis Basis, Shape Shape, OpenYear? Open = null)
{
    public static Parsed Unresolved(int endToken, Shape shape) => new(endToken, null, null, DatePrecision.Unknown, DateBasis.None, shape);

    public static Parsed Of(int endToken, (DateOnly Start, DateOnly End) period, DatePrecision precision, DateBasis basis, Shape shape) =>
        new(endToken, period.Start, period.End, precision, basis, shape);
}

/// <summary>
/// Hand-written recursive-descent matcher over tokens. Every rule looks ahead a bounded number of tokens,
/// so a scan of the whole text is linear.
/// </summary>
internal sealed class DateParser : IDisposable
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;
    private const int MinNamedYear = 1000;
    // «هجمات 11 سبتمبر» names a day of 2001 however long ago the article was written.
    private static readonly DateOnly SeptemberEleven = new(2001, 9, 11);

    private readonly FoldedTokens tokens;
    private readonly DateOnly? published;
    private readonly bool monthFirst;
    // Per word token, the bits of the vocabulary sets (DateWords) that any of its bare forms belongs to, and that
    // the word as written belongs to: computed once, so every rule's word test is a bit test.
    private ulong[] _anyForm;
    private ulong[] _ownForm;

    public DateParser(FoldedTokens tokens, DateOnly? published, bool monthFirst)
    {
        this.tokens = tokens;
        this.published = published;
        this.monthFirst = monthFirst;
        _anyForm = System.Buffers.ArrayPool<ulong>.Shared.Rent(tokens.Count);
        _ownForm = System.Buffers.ArrayPool<ulong>.Shared.Rent(tokens.Count);
        Span<BaseForm> forms = stackalloc BaseForm[ArabicText.MaxBases];
        Span<char> scratch = stackalloc char[ArabicText.ScratchLength];
        for (var i = 0; i < tokens.Count; i++)
        {
            _anyForm[i] = _ownForm[i] = 0;
            if (tokens[i].Kind != TokenKind.Word) continue;
            var word = tokens.Text(i);
            var count = ArabicText.Bases(word, forms);
            var own = DateWords.SetsOf(word);
            var any = own;
            for (var f = 1; f < count; f++) any |= DateWords.SetsOf(forms[f].Of(word, scratch));
            _ownForm[i] = own;
            _anyForm[i] = any;
        }
    }

    public void Dispose()
    {
        if (_anyForm.Length == 0) return;
        System.Buffers.ArrayPool<ulong>.Shared.Return(_anyForm);
        System.Buffers.ArrayPool<ulong>.Shared.Return(_ownForm);
        _anyForm = _ownForm = [];
    }

    // ----- token helpers -------------------------------------------------------------------------------------

    private bool IsWord(int i) => i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Word;

    private bool WordIn(int i, WordSet set) => IsWord(i) && (_anyForm[i] & set.Bit) != 0;

    /// <summary>The value of the first bare form of token <paramref name="i"/> (in <see cref="ArabicText.Bases"/> order) the map holds.</summary>
    private bool WordIn<T>(int i, WordMap<T> map, out T value)
    {
        value = default!;
        if (!WordIn(i, map)) return false;
        var word = tokens.Text(i);
        Span<BaseForm> forms = stackalloc BaseForm[ArabicText.MaxBases];
        Span<char> scratch = stackalloc char[ArabicText.ScratchLength];
        var count = ArabicText.Bases(word, forms);
        for (var f = 0; f < count; f++)
            if (map.TryGetValue(forms[f].Of(word, scratch), out value)) return true;
        return false;
    }

    private bool ExactWordIn(int i, WordSet set) => IsWord(i) && (_ownForm[i] & set.Bit) != 0;

    private bool IsSymbol(int i, char c) => i >= 0 && i < tokens.Count && tokens.IsSymbol(i, c);

    /// <summary>
    /// Whether the mention at <paramref name="j"/> opens the text, a list item (after a dash, a bullet or a slash) or a
    /// sentence («في» may lead it). (Line breaks are not tokens: an entry on a line of its own needs its mark.)
    /// </summary>
    private bool OpensEntry(int j)
    {
        if (j > 0 && IsWord(j - 1) && (tokens.IsWord(j - 1, "في") || tokens.IsWord(j - 1, "وفي"))) j--;
        if (j == 0) return true;
        return tokens[j - 1].Kind == TokenKind.Symbol && EntryMarks.Contains(tokens.Text(j - 1)[0]);
    }

    private const string EntryMarks = ".:-–—•*/؟!)";

    /// <summary>The qualifier of a chronology's entry: on or before publication (the day itself may be the latest entry).</summary>
    private const int NotAfter = -2;

    private bool IsComma(int i) => IsSymbol(i, ',') || IsSymbol(i, '،');

    private bool IsDash(int i) => IsSymbol(i, '-') || IsSymbol(i, '–') || IsSymbol(i, '—') || IsSymbol(i, '/');

    private bool IsConjunction(int i) => i >= 0 && i < tokens.Count && tokens.IsWord(i, "و");

    private int NumberValue(int i, int maxDigits) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Number && tokens[i].TextLength <= maxDigits ? tokens[i].Value : -1;

    private int FourDigits(int i) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Number && tokens[i].TextLength == 4 ? tokens[i].Value : -1;

    private bool Adjacent(int i) => i < tokens.Count && !tokens[i].SpaceBefore;

    /// <summary>A digit run glued to more digits by a separator (1,2014 or 2014.5) is part of a bigger number.</summary>
    private bool GluedToDigits(int i)
    {
        bool Glue(int sep, int digit) =>
            sep >= 0 && digit >= 0 && sep < tokens.Count && digit < tokens.Count &&
            (tokens.IsSymbol(sep, ',') || tokens.IsSymbol(sep, '.') || tokens.IsSymbol(sep, '٫') || tokens.IsSymbol(sep, '٬')) &&
            tokens[digit].Kind == TokenKind.Number;
        return (Adjacent(i) && Glue(i - 1, i - 2) && !tokens[i - 1].SpaceBefore)
            || (Adjacent(i + 1) && Glue(i + 1, i + 2) && Adjacent(i + 2));
    }

    /// <summary>A number followed by a counted noun (2014 قتيلا) is a quantity, not a year.</summary>
    private bool IsCountedAfter(int i)
    {
        if (i >= tokens.Count) return false;
        if (tokens[i].Kind == TokenKind.Symbol) return tokens.IsSymbol(i, '%') || tokens.IsSymbol(i, '٪');
        return WordIn(i, DateWords.CountedNouns) || WordIn(i, DateWords.CountedWithAlef);
    }

    /// <summary>
    /// Only these tokens can begin a mention (every rule below starts with one of them); the others are skipped
    /// without trying the rules.
    /// </summary>
    private bool CanStart(int i) => tokens[i].Kind switch
    {
        TokenKind.Number => true,
        TokenKind.Symbol => tokens.IsSymbol(i, '('),
        _ => _anyForm[i] != 0 || ArabicText.IsCliticOnly(tokens.Text(i)),
    };

    // ----- entry -------------------------------------------------------------------------------------------

    /// <summary>The longest mention starting at token <paramref name="i"/>, or null.</summary>
    public Parsed? ParseAt(int i)
    {
        if (!CanStart(i)) return null;
        Parsed? best = null;
        void Consider(Parsed? candidate)
        {
            if (candidate is { } c && (best is null || c.EndToken > best.Value.EndToken)) best = c;
        }

        var preposition = WordIn(i, DateWords.Prepositions);
        var rangePreposition = WordIn(i, DateWords.RangePrepositions);
        if (preposition || rangePreposition)
        {
            var since = WordIn(i, DateWords.Since);
            if (WordIn(i + 1, DateWords.PeriodParts, out PeriodPart part))
                Consider(WithPart(ParseCore(i + 2, cued: true) ?? BareYear(i + 2) ?? BareMonth(i + 2), part, since));
            var core = ParseCore(i + 1, cued: true);
            if (core is { } c && (preposition || c.Shape == Shape.Range)) Consider(c);
        }
        if (WordIn(i, DateWords.PeriodParts, out PeriodPart ownPart))
            Consider(WithPart(ParseCore(i + 1, cued: true) ?? BareYear(i + 1) ?? BareMonth(i + 1), ownPart, since: false));
        Consider(Ago(i));
        Consider(ParseCore(i, cued: false));
        return best;
    }

    /// <summary>
    /// «قبل يومين»: two days before publication; «قبل أسبوعين» the week around fourteen days before. Not a time before
    /// something else («قبل يومين من الانتخابات», «قبل يوم الجمعة»).
    /// </summary>
    private Parsed? Ago(int j)
    {
        if (!WordIn(j, DateWords.Ago)) return null;
        var number = NumberValue(j + 1, 2);
        var k = number > 0 ? j + 2 : j + 1;
        if (!WordIn(k, DateWords.AgoUnits, out (AgoUnit Unit, int Count) unit)) return null;
        // «قبل 3 أيام» takes its count from the number, «قبل يومين» from the word; «قبل أيام» and «قبل 2 يومين» name none.
        var count = number > 0 ? (unit.Count == 2 ? 0 : number) : unit.Count;
        if (count <= 0) return null;
        var end = k + 1;
        if (WordIn(end, DateWords.Of) || WordIn(end, DateWords.Weekdays) || GregorianMonth(end, out _, out _) || HijriMonth(end, out _, out _)
            || ExactWordIn(end, DateWords.DayWord) || WordIn(end, DateWords.AgoOfAnother)) return null;
        if (published is not { } p) return Parsed.Unresolved(end, Shape.Other);
        if (unit.Unit == AgoUnit.Day)
            return count <= 31 && CalendarMath.SafeAddDays(p, -count, out var day)
                ? new Parsed(end, day, day, DatePrecision.Day, DateBasis.Relative, Shape.Other) : null;
        // A week back is the week around that day: «قبل أسبوعين» is not told to the day.
        if (count > 8 || !CalendarMath.SafeAddDays(p, -7 * count - 3, out var from) || !CalendarMath.SafeAddDays(p, -7 * count + 3, out var until)) return null;
        return new Parsed(end, from, until, DatePrecision.Range, DateBasis.Relative, Shape.Other);
    }

    private Parsed? ParseCore(int j, bool cued)
    {
        if (j >= tokens.Count) return null;
        Parsed? best = null;
        void Consider(Parsed? candidate)
        {
            if (candidate is { } c && (best is null || c.EndToken > best.Value.EndToken)) best = c;
        }
        Consider(RelativeDay(j));
        Consider(DayDate(j));
        Consider(NumericDate(j));
        Consider(MonthPeriod(j));
        Consider(YearExpression(j, cued));
        Consider(ParenthesisedYearRange(j));
        Consider(RelativePeriod(j));
        Consider(SeasonExpression(j));
        Consider(HijriYear(j));
        return best;
    }

    /// <summary>
    /// «العام» or «السنة» alone after مطلع/بداية/نهاية: the publication's year («منذ مطلع العام» is from 1 January to
    /// publication). Alone elsewhere it names no year.
    /// </summary>
    private Parsed? BareYear(int k)
    {
        if (!ExactWordIn(k, DateWords.YearNouns) || !tokens.Text(k).StartsWith("ال", StringComparison.Ordinal) || FourDigits(k + 1) >= 0) return null;
        if (published is not { } p) return Parsed.Unresolved(k + 1, Shape.Year);
        return Parsed.Of(k + 1, CalendarMath.WholeYear(p.Year), DatePrecision.Year, DateBasis.Relative, Shape.Year);
    }

    /// <summary>
    /// A month named alone after مطلع/منتصف/نهاية («وفي نهاية ديسمبر»): the latest such month begun by the publication
    /// date (news tells what is to come with «المقبل»). Not when a year or «من العام» follows it closely: «أواخر نوفمبر حتى
    /// ديسمبر 2016», «نهاية شهر آب من العام نفسه» belong to another year. (Alone elsewhere a month name is no date: «مارس»
    /// is also a verb.)
    /// </summary>
    private Parsed? BareMonth(int k)
    {
        if (WordIn(k, DateWords.MonthWord)) k++;
        if (!GregorianMonth(k, out var month, out var end)) return null;
        for (var j = end; j < end + 8 && j < tokens.Count && !IsSymbol(j, '،') && !IsSymbol(j, ',') && !IsSymbol(j, '.'); j++)
            if (FourDigits(j) > 0 || WordIn(j, DateWords.YearWords) || (j == end && WordIn(j, DateWords.Of))) return null;
        if (published is not { } p) return Parsed.Unresolved(end, Shape.Month);
        var year = month <= p.Month ? p.Year : p.Year - 1;
        return Parsed.Of(end, CalendarMath.WholeMonth(year, month), DatePrecision.Month, DateBasis.Relative, Shape.Month);
    }

    /// <summary>مطلع/منتصف/نهاية narrow a year or month; منذ مطلع … runs from that start to the publication date.</summary>
    private Parsed? WithPart(Parsed? core, PeriodPart part, bool since)
    {
        if (core is not { } c || c.Shape is not (Shape.Year or Shape.Month)) return null;
        if (c.Start is not { } start) return c with { Shape = Shape.Range };
        var period = c.Shape == Shape.Year
            ? CalendarMath.PartOfYear(start.Year, part)
            : CalendarMath.PartOfMonth(start.Year, start.Month, part);
        if (since && part == PeriodPart.Early && published is { } p && period.Start <= p)
            return new Parsed(c.EndToken, period.Start, p, DatePrecision.Range, DateBasis.Relative, Shape.Range);
        return new Parsed(c.EndToken, period.Start, period.End, DatePrecision.Range, c.Basis, Shape.Range);
    }

    // ----- relative days: أمس، اليوم، أول أمس، الليلة الماضية، الأربعاء الماضي ---------------------------------

    private Parsed? RelativeDay(int j)
    {
        var k = j;
        if (WordIn(k, DateWords.TimesOfDay)) k++;
        if (ExactWordIn(k, DateWords.DayWord) || WordIn(k, DateWords.DayWord)) k++;

        int offset;
        if (WordIn(k, DateWords.First) && WordIn(k + 1, DateWords.Yesterday)) { offset = -2; k += 2; }
        else if (WordIn(k, DateWords.First) && WordIn(k + 1, DateWords.Of) && WordIn(k + 2, DateWords.Yesterday)) { offset = -2; k += 3; }
        else if (WordIn(k, DateWords.Yesterday))
        {
            offset = -1;
            k++;
            if (ExactWordIn(k, DateWords.First)) { offset = -2; k++; }
            k = SkipWeekday(k);
        }
        else if (ExactWordIn(k, DateWords.Today) && !WordIn(k + 1, DateWords.NotToday))
        {
            offset = 0;
            k++;
            k = SkipWeekday(k);
        }
        else if (WordIn(k, DateWords.Night) && WordIn(k + 1, DateWords.Past)) { offset = -1; k += 2; }
        else return WeekdayAlone(j, k);

        if (published is not { } p || !CalendarMath.SafeAddDays(p, offset, out var day))
            return Parsed.Unresolved(k, Shape.Other);
        return new Parsed(k, day, day, DatePrecision.Day, DateBasis.Relative, Shape.Other);
    }

    /// <summary>A weekday that names the day just given (أمس الاثنين، أمس (الاثنين)) belongs to the mention.</summary>
    private int SkipWeekday(int k)
    {
        if (WordIn(k, DateWords.Weekdays, out DayOfWeek _)) return k + 1;
        if (IsSymbol(k, '(') && WordIn(k + 1, DateWords.Weekdays, out DayOfWeek _) && IsSymbol(k + 2, ')')) return k + 3;
        return k;
    }

    private Parsed? WeekdayAlone(int j, int k)
    {
        if (!WordIn(k, DateWords.Weekdays, out DayOfWeek weekday)) return null;
        // صلاة الجمعة is a prayer, الأحد عشر is eleven.
        if (k == j && WordIn(j - 1, DateWords.PrayerWords) && !ExactWordIn(j - 1, DateWords.DayWord)) return null;
        if (WordIn(k + 1, DateWords.Eleven) || WordIn(k + 1, DateWords.Ordinals)) return null;
        k++;
        var past = WordIn(k, DateWords.Past);
        var next = !past && WordIn(k, DateWords.Next);
        if (past || next) k++;
        if (published is not { } p) return Parsed.Unresolved(k, Shape.Other);
        // A weekday alone in a news report is the latest such day up to the publication date.
        var day = next ? CalendarMath.NextWeekday(p, weekday) : CalendarMath.LatestWeekday(p, weekday, inclusive: !past);
        return new Parsed(k, day, day, DatePrecision.Day, DateBasis.Relative, Shape.Other);
    }

    // ----- month names ---------------------------------------------------------------------------------------

    private bool SimpleMonth(int j, out int month, out int end)
    {
        end = j;
        if (WordIn(j, DateWords.Months, out month)) { end = j + 1; return true; }
        if (WordIn(j, DateWords.TwoWordMonths, out var pair))
        {
            if (ExactWordIn(j + 1, DateWords.OrdinalFirst)) { month = pair.First; end = j + 2; return true; }
            if (ExactWordIn(j + 1, DateWords.OrdinalSecond)) { month = pair.Second; end = j + 2; return true; }
        }
        month = 0;
        return false;
    }

    /// <summary>A Gregorian month name, possibly paired with its other name: أغسطس (آب)، آب/أغسطس.</summary>
    private bool GregorianMonth(int j, out int month, out int end)
    {
        if (!SimpleMonth(j, out month, out end)) return false;
        if (IsSymbol(end, '(') && SimpleMonth(end + 1, out var paired, out var pairedEnd) && paired == month && IsSymbol(pairedEnd, ')'))
            end = pairedEnd + 1;
        else if ((IsSymbol(end, '/') || IsSymbol(end, '-')) && SimpleMonth(end + 1, out paired, out pairedEnd) && paired == month)
            end = pairedEnd;
        else if (SimpleMonth(end, out paired, out pairedEnd) && paired == month)
            end = pairedEnd;
        return true;
    }

    private bool HijriMonth(int j, out int month, out int end)
    {
        end = j + 1;
        if (WordIn(j, DateWords.HijriMonths, out month)) return true;
        if (WordIn(j, DateWords.HijriSecondWord, out var second) && IsWord(j + 1) && second.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens.Text(j + 1), out month))
        {
            end = j + 2;
            return true;
        }
        month = 0;
        return false;
    }

    /// <summary>After a month name: an optional comma, «من», «عام»; then a year. Returns the token after the year.</summary>
    private int YearAfterMonth(int k, bool hijri, out int year)
    {
        year = -1;
        if (IsComma(k)) k++;
        if (WordIn(k, DateWords.Of)) k++;
        if (WordIn(k, DateWords.YearWords)) k++;
        var value = FourDigits(k);
        if (value < 0 || GluedToDigits(k)) return -1;
        if (hijri ? !CalendarMath.IsHijriYear(value) : value is < MinNamedYear or > MaxYear) return -1;
        year = value;
        k++;
        if (hijri ? WordIn(k, DateWords.HijriMarks) : WordIn(k, DateWords.GregorianMarks)) k++;
        return k;
    }

    // ----- day + month (+ year), with an optional weekday before it ------------------------------------------

    private Parsed? DayDate(int j)
    {
        var k = j;
        if (WordIn(k, DateWords.DayWord)) k++;
        DayOfWeek? weekday = null;
        var pastWeekday = false;
        if (WordIn(k, DateWords.Weekdays, out DayOfWeek wd))
        {
            weekday = wd;
            k++;
            if (WordIn(k, DateWords.Past)) { pastWeekday = true; k++; }
            else if (WordIn(k, DateWords.Next)) k++;
            if (IsComma(k)) k++;
        }
        var day = NumberValue(k, 2);
        // (Not «الأسبوع الثاني من شهر شباط»: the ordinal counts weeks there.)
        if (day < 0 && WordIn(k, DateWords.OrdinalDays, out int ordinal) && WordIn(k + 1, DateWords.Of) && !WordIn(k - 1, DateWords.WeekNouns)) day = ordinal;
        if (day is < 1 or > 31) return null;
        k++;
        // «7-9 يناير 2015», «بين 7 و9 يناير»: a span of days in one month.
        var lastDay = day;
        if ((IsDash(k) || WordIn(k, DateWords.RangeJoiners) || IsConjunction(k)) && NumberValue(k + 1, 2) is var second && second > day && second <= 31)
        {
            lastDay = second;
            k += 2;
        }
        // «في 30 من شهر مارس»: the month named with «شهر».
        if (WordIn(k, DateWords.Of))
        {
            k++;
            if (ExactWordIn(k, DateWords.MonthWord)) k++;
        }

        if (GregorianMonth(k, out var month, out var end))
        {
            var afterYear = YearAfterMonth(end, hijri: false, out var year);
            if (afterYear > 0)
            {
                var date = CalendarMath.Date(year, month, day);
                var last = CalendarMath.Date(year, month, lastDay);
                if (date is null || last is null) return null;
                return new Parsed(afterYear, date, last, lastDay == day ? DatePrecision.Day : DatePrecision.Range, DateBasis.Explicit, Shape.Other);
            }
            if (lastDay != day) return null;
            if (CrossMonthRange(end, month, day, between: IsBetween(j - 1)) is { } span) return span;
            // (Not «أحداث 11 سبتمبر الماضي»: a qualifier makes it a day of the publication's years; 11/9/2001 was a Tuesday.)
            if (month == 9 && day == 11 && weekday is (null or DayOfWeek.Tuesday) && !pastWeekday && WordIn(j - 1, DateWords.SeptemberElevenNouns)
                && !WordIn(end, DateWords.Past) && !WordIn(end, DateWords.Next) && !WordIn(end, DateWords.Current))
                return new Parsed(end, SeptemberEleven, SeptemberEleven, DatePrecision.Day, DateBasis.Explicit, Shape.Other);
            var qualifier = WordIn(end, DateWords.Past) ? -1 : WordIn(end, DateWords.Next) ? 1 : 0;
            var current = WordIn(end, DateWords.Current);
            if (qualifier != 0 || current) end++;
            if (pastWeekday) qualifier = -1;
            // «7 أيلول/سبتمبر: غارات …», «- 5 حزيران: مقتل 3 …»: an entry of a chronology, told after the fact.
            if (qualifier == 0 && !current && IsSymbol(end, ':') && OpensEntry(j)) qualifier = NotAfter;
            return OpenGregorianDay(end, month, day, weekday, qualifier);
        }
        if (lastDay == day && HijriMonth(k, out month, out end))
        {
            var afterYear = YearAfterMonth(end, hijri: true, out var year);
            if (afterYear > 0)
            {
                var date = CalendarMath.FromHijri(year, month, day);
                return date is null ? null : new Parsed(afterYear, date, date, DatePrecision.Day, DateBasis.Explicit, Shape.Other);
            }
            return OpenHijriDay(end, month, day);
        }
        return null;
    }

    /// <summary>
    /// «بين 1 يناير و30 يونيو 2017», «من 15 نوفمبر إلى 2 يناير 2017», «10 مايو - 3 يونيو 2016»: a span across months whose
    /// year is written once, at its end, or not at all (then the end is put nearest the publication); a start after the
    /// end in the calendar lies in the year before. «و» joins the two days only after «بين»; elsewhere it lists two dates.
    /// </summary>
    private Parsed? CrossMonthRange(int k, int firstMonth, int firstDay, bool between)
    {
        if (!(IsDash(k) || WordIn(k, DateWords.RangeJoiners) || (between && IsConjunction(k)))) return null;
        var day = NumberValue(k + 1, 2);
        if (day is < 1 or > 31) return null;
        var m = k + 2;
        if (WordIn(m, DateWords.Of)) m++;
        if (!GregorianMonth(m, out var month, out var end)) return null;
        var afterYear = YearAfterMonth(end, hijri: false, out var year);
        var basis = DateBasis.Explicit;
        if (afterYear <= 0)
        {
            // No year at all: the end is the day nearest the publication, as a lone day and month would be.
            if (OpenGregorianDay(end, month, day, weekday: null, qualifier: 0) is not { } open) return null;
            if (open.Start is not { } openEnd) return Parsed.Unresolved(end, Shape.Range);
            (afterYear, year, basis) = (end, openEnd.Year, DateBasis.Relative);
        }
        var startYear = (firstMonth, firstDay).CompareTo((month, day)) > 0 ? year - 1 : year;
        if (CalendarMath.Date(startYear, firstMonth, firstDay) is not { } start || CalendarMath.Date(year, month, day) is not { } last) return null;
        return new Parsed(afterYear, start, last, DatePrecision.Range, basis, Shape.Range);
    }

    private bool IsBetween(int i) => i >= 0 && i < tokens.Count && tokens.IsWord(i, "بين");

    /// <summary>Day and month without a year: the year comes from the publication date (nearest, or before it for الماضي).</summary>
    private Parsed? OpenGregorianDay(int end, int month, int day, DayOfWeek? weekday, int qualifier)
    {
        if (day > DateTime.DaysInMonth(2000, month)) return null;
        if (published is { } p)
        {
            DateOnly? best = null;
            for (var year = p.Year - 1; year <= p.Year + 1; year++)
            {
                if (CalendarMath.Date(year, month, day) is not { } candidate) continue;
                if (qualifier == NotAfter ? candidate > p : qualifier < 0 && candidate >= p) continue;
                if (qualifier > 0 && candidate <= p) continue;
                if (best is null || Math.Abs(candidate.DayNumber - p.DayNumber) < Math.Abs(best.Value.DayNumber - p.DayNumber)) best = candidate;
            }
            return best is { } b ? new Parsed(end, b, b, DatePrecision.Day, DateBasis.Relative, Shape.Other) : Parsed.Unresolved(end, Shape.Other);
        }
        var open = weekday is { } w ? new OpenYear(month, day, w) : (OpenYear?)null;
        return Parsed.Unresolved(end, Shape.Other) with { Open = open };
    }

    private Parsed? OpenHijriDay(int end, int month, int day)
    {
        if (day > 30) return null;
        if (published is not { } p || CalendarMath.HijriYearOf(p) is not { } hijriYear) return Parsed.Unresolved(end, Shape.Other);
        DateOnly? best = null;
        for (var year = hijriYear - 1; year <= hijriYear + 1; year++)
        {
            if (CalendarMath.FromHijri(year, month, day) is not { } candidate) continue;
            if (best is null || Math.Abs(candidate.DayNumber - p.DayNumber) < Math.Abs(best.Value.DayNumber - p.DayNumber)) best = candidate;
        }
        return best is { } b ? new Parsed(end, b, b, DatePrecision.Day, DateBasis.Relative, Shape.Other) : Parsed.Unresolved(end, Shape.Other);
    }

    // ----- numeric dates: 23/06/2020, 6/23/2020, 2020-06-23, 23-6-2020 ---------------------------------------

    /// <summary>The parts of a numeric date at <paramref name="j"/>: (first, second, year) or (year, month, day).</summary>
    internal static bool NumericParts(FoldedTokens tokens, int j, out int a, out int b, out int c, out bool yearFirst)
    {
        a = b = c = -1;
        yearFirst = false;
        if (j + 4 >= tokens.Count) return false;
        if (tokens[j + 1].Kind != TokenKind.Symbol) return false;
        var separator = tokens.Text(j + 1)[0];
        if (!IsDateSeparator(separator)) return false;
        if (!tokens.IsSymbol(j + 3, separator)) return false;
        for (var k = j + 1; k <= j + 4; k++) if (tokens[k].SpaceBefore) return false;
        if (tokens[j].Kind != TokenKind.Number || tokens[j + 2].Kind != TokenKind.Number || tokens[j + 4].Kind != TokenKind.Number) return false;
        // 1/2/2020/5 or 3.1.2.2020 are not dates.
        if (j + 5 < tokens.Count && !tokens[j + 5].SpaceBefore && tokens[j + 5].Kind == TokenKind.Symbol && IsDateSeparator(tokens.Text(j + 5)[0])
            && j + 6 < tokens.Count && tokens[j + 6].Kind == TokenKind.Number && !tokens[j + 6].SpaceBefore) return false;
        int first = tokens[j].TextLength, second = tokens[j + 2].TextLength, third = tokens[j + 4].TextLength;
        if (first == 4 && second <= 2 && third <= 2)
        {
            yearFirst = true;
            (a, b, c) = (tokens[j].Value, tokens[j + 2].Value, tokens[j + 4].Value);
            return true;
        }
        if (first <= 2 && second <= 2 && third == 4)
        {
            (a, b, c) = (tokens[j].Value, tokens[j + 2].Value, tokens[j + 4].Value);
            return true;
        }
        return false;
    }

    private static bool IsDateSeparator(char c) => c is '/' or '-' or '.';

    private Parsed? NumericDate(int j)
    {
        if (!NumericParts(tokens, j, out var a, out var b, out var c, out var yearFirst)) return null;
        DateOnly? date;
        if (yearFirst) date = CalendarMath.Date(a, b, c);
        else if (a > 12) date = CalendarMath.Date(c, b, a);
        else if (b > 12) date = CalendarMath.Date(c, a, b);
        else date = monthFirst ? CalendarMath.Date(c, a, b) : CalendarMath.Date(c, b, a);
        var year = yearFirst ? a : c;
        if (date is null || year is < MinYear or > MaxYear) return null;
        return new Parsed(j + 5, date, date, DatePrecision.Day, DateBasis.Explicit, Shape.Other);
    }

    // ----- month periods: سبتمبر 2025، شهر آب (أغسطس) 2014، أغسطس الماضي، رمضان 1436 هـ -------------------------

    private Parsed? MonthPeriod(int j)
    {
        var k = j;
        if (WordIn(k, DateWords.MonthWord)) k++;
        // «31 فبراير 2020» failed as a day; its month is not a mention of its own.
        if (k == j && (NumberValue(j - 1, 2) > 0 || (WordIn(j - 1, DateWords.Of) && NumberValue(j - 2, 2) > 0))) return null;
        if (GregorianMonth(k, out var month, out var end))
        {
            var afterYear = YearAfterMonth(end, hijri: false, out var year);
            if (afterYear > 0)
                return Parsed.Of(afterYear, CalendarMath.WholeMonth(year, month), DatePrecision.Month, DateBasis.Explicit, Shape.Month);
            var qualifier = WordIn(end, DateWords.Past) ? -1 : WordIn(end, DateWords.Next) ? 1 : WordIn(end, DateWords.Current) ? 0 : 2;
            if (qualifier == 2) return null;
            end++;
            if (published is not { } p) return Parsed.Unresolved(end, Shape.Month);
            var resolvedYear = qualifier switch
            {
                -1 => month < p.Month ? p.Year : p.Year - 1,
                1 => month > p.Month ? p.Year : p.Year + 1,
                _ => p.Year,
            };
            return Parsed.Of(end, CalendarMath.WholeMonth(resolvedYear, month), DatePrecision.Month, DateBasis.Relative, Shape.Month);
        }
        if (HijriMonth(k, out month, out end))
        {
            var afterYear = YearAfterMonth(end, hijri: true, out var year);
            if (afterYear < 0 || CalendarMath.HijriMonthSpan(year, month) is not { } span) return null;
            return Parsed.Of(afterYear, span, DatePrecision.Month, DateBasis.Explicit, Shape.Other);
        }
        return null;
    }

    // ----- years: عام 2014، في 2022، منذ 2003، 2014-2017، بين عامي 2014 و2017، 2014م --------------------------

    private Parsed? YearExpression(int j, bool cued)
    {
        var k = j;
        var named = false;
        if (WordIn(k, DateWords.YearWords)) { named = true; k++; }
        else if (IsWord(k) && ArabicText.IsCliticOnly(tokens.Text(k)) && Adjacent(k + 1) && FourDigits(k + 1) >= 0) k++;
        var year = FourDigits(k);
        if (year < 0 || GluedToDigits(k)) return null;
        if (named ? year is < MinNamedYear or > MaxYear : year is < MinYear or > MaxYear) return null;
        var after = k + 1;
        if (WordIn(after, DateWords.HijriMarks)) return null;
        // «و» joins two years only in «بين عامي 2014 و2017»; elsewhere it lists years (2014 و2016 و2018).
        var pair = (named && WordIn(j, DateWords.DualYearWords)) || WordIn(j - 1, DateWords.Between) || (named && WordIn(j - 1, DateWords.Between));
        if (YearRangeTail(after, year, pair) is { } range) return range;
        var marked = WordIn(after, DateWords.GregorianMarks);
        if (marked) after++;
        if (!named && !marked && (!cued || IsCountedAfter(after))) return null;
        return Parsed.Of(after, CalendarMath.WholeYear(year), DatePrecision.Year, DateBasis.Explicit, Shape.Year);
    }

    /// <summary>After a first year: «- 2017»، «/2015»، «إلى عام 2017»، «و2017»; the second year must come later.</summary>
    private Parsed? YearRangeTail(int k, int first, bool allowAnd)
    {
        int next;
        if (IsDash(k)) next = k + 1;
        else if (WordIn(k, DateWords.RangeJoiners)) next = k + 1;
        else if (allowAnd && IsConjunction(k)) next = k + 1;
        else if (allowAnd && IsWord(k) && tokens.Text(k) is ['و', .. var year] && year.Length > 0 && DateWords.YearWords.Contains(year)) next = k + 1;
        else return null;
        if (WordIn(next, DateWords.YearWords)) next++;
        var second = FourDigits(next);
        if (second <= first || second > first + 100 || second > MaxYear || GluedToDigits(next)) return null;
        var end = next + 1;
        if (WordIn(end, DateWords.GregorianMarks)) end++;
        return new Parsed(end, new DateOnly(first, 1, 1), new DateOnly(second, 12, 31), DatePrecision.Range, DateBasis.Explicit, Shape.Range);
    }

    /// <summary>«(2026- 2030)»: a bare range of years in parentheses, parentheses included.</summary>
    private Parsed? ParenthesisedYearRange(int j)
    {
        if (!IsSymbol(j, '(')) return null;
        var first = FourDigits(j + 1);
        if (first is < MinYear or > MaxYear) return null;
        if (YearRangeTail(j + 2, first, allowAnd: false) is not { } range || !IsSymbol(range.EndToken, ')')) return null;
        return range with { EndToken = range.EndToken + 1 };
    }

    // ----- relative periods: العام الماضي، هذا العام، الشهر الماضي، الأسبوع الماضي ---------------------------------

    private Parsed? RelativePeriod(int j)
    {
        var k = j;
        var thisWord = WordIn(k, DateWords.This);
        if (thisWord) k++;
        int direction;
        var end = k + 2;
        if (thisWord) { direction = 0; end = k + 1; }
        else if (WordIn(k + 1, DateWords.Past)) direction = -1;
        else if (WordIn(k + 1, DateWords.Current)) direction = 0;
        else if (WordIn(k + 1, DateWords.Next)) direction = 1;
        else return null;

        if (ExactWordIn(k, DateWords.YearNouns))
        {
            if (published is not { } p) return Parsed.Unresolved(end, Shape.Year);
            return Parsed.Of(end, CalendarMath.WholeYear(p.Year + direction), DatePrecision.Year, DateBasis.Relative, Shape.Year);
        }
        if (ExactWordIn(k, DateWords.MonthNouns))
        {
            if (published is not { } p) return Parsed.Unresolved(end, Shape.Month);
            var month = new DateOnly(p.Year, p.Month, 1).AddMonths(direction);
            return Parsed.Of(end, CalendarMath.WholeMonth(month.Year, month.Month), DatePrecision.Month, DateBasis.Relative, Shape.Month);
        }
        if (ExactWordIn(k, DateWords.WeekNouns) && direction != 0)
        {
            if (published is not { } p) return Parsed.Unresolved(end, Shape.Other);
            var period = direction < 0 ? (p.AddDays(-7), p.AddDays(-1)) : (p.AddDays(1), p.AddDays(7));
            return Parsed.Of(end, period, DatePrecision.Range, DateBasis.Relative, Shape.Other);
        }
        return null;
    }

    // ----- seasons: صيف 2014، خلال شتاء العام الماضي، الصيف الماضي ----------------------------------------------

    private Parsed? SeasonExpression(int j)
    {
        if (!WordIn(j, DateWords.Seasons, out Season season)) return null;
        var k = j + 1;
        if (WordIn(k, DateWords.Of)) k++;
        if (WordIn(k, DateWords.YearWords) && FourDigits(k + 1) >= 0) k++;
        var year = FourDigits(k);
        if (year >= 0)
        {
            if (year is < MinYear or > MaxYear || CalendarMath.SeasonOf(year, season) is not { } span) return null;
            return Parsed.Of(k + 1, span, DatePrecision.Range, DateBasis.Explicit, Shape.Other);
        }
        if (RelativePeriod(k) is { Shape: Shape.Year } yearPeriod)
        {
            if (yearPeriod.Start is not { } start || CalendarMath.SeasonOf(start.Year, season) is not { } span)
                return Parsed.Unresolved(yearPeriod.EndToken, Shape.Other);
            return Parsed.Of(yearPeriod.EndToken, span, DatePrecision.Range, DateBasis.Relative, Shape.Other);
        }
        var direction = WordIn(j + 1, DateWords.Past) ? -1 : WordIn(j + 1, DateWords.Next) ? 1 : WordIn(j + 1, DateWords.Current) ? 0 : 2;
        if (direction == 2 || !tokens.Text(j).StartsWith("ال", StringComparison.Ordinal)) return null;
        if (published is not { } p) return Parsed.Unresolved(j + 2, Shape.Other);
        var step = direction < 0 ? -1 : 1;
        for (var y = p.Year; Math.Abs(y - p.Year) <= 2; y += step)
        {
            if (CalendarMath.SeasonOf(y, season) is not { } span) break;
            var fits = direction switch
            {
                -1 => span.End < p,
                1 => span.Start > p,
                _ => true,
            };
            if (fits) return Parsed.Of(j + 2, span, DatePrecision.Range, DateBasis.Relative, Shape.Other);
        }
        return Parsed.Unresolved(j + 2, Shape.Other);
    }

    // ----- Hijri years: 1436 هـ، عام 1436 للهجرة -----------------------------------------------------------

    private Parsed? HijriYear(int j)
    {
        var k = j;
        if (WordIn(k, DateWords.YearWords)) k++;
        var year = FourDigits(k);
        if (!CalendarMath.IsHijriYear(year) || !WordIn(k + 1, DateWords.HijriMarks)) return null;
        if (CalendarMath.HijriYearSpan(year) is not { } span) return null;
        return Parsed.Of(k + 2, span, DatePrecision.Year, DateBasis.Explicit, Shape.Other);
    }
}
