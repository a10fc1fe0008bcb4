namespace Dashboard.Extraction.Dates;

internal enum PeriodPart { Early, Middle, Late }

internal enum Season { Spring, Summer, Autumn, Winter }

/// <summary>The words dates are made of, written in natural spelling and folded once at start-up.</summary>
internal static class DateWords
{
    private static Dictionary<string, T> Folded<T>(params (string Word, T Value)[] pairs)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (word, value) in pairs) map[ArabicText.Fold(word)] = value;
        return map;
    }

    /// <summary>One-word Gregorian month names: Egyptian/Gulf, Levantine/Iraqi and Maghrebi, with common misspellings.</summary>
    public static readonly Dictionary<string, int> Months = Folded(
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
    public static readonly Dictionary<string, (int First, int Second)> TwoWordMonths = Folded(
        ("كانون", (12, 1)), ("تشرين", (10, 11)));

    public static readonly HashSet<string> OrdinalFirst = ArabicText.FoldSet("الأول", "أول", "الاول", "اول");
    public static readonly HashSet<string> OrdinalSecond = ArabicText.FoldSet("الثاني", "ثاني", "الثانى");

    /// <summary>Hijri months; the two-word ones (ربيع، جمادى، ذو) are completed by <see cref="HijriSecondWord"/>.</summary>
    public static readonly Dictionary<string, int> HijriMonths = Folded(
        ("محرم", 1), ("صفر", 2), ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10));

    public static readonly Dictionary<string, Dictionary<string, int>> HijriSecondWord = new(StringComparer.Ordinal)
    {
        [ArabicText.Fold("ربيع")] = Folded(("الأول", 3), ("الاول", 3), ("أول", 3), ("الثاني", 4), ("الآخر", 4), ("ثاني", 4)),
        [ArabicText.Fold("جمادى")] = Folded(("الأولى", 5), ("الأول", 5), ("الاولى", 5), ("الثانية", 6), ("الآخرة", 6), ("الثاني", 6), ("الاخرة", 6)),
        [ArabicText.Fold("ذو")] = Folded(("القعدة", 11), ("الحجة", 12)),
        [ArabicText.Fold("ذي")] = Folded(("القعدة", 11), ("الحجة", 12)),
    };

    public static readonly HashSet<string> HijriMarks = ArabicText.FoldSet("هـ", "ه", "هجري", "هجرية", "للهجرة", "الهجري", "الهجرية", "هجرية");
    public static readonly HashSet<string> GregorianMarks = ArabicText.FoldSet("م", "ميلادي", "ميلادية", "للميلاد");

    public static readonly Dictionary<string, DayOfWeek> Weekdays = Folded(
        ("الأحد", DayOfWeek.Sunday), ("الاحد", DayOfWeek.Sunday),
        ("الاثنين", DayOfWeek.Monday), ("الإثنين", DayOfWeek.Monday), ("الأثنين", DayOfWeek.Monday), ("الاتنين", DayOfWeek.Monday),
        ("الثلاثاء", DayOfWeek.Tuesday), ("الثلاثا", DayOfWeek.Tuesday),
        ("الأربعاء", DayOfWeek.Wednesday), ("الاربعاء", DayOfWeek.Wednesday), ("الأربعا", DayOfWeek.Wednesday),
        ("الخميس", DayOfWeek.Thursday),
        ("الجمعة", DayOfWeek.Friday),
        ("السبت", DayOfWeek.Saturday));

    /// <summary>Words that only extend a mention's span (في عام 2014, منذ 2003, بعد عام 2014).</summary>
    public static readonly HashSet<string> Prepositions = ArabicText.FoldSet(
        "في", "منذ", "خلال", "حتى", "قبل", "بعد", "طيلة", "طوال", "لغاية", "إلى", "الى", "مع", "عن");

    /// <summary>Prepositions that only open a range (من 2014 إلى 2017, بين عامي 2014 و2017).</summary>
    public static readonly HashSet<string> RangePrepositions = ArabicText.FoldSet("من", "بين");

    public static readonly HashSet<string> RangeJoiners = ArabicText.FoldSet("إلى", "الى", "حتى", "لغاية", "وحتى", "وإلى", "ولغاية");

    public static readonly Dictionary<string, PeriodPart> PeriodParts = Folded(
        ("مطلع", PeriodPart.Early), ("بداية", PeriodPart.Early), ("بدايات", PeriodPart.Early), ("أوائل", PeriodPart.Early),
        ("مستهل", PeriodPart.Early),
        ("منتصف", PeriodPart.Middle), ("أواسط", PeriodPart.Middle),
        ("نهاية", PeriodPart.Late), ("نهايات", PeriodPart.Late), ("أواخر", PeriodPart.Late), ("ختام", PeriodPart.Late));

    public static readonly HashSet<string> Since = ArabicText.FoldSet("منذ");

    public static readonly HashSet<string> YearWords = ArabicText.FoldSet("عام", "العام", "سنة", "السنة", "عامي", "سنتي", "العامين", "لعامي");
    public static readonly HashSet<string> YearNouns = ArabicText.FoldSet("العام", "السنة");
    public static readonly HashSet<string> MonthNouns = ArabicText.FoldSet("الشهر");
    public static readonly HashSet<string> WeekNouns = ArabicText.FoldSet("الأسبوع", "الاسبوع");
    public static readonly HashSet<string> MonthWord = ArabicText.FoldSet("شهر", "شهري");
    public static readonly HashSet<string> DayWord = ArabicText.FoldSet("يوم");
    public static readonly HashSet<string> This = ArabicText.FoldSet("هذا", "هذه");
    public static readonly HashSet<string> Of = ArabicText.FoldSet("من");

    public static readonly HashSet<string> Past = ArabicText.FoldSet("الماضي", "الماضية", "المنصرم", "المنصرمة", "السابق", "الفائت", "الفائتة");
    public static readonly HashSet<string> Current = ArabicText.FoldSet("الجاري", "الجارية", "الحالي", "الحالية");
    public static readonly HashSet<string> Next = ArabicText.FoldSet("المقبل", "المقبلة", "القادم", "القادمة");

    public static readonly HashSet<string> Yesterday = ArabicText.FoldSet("أمس", "امس", "البارحة");
    public static readonly HashSet<string> Today = ArabicText.FoldSet("اليوم");
    public static readonly HashSet<string> First = ArabicText.FoldSet("أول", "الأول");
    public static readonly HashSet<string> Night = ArabicText.FoldSet("الليلة");
    public static readonly HashSet<string> NightOf = ArabicText.FoldSet("ليلة", "ليل");

    /// <summary>Time-of-day words that may stand before أمس/اليوم/a weekday and belong to the mention.</summary>
    public static readonly HashSet<string> TimesOfDay = ArabicText.FoldSet(
        "صباح", "مساء", "ليل", "ليلة", "فجر", "ظهر", "عصر", "ظهيرة", "صبيحة", "عشية", "منتصف ليل");

    /// <summary>Words after اليوم that make it a noun phrase (the next day, the first day, national day), not "today".</summary>
    public static readonly HashSet<string> NotToday = ArabicText.FoldSet(
        "التالي", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "الأخير", "الوطني", "العالمي", "الدولي", "السابق",
        "نفسه", "ذاته", "الذي", "التي", "الموعود", "الآخر", "المقبل", "الواحد", "الواحدة");

    public static readonly Dictionary<string, Season> Seasons = Folded(
        ("ربيع", Season.Spring), ("الربيع", Season.Spring),
        ("صيف", Season.Summer), ("الصيف", Season.Summer),
        ("خريف", Season.Autumn), ("الخريف", Season.Autumn),
        ("شتاء", Season.Winter), ("الشتاء", Season.Winter));

    /// <summary>Nouns that make a preceding number a count, not a year (2014 قتيلا).</summary>
    public static readonly HashSet<string> CountedNouns = ArabicText.FoldSet(
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
    public static readonly Dictionary<string, int> OrdinalDays = Folded(
        ("الأول", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5), ("السادس", 6), ("السابع", 7), ("الثامن", 8),
        ("التاسع", 9), ("العاشر", 10));

    public static readonly HashSet<string> ScaleWords = ArabicText.FoldSet("ألف", "الف", "آلاف", "مليون", "مليار", "ملايين");
}
