using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Lexicons;

/// <summary>Words that show a number is a label, a date, a time, a model or page furniture rather than a count.</summary>
internal static class NotAFactCues
{
    private static Lexicon<bool> Set(params string[] words) => new(words.Select(w => (w, true)));

    /// <summary>Nouns a number follows as its label or ordinal: المادة (4)، نسخته 21، الفرقة 16، القرار 2170.</summary>
    public static Lexicon<bool> Labels { get; } = Set(
        "مادة", "المادة", "الفقرة", "فقرة", "البند", "بند", "رقم", "الرقم", "برقم", "القرار", "قرار", "المرحلة", "مرحلة", "النسخة", "نسخة", "نسخته", "نسختها",
        "الدورة", "دورة", "دورته", "دورتها", "العدد", "الفرقة", "فرقة", "اللواء", "لواء", "الفوج", "فوج", "الكتيبة", "كتيبة", "السرية", "الفيلق", "الطريق",
        "طريق", "الطابق", "الحلقة", "حلقة", "الجزء", "جزء", "الصفحة", "صفحة", "الشارع", "شارع", "الحي", "المجمع", "القاطع", "قاطع", "السيطرة", "سيطرة", "القانون",
        "قانون", "لسنة", "المحور", "محور", "المنفذ", "البوابة", "بوابة", "الصف", "المركز", "الغرفة", "القسم", "الفصل", "الباب", "الآية", "سورة", "الموديل", "موديل",
        "طراز", "عيار", "الجولة", "جولة", "الدفعة", "دفعة", "الوجبة", "وجبة", "الساعة", "ساعة", "بالساعة", "تمام", "المقر", "القاعدة", "الكيلو", "كيلو", "النقطة",
        "نقطة", "الحدث", "المؤتمر", "المرتبة", "المركز", "الترتيب", "المباراة", "الجولة", "الأسبوع", "الشهر", "الموسم", "الألفية", "القرن", "فيروس", "كوفيد", "كورونا",
        "مجموعة", "النسخه", "الدائرة", "دائرة", "مبنى", "المبنى", "بطاقة", "هاتف", "الهاتف", "تلفون", "موبايل", "الرحلة", "رحلة", "العملية", "البرنامج", "برنامج",
        "الحافلة", "الباص", "الخط", "ولاية", "تقرير", "التقرير", "الإصدار", "إصدار", "الوحدة", "وحدة", "المادتين", "مادتي", "الفقرتين", "القطاع", "قطاع",
        "بطولة", "كأس");

    /// <summary>Gregorian and Hijri month names: a number next to them is part of a date.</summary>
    public static Lexicon<bool> Months { get; } = Set(
        "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
        "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "الثاني", "الأول",
        "محرم", "صفر", "ربيع", "جمادى", "رجب", "شعبان", "رمضان", "شوال", "القعدة", "الحجة", "ذي", "ذو");

    /// <summary>Letter names that spell model numbers in Arabic script: أف 16، سو 25، ميغ 29، إم 16، تي 72.</summary>
    public static Lexicon<bool> ModelPrefixes { get; } = Set(
        "أف", "إف", "اف", "سو", "سوخوي", "ميغ", "ميج", "مي", "إم", "ام", "تي", "بي", "سي", "يو", "كي", "إس", "اس", "آر", "ار", "جي", "دي", "إتش", "اتش",
        "كلاشنكوف", "كلاشينكوف", "هامفي", "همر", "أباتشي", "بيكا", "بيكي", "آي", "أي", "إيه", "ايه", "إكس", "اكس", "زد", "بلاك", "هوك", "كاتيوشا", "غراد");

    /// <summary>Words of page furniture lines: counters, share buttons, copyright.</summary>
    public static Lexicon<bool> Furniture { get; } = Set(
        "تعليق", "تعليقات", "مشاهدة", "مشاهدات", "قراءة", "قراءات", "زيارة", "زيارات", "إعجاب", "مشاركة", "مشاركات", "شارك", "طباعة", "دقائق", "copyright", "Copyright");

    /// <summary>Words before a number that make it a year: عام، سنة، منذ، لعام.</summary>
    public static Lexicon<bool> YearWords { get; } = Set("عام", "العام", "سنة", "لعام", "لسنة", "بعام", "منذ", "عامي", "العامين", "مواليد", "تولد", "عامَي");

    /// <summary>Age words: the figure is an age, at most «other».</summary>
    public static Lexicon<bool> AgeWords { get; } = Set("عمر", "العمر", "عمره", "عمرها", "بعمر", "يبلغ", "تبلغ", "البالغ", "البالغة", "عمرهم", "ربيعا");

    /// <summary>Definite casualty nouns a total follows: عدد القتلى 50، حصيلة الضحايا إلى 50.</summary>
    public static Lexicon<Model.FactKind> CasualtyHeads { get; } = new([
        ("القتلى", Model.FactKind.Killed), ("الضحايا", Model.FactKind.Killed), ("الشهداء", Model.FactKind.Killed), ("قتلى", Model.FactKind.Killed),
        ("الجرحى", Model.FactKind.Wounded), ("المصابين", Model.FactKind.Wounded), ("جرحى", Model.FactKind.Wounded),
        ("المعتقلين", Model.FactKind.Arrested), ("الموقوفين", Model.FactKind.Arrested), ("المعتقلون", Model.FactKind.Arrested),
        ("المختطفين", Model.FactKind.Abducted), ("المخطوفين", Model.FactKind.Abducted), ("المفقودين", Model.FactKind.Other),
        ("النازحين", Model.FactKind.Displaced), ("العائدين", Model.FactKind.Displaced), ("اللاجئين", Model.FactKind.Displaced),
    ]);
}
