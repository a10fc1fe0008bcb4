using System.Collections.Frozen;

namespace Dashboard.Extraction.Dates;

internal enum PeriodPart { Early, Middle, Late }

internal enum Season { Spring, Summer, Autumn, Winter }

internal enum AgoUnit { Day, Week }

/// <summary>
/// The words dates are made of, written in natural spelling and folded once at start-up. Every set has its own bit;
/// <see cref="Index"/> maps each folded word to the bits of all sets holding it, so a token is looked up once per
/// bare form and each rule's question («is it a month name?») is a bit test.
/// </summary>
internal static class DateWords
{
    private static readonly List<WordSet> Registered = [];

    private static WordSet Set(params string[] words) => Register(new WordSet(ArabicText.FoldSet(words), Registered.Count));

    private static WordMap<T> Folded<T>(params (string Word, T Value)[] pairs)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (word, value) in pairs) map[ArabicText.Fold(word)] = value;
        return Register(new WordMap<T>(map.ToFrozenDictionary(StringComparer.Ordinal), Registered.Count));
    }

    private static TSet Register<TSet>(TSet set) where TSet : WordSet
    {
        Registered.Add(set);
        return set;
    }

    /// <summary>One-word Gregorian month names: Egyptian/Gulf, Levantine/Iraqi and Maghrebi, with common misspellings.</summary>
    public static readonly WordMap<int> Months = Folded(
        ("يناير", 1), ("ينایر", 1), ("جانفي", 1), ("جانفيه", 1),
        ("فبراير", 2), ("فبرایر", 2), ("فبرير", 2), ("فيفري", 2), ("شباط", 2),
        ("مارس", 3), ("آذار", 3), ("اذار", 3),
        ("أبريل", 4), ("إبريل", 4), ("ابريل", 4), ("أفريل", 4), ("افريل", 4), ("نيسان", 4),
        ("مايو", 5), ("ماي", 5), ("أيار", 5), ("مايس", 5),
        ("يونيو", 6), ("يونيه", 6), ("جوان", 6), ("حزيران", 6),
        ("يوليو", 7), ("يوليه", 7), ("جويلية", 7), ("جويليه", 7), ("تموز", 7),
        ("أغسطس", 8), ("اغسطس", 8), ("أغسطوس", 8), ("غشت", 8), ("أوت", 8), ("آب", 8),
        ("سبتمبر", 9), ("شتنبر", 9), ("أيلول", 9),
        ("أكتوبر", 10), ("اكتوبر", 10), ("أكتوبير", 10),
        ("نوفمبر", 11), ("نونبر", 11),
        ("ديسمبر", 12), ("دجنبر", 12));

    /// <summary>Levantine two-word months: كانون/تشرين + الأول/الثاني.</summary>
    public static readonly WordMap<(int First, int Second)> TwoWordMonths = Folded(
        ("كانون", (12, 1)), ("تشرين", (10, 11)));

    public static readonly WordSet OrdinalFirst = Set("الأول", "أول", "الاول", "اول");
    public static readonly WordSet OrdinalSecond = Set("الثاني", "ثاني", "الثانى");

    /// <summary>Hijri months; the two-word ones (ربيع، جمادى، ذو) are completed by <see cref="HijriSecondWord"/>.</summary>
    public static readonly WordMap<int> HijriMonths = Folded(
        ("محرم", 1), ("صفر", 2), ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10));

    public static readonly WordMap<FrozenDictionary<string, int>> HijriSecondWord = Register(new WordMap<FrozenDictionary<string, int>>(
        new Dictionary<string, FrozenDictionary<string, int>>(StringComparer.Ordinal)
    {
        [ArabicText.Fold("ربيع")] = SecondWords(("الأول", 3), ("الاول", 3), ("أول", 3), ("الثاني", 4), ("الآخر", 4), ("ثاني", 4)),
        [ArabicText.Fold("جمادى")] = SecondWords(("الأولى", 5), ("الأول", 5), ("الاولى", 5), ("الثانية", 6), ("الآخرة", 6), ("الثاني", 6), ("الاخرة", 6)),
        [ArabicText.Fold("ذو")] = SecondWords(("القعدة", 11), ("الحجة", 12)),
        [ArabicText.Fold("ذي")] = SecondWords(("القعدة", 11), ("الحجة", 12)),
    }.ToFrozenDictionary(StringComparer.Ordinal), Registered.Count));

    private static FrozenDictionary<string, int> SecondWords(params (string Word, int Month)[] pairs)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, month) in pairs) map[ArabicText.Fold(word)] = month;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static readonly WordSet HijriMarks = Set("هـ", "ه", "هجري", "هجرية", "للهجرة", "الهجري", "الهجرية", "هجرية");
    public static readonly WordSet GregorianMarks = Set("م", "ميلادي", "ميلادية", "للميلاد");

    public static readonly WordMap<DayOfWeek> Weekdays = Folded(
        ("الأحد", DayOfWeek.Sunday), ("الاحد", DayOfWeek.Sunday),
        ("الاثنين", DayOfWeek.Monday), ("الإثنين", DayOfWeek.Monday), ("الأثنين", DayOfWeek.Monday), ("الاتنين", DayOfWeek.Monday),
        ("الثلاثاء", DayOfWeek.Tuesday), ("الثلاثا", DayOfWeek.Tuesday),
        ("الأربعاء", DayOfWeek.Wednesday), ("الاربعاء", DayOfWeek.Wednesday), ("الأربعا", DayOfWeek.Wednesday),
        ("الخميس", DayOfWeek.Thursday),
        ("الجمعة", DayOfWeek.Friday),
        ("السبت", DayOfWeek.Saturday));

    /// <summary>Words that only extend a mention's span (في عام 2014, منذ 2003, بعد عام 2014).</summary>
    public static readonly WordSet Prepositions = Set(
        "في", "منذ", "خلال", "حتى", "قبل", "بعد", "طيلة", "طوال", "لغاية", "إلى", "الى", "مع", "عن");

    /// <summary>Prepositions that only open a range (من 2014 إلى 2017, بين عامي 2014 و2017).</summary>
    public static readonly WordSet RangePrepositions = Set("من", "بين");

    public static readonly WordSet RangeJoiners = Set("إلى", "الى", "حتى", "لغاية", "وحتى", "وإلى", "ولغاية");

    public static readonly WordMap<PeriodPart> PeriodParts = Folded(
        ("مطلع", PeriodPart.Early), ("بداية", PeriodPart.Early), ("بدايات", PeriodPart.Early), ("أوائل", PeriodPart.Early),
        ("مستهل", PeriodPart.Early),
        ("منتصف", PeriodPart.Middle), ("أواسط", PeriodPart.Middle),
        ("نهاية", PeriodPart.Late), ("نهايات", PeriodPart.Late), ("أواخر", PeriodPart.Late), ("ختام", PeriodPart.Late));

    public static readonly WordSet Since = Set("منذ");

    public static readonly WordSet YearWords = Set("عام", "العام", "سنة", "السنة", "عامي", "سنتي", "العامين", "لعامي");
    public static readonly WordSet YearNouns = Set("العام", "السنة");
    public static readonly WordSet MonthNouns = Set("الشهر");
    public static readonly WordSet WeekNouns = Set("الأسبوع", "الاسبوع");
    public static readonly WordSet MonthWord = Set("شهر", "شهري");
    public static readonly WordSet DayWord = Set("يوم");

    /// <summary>
    /// «قبل يومين», «قبل أسبوعين», «قبل 3 أيام»: days or weeks back from publication. (Not months or years: «قبل عام»,
    /// «قبل 15 عاما» mostly date a comparison or another clause's event in the 2018 corpus: «أعنف من ذلك الذي وقع قبل عام».)
    /// </summary>
    public static readonly WordSet Ago = Set("قبل");
    /// <summary>
    /// After the time back, these make it one before another event: «قبل أسبوع موعد الانتخابات». (Not «على»: in the 2018
    /// corpus it is where, «غارة قبل يومين على قيادة المنطقة».)
    /// </summary>
    public static readonly WordSet AgoOfAnother = Set("موعد", "بدء", "انطلاق");
    /// <summary>Units of a time back, with the count a singular or dual form says (0: a count stands before it).</summary>
    public static readonly WordMap<(AgoUnit Unit, int Count)> AgoUnits = Folded(
        ("يوم", (AgoUnit.Day, 1)), ("يومين", (AgoUnit.Day, 2)), ("يومان", (AgoUnit.Day, 2)), ("أيام", (AgoUnit.Day, 0)), ("يوما", (AgoUnit.Day, 0)),
        ("أسبوع", (AgoUnit.Week, 1)), ("أسبوعين", (AgoUnit.Week, 2)), ("أسابيع", (AgoUnit.Week, 0)), ("أسبوعا", (AgoUnit.Week, 0)));
    public static readonly WordSet This = Set("هذا", "هذه");
    public static readonly WordSet Of = Set("من");

    public static readonly WordSet Past = Set("الماضي", "الماضية", "المنصرم", "المنصرمة", "السابق", "الفائت", "الفائتة");
    public static readonly WordSet Current = Set("الجاري", "الجارية", "الحالي", "الحالية");

    /// <summary>
    /// Nouns that make «11 سبتمبر» the name of the 2001 attacks rather than a day of the publication's year
    /// («هجمات 11 سبتمبر», «ضحايا 11 سبتمبر»).
    /// </summary>
    public static readonly WordSet SeptemberElevenNouns = Set("هجمات", "هجوم", "أحداث", "اعتداءات", "تفجيرات", "ضحايا", "منفذي", "منفذو");
    public static readonly WordSet Next = Set("المقبل", "المقبلة", "القادم", "القادمة");

    public static readonly WordSet Yesterday = Set("أمس", "امس", "البارحة");
    public static readonly WordSet Today = Set("اليوم");
    public static readonly WordSet First = Set("أول", "الأول");
    public static readonly WordSet Night = Set("الليلة");

    /// <summary>Time-of-day words that may stand before أمس/اليوم/a weekday and belong to the mention.</summary>
    public static readonly WordSet TimesOfDay = Set(
        "صباح", "مساء", "ليل", "ليلة", "فجر", "ظهر", "عصر", "ظهيرة", "صبيحة", "عشية", "منتصف ليل");

    /// <summary>Words after اليوم that make it a noun phrase (the next day, the first day, national day), not "today".</summary>
    public static readonly WordSet NotToday = Set(
        "التالي", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "الأخير", "الوطني", "العالمي", "الدولي", "السابق",
        "نفسه", "ذاته", "الذي", "التي", "الموعود", "الآخر", "المقبل", "الواحد", "الواحدة");

    public static readonly WordMap<Season> Seasons = Folded(
        ("ربيع", Season.Spring), ("الربيع", Season.Spring),
        ("صيف", Season.Summer), ("الصيف", Season.Summer),
        ("خريف", Season.Autumn), ("الخريف", Season.Autumn),
        ("شتاء", Season.Winter), ("الشتاء", Season.Winter));

    /// <summary>Nouns that make a preceding number a count, not a year (2014 قتيلا).</summary>
    public static readonly WordSet CountedNouns = Set(
        "قتيل", "قتلى", "جريح", "جرحى", "مصاب", "مصابين", "شخص", "أشخاص", "عنصر", "عناصر", "مسلح", "مسلحين", "مسلحون",
        "مدني", "مدنيين", "مدنيون", "غارة", "غارات", "ضربة", "ضربات", "طلعة", "طلعات", "عملية", "عمليات", "دولار",
        "دينار", "يورو", "جندي", "جنود", "إرهابي", "إرهابيين", "معتقل", "معتقلين", "نازح", "نازحين", "عائلة", "عائلات",
        "أسرة", "أسر", "منزل", "منازل", "طفل", "أطفال", "امرأة", "نساء", "رجل", "مقاتل", "مقاتلين", "عبوة", "عبوات",
        "صاروخ", "صواريخ", "قذيفة", "قذائف", "سيارة", "سيارات", "مطلوب", "مطلوبين", "متهم", "متهمين", "طن", "كيلو",
        "كيلومتر", "كلم", "كم", "متر", "ألف", "الف", "آلاف", "مليون", "ملايين", "مليار", "نسمة", "فرد", "أفراد",
        "قرية", "قرى", "موقع", "مواقع", "هدف", "أهداف", "وكر", "أوكار", "لاجئ", "لاجئين", "سجين", "سجناء", "ضحية",
        "ضحايا", "جثة", "جثث", "طائرة", "طائرات", "دبابة", "دبابات", "مركبة", "مركبات", "حالة", "حالات", "صوت", "مقعد",
        "عضو", "أعضاء", "طالب", "طلاب", "عامل", "عمال", "مرة", "مرات", "ساعة", "دقيقة", "كغم", "هكتار", "برميل");

    /// <summary>Ordinal day words used as «الثالث من شباط».</summary>
    public static readonly WordMap<int> OrdinalDays = Folded(
        ("الأول", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5), ("السادس", 6), ("السابع", 7), ("الثامن", 8),
        ("التاسع", 9), ("العاشر", 10));

    // صلاة الجمعة is a prayer, الأحد عشر is eleven: a weekday name beside these is no day.
    public static readonly WordSet PrayerWords = Set("صلاة", "خطبة", "صلاه", "يوم");
    public static readonly WordSet Eleven = Set("عشر");
    // الجمعة الثانية من المواجهات: the second Friday of a series, not a date.
    public static readonly WordSet Ordinals = Set(
        "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة", "الأخيرة");
    public static readonly WordSet DualYearWords = Set("عامي", "سنتي", "العامين", "لعامي");
    public static readonly WordSet Between = Set("بين");

    /// <summary>A counted noun with the accusative alef (قتيلا), which makes a number before it a count.</summary>
    public static readonly WordSet CountedWithAlef = Register(new WordSet(
        CountedNouns.Words.Where(noun => noun.Length + 1 > 2).Select(noun => noun + "ا").ToFrozenSet(StringComparer.Ordinal), Registered.Count));

    /// <summary>Every folded vocabulary word and the bits of the sets it belongs to. Declared last: it reads every set above.</summary>
    public static readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> Index = BuildIndex();

    private static FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> BuildIndex()
    {
        var bits = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var set in Registered)
            foreach (var word in set.Words)
                bits[word] = bits.GetValueOrDefault(word) | set.Bit;
        return bits.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The bits of the sets a folded form belongs to; 0 for a word no date is made of.</summary>
    public static ulong SetsOf(ReadOnlySpan<char> form) => Index.TryGetValue(form, out var bits) ? bits : 0;
}

/// <summary>A set of folded words with its own bit in <see cref="DateWords.Index"/>.</summary>
internal class WordSet
{
    public WordSet(IReadOnlySet<string> words, int bitNumber)
    {
        if (bitNumber > 63) throw new InvalidOperationException("More word sets than bits in a mask.");
        Words = words;
        Bit = 1UL << bitNumber;
        _lookup = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public IReadOnlySet<string> Words { get; }

    public ulong Bit { get; }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}

/// <summary>Folded words with a value each (month numbers, weekdays…).</summary>
internal sealed class WordMap<T> : WordSet
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _values;

    public WordMap(FrozenDictionary<string, T> values, int bitNumber) : base(values.Keys.ToFrozenSet(StringComparer.Ordinal), bitNumber) =>
        _values = values.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool TryGetValue(ReadOnlySpan<char> word, out T value) => _values.TryGetValue(word, out value!);
}
