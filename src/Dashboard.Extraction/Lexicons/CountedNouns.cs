using Dashboard.Extraction.Model;
using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Lexicons;

/// <summary>What a counted noun says about the figure before it.</summary>
internal enum NounRole
{
    /// <summary>قتيل، جريح، جثة، معتقل: the noun itself names the kind.</summary>
    Casualty,
    /// <summary>إرهابي، جندي، مدني، شخص: people; the verb of the clause names the kind.</summary>
    Person,
    /// <summary>عائلة، أسرة: households; the verb names the kind.</summary>
    Family,
    Strike,
    Operation,
    /// <summary>عمليات إرهابية: attacks by the other side, not security operations.</summary>
    Attack,
    /// <summary>weapons, belts, phones, vehicles: seized when found or seized.</summary>
    Materiel,
    Money,
    /// <summary>units of anything else: countries, years, kilometres, percent.</summary>
    OtherUnit,
}

internal sealed record NounInfo(NounRole Role, string Unit, FactKind? Kind = null, FactTarget Target = FactTarget.Unknown);

/// <summary>Counted nouns (singular, plural, dual and construct forms) and what each says about the figure.</summary>
internal static class CountedNouns
{
    private static IEnumerable<(string, NounInfo)> Many(NounInfo info, params string[] words) => words.Select(w => (w, info));

    private static readonly NounInfo Militant = new(NounRole.Person, "person", Target: FactTarget.Militants);
    private static readonly NounInfo Security = new(NounRole.Person, "person", Target: FactTarget.SecurityForces);
    private static readonly NounInfo Civilian = new(NounRole.Person, "person", Target: FactTarget.Civilians);
    private static readonly NounInfo AnyPerson = new(NounRole.Person, "person");
    private static readonly NounInfo Materiel = new(NounRole.Materiel, "item");
    /// <summary>مفقود: a casualty noun of its own kind, which the contract has no word for (see <see cref="IsMissing"/>).</summary>
    private static readonly NounInfo Missing = new(NounRole.Casualty, "person", FactKind.Other);

    /// <summary>Prisoners and captives (people, not casualties: «مقتل 3 سجناء» counts the dead, «يضم السجن 400 سجين» no one).</summary>
    public static Lexicon<bool> Prisoners { get; } = new(new[] { "أسير", "أسرى", "أسيرا", "أسيرين", "سجين", "سجناء", "سجينا", "سجينين", "سجينان", "مساجين" }.Select(w => (w, true)));

    /// <summary>Doctors and nurses: sent to a hospital, they go to work.</summary>
    public static Lexicon<bool> HospitalStaff { get; } = new(new[]
    {
        "طبيب", "أطباء", "طبيبا", "طبيبين", "ممرض", "ممرضين", "ممرضا", "ممرضة", "ممرضات", "كادر", "كوادر",
    }.Select(w => (w, true)));

    /// <summary>The missing: the one casualty noun that does not name one of the casualty kinds.</summary>
    public static bool IsMissing(NounInfo noun) => noun.Role == NounRole.Casualty && noun.Kind == FactKind.Other;

    private static IEnumerable<(string, NounInfo)> All() =>
    [
        .. Many(new(NounRole.Casualty, "person", FactKind.Killed), "قتيل", "قتلى", "قتيلا", "قتيلان", "قتيلين", "جثة", "جثث", "جثتين", "جثتان", "جثمان", "جثامين",
            "شهيد", "شهداء", "شهيدين", "شهيدان", "ضحية", "ضحايا", "وفاة", "وفيات", "رفات"),
        .. Many(new(NounRole.Casualty, "person", FactKind.Wounded), "جريح", "جرحى", "جريحين", "جريحان", "مصاب", "مصابين", "مصابون", "مصابان", "إصابة", "إصابات", "إصابتين"),
        .. Many(new(NounRole.Casualty, "person", FactKind.Arrested), "معتقل", "معتقلين", "معتقلا", "معتقلون", "موقوف", "موقوفين", "موقوفا", "محتجز", "محتجزين", "محتجزا"),
        .. Many(new(NounRole.Casualty, "person", FactKind.Abducted), "مختطف", "مختطفين", "مختطفا", "مخطوف", "مخطوفين", "رهينة", "رهائن", "رهينتين"),
        // The missing are not the abducted: floods, earthquakes and wrecks leave missing people no one took. Counted as
        // «other» (the clause may still say what befell them: «اختطفهم», «جثث»).
        .. Many(Missing, "مفقود", "مفقودين", "مفقودا", "مفقودون"),
        .. Many(new(NounRole.Casualty, "person", FactKind.Displaced), "نازح", "نازحين", "نازحا", "نازحون", "مهجر", "مهجرين", "لاجئ", "لاجئين", "لاجئا", "لاجئون",
            "عائد", "عائدين", "عائدون"),
        .. Many(Militant, "إرهابي", "إرهابيين", "إرهابيون", "إرهابيي", "إرهابيا", "إرهابيان", "داعشي", "دواعش", "داعشيا", "داعشيين", "مسلح", "مسلحين", "مسلحون", "مسلحي", "مسلحا", "مسلحان",
            "عنصر", "عناصر", "عنصرا", "عنصرين", "عنصران", "مقاتل", "مقاتلين", "مقاتلون", "مقاتلي", "مقاتلا", "انتحاري", "انتحاريين", "انتحاريون", "انتحاريا",
            "مطلوب", "مطلوبين", "مطلوبا", "مطلوبون", "متهم", "متهمين", "متهما", "متهمون", "مدان", "مدانين", "مدانا", "مدانون", "محكوم", "محكومين", "محكوما", "محكومون", "مشتبه", "مشتبها", "قيادي", "قياديين", "قياديا", "قياديون", "قيادات",
            "أمير", "أمراء", "أميرا", "حوثي", "حوثيين", "حوثيا", "حوثيون", "مهاجم", "مهاجمين", "مهاجما", "مهاجمون", "متسلل", "متسللين", "متسللا", "متشدد", "متشددين", "متشددا", "جهادي", "جهاديين", "جهاديا", "تكفيري", "تكفيريين", "عضو", "أعضاء", "عضوا", "ملثم", "ملثمين"),
        .. Many(Security, "جندي", "جنود", "جنديا", "جنديين", "جنديان", "شرطي", "شرطيين", "شرطيا", "شرطيان", "ضابط", "ضباط", "ضابطا", "ضابطين", "ضابطان",
            "منتسب", "منتسبين", "منتسبا", "منتسبي", "مجندة", "مجندات", "عسكري", "عسكريين", "عسكريا", "عسكريون", "مجند", "مجندين", "حارس", "حراس", "حارسا", "منتسبو"),
        .. Many(Civilian, "مدني", "مدنيين", "مدنيا", "مدنيون", "مدنيان", "مواطن", "مواطنين", "مواطنا", "مواطنون", "مواطنان", "متظاهران", "مسعفان", "صحفيان", "طفل", "أطفال", "طفلا", "طفلين", "طفلان",
            "امرأة", "نساء", "سيدة", "سيدات", "امرأتين", "امرأتان", "طفلة", "طفلتين", "طفلتان", "صحفي", "صحفيين", "صحفيا", "عامل", "عمال", "عاملا", "طالب", "طلاب", "طالبا", "مصلي", "مصلين",
            "زائر", "زوار", "زائرا", "راعي", "رعاة", "مزارع", "مزارعين", "فلاح", "فلاحين", "متظاهر", "متظاهرين", "متظاهرا", "مدرس", "معلم", "معلمين", "شيخ", "شيوخ",
            "ناشط", "ناشطين", "ناشطا", "ناشطون", "طبيب", "أطباء", "مسعف", "مسعفين", "مهاجر", "مهاجرين", "مهاجرا", "سائح", "سياح", "سائحا", "تلميذ", "تلاميذ"),
        .. Many(AnyPerson, "شخص", "أشخاص", "شخصا", "شخصين", "شخصان", "فرد", "أفراد", "فردا", "آخرين", "آخرون", "رجل", "رجال", "رجلا", "شاب", "شبان", "شابا", "فتى", "نفر", "إنسان", "خبير", "خبراء", "خبيرا", "موظف", "موظفين", "موظفا", "مسؤول", "مسؤولي", "مسؤولين", "قائد", "قادة",
            "أسير", "أسرى", "أسيرا", "أسيرين", "سجين", "سجناء", "سجينا",
            // Kin: «قطعوا رؤوس 3 أشقاء».
            "شقيق", "أشقاء", "شقيقين", "شقيقان", "شقيقا", "إخوة", "أخوين", "أخوان", "شقيقات", "شقيقتين",
            // «مقتل والي داعش و4 من مساعديه/مرافقيه»: a leader's companions take the side the sentence gives them.
            "والي", "ولاة", "مساعد", "مساعدين", "مساعدي", "مساعديه", "مرافق", "مرافقين", "مرافقي", "مرافقيه", "حراسه"),
        .. Many(new(NounRole.Family, "family"), "عائلة", "عائلات", "عوائل", "أسرة", "أسر", "عائلتين", "أسرتين"),
        .. Many(new(NounRole.Strike, "strike", FactKind.Strikes), "ضربة", "ضربات", "ضربتين", "ضربتان", "غارة", "غارات", "غارتين", "غارتان", "طلعة", "طلعات", "طلعتين"),
        .. Many(new(NounRole.Operation, "operation", FactKind.Operations), "عملية", "عمليات", "عمليتين", "عمليتان", "مداهمة", "مداهمات", "حملة", "حملات", "واجب", "واجبات"),
        .. Many(new(NounRole.Attack, "attack"), "هجوم", "هجمات", "هجوما", "هجومين", "تفجير", "تفجيرات", "تفجيرين", "انفجار", "انفجارات", "اعتداء", "اعتداءات", "خرق", "خروقات"),
        .. Many(Materiel, "حزام", "أحزمة", "حزاما", "حزامين", "عبوة", "عبوات", "عبوتين", "عبوتان", "سلاح", "أسلحة", "قطعة", "قطع", "بندقية", "بنادق", "مسدس", "مسدسات",
            "صاروخ", "صواريخ", "صاروخا", "صاروخين", "قذيفة", "قذائف", "قذيفتين", "هاتف", "هواتف", "جهاز", "أجهزة", "عجلة", "عجلات", "سيارة", "سيارات", "سيارتين",
            "مركبة", "مركبات", "آلية", "آليات", "دراجة", "دراجات", "لغم", "ألغام", "رمانة", "رمانات", "قنبلة", "قنابل", "صاعق", "صواعق", "كدس", "أكداس",
            "مخزن", "مخازن", "ذخيرة", "إطلاقة", "إطلاقات", "طائرة", "طائرات", "مسيرة", "مسيرات", "حاسوب", "حواسيب", "برميل", "براميل", "منصة", "منصات",
            "معمل", "معامل", "ورشة", "ورش"),
        .. Many(new(NounRole.Materiel, "kg"), "كيلوغرام", "كيلوغرامات", "كغم", "كغ", "كيلوغراما"),
        .. Many(new(NounRole.Materiel, "tonne"), "طن", "أطنان", "طنا"),
        .. Many(new(NounRole.OtherUnit, "hideout"), "مضافة", "مضافات", "وكر", "أوكار", "نفق", "أنفاق", "مخبأ", "مخابئ", "معسكر", "معسكرات", "مقر", "مقرات"),
        .. Many(new(NounRole.Money, "USD", FactKind.Funding), "دولار", "دولارات", "دولارا", "دولارين"),
        .. Many(new(NounRole.Money, "IQD", FactKind.Funding), "دينار", "دنانير", "دينارا", "دينارين"),
        .. Many(new(NounRole.Money, "EUR", FactKind.Funding), "يورو"),
        .. Many(new(NounRole.Money, "GBP", FactKind.Funding), "إسترليني", "جنيه"),
        .. Many(new(NounRole.Money, "SAR", FactKind.Funding), "ريال", "ريالات", "ريالا"),
        .. Many(new(NounRole.Money, "AED", FactKind.Funding), "درهم", "دراهم", "درهما"),
        .. Many(new(NounRole.Money, "TRY", FactKind.Funding), "ليرة", "ليرات"),
        .. Many(new(NounRole.OtherUnit, "country"), "دولة", "دول", "بلد", "بلدان", "دولتين"),
        .. Many(new(NounRole.OtherUnit, "year"), "سنة", "سنوات", "سنين", "عام", "أعوام", "عاما", "عامين", "سنتين"),
        .. Many(new(NounRole.OtherUnit, "decade"), "عقد", "عقود", "عقدين"),
        .. Many(new(NounRole.OtherUnit, "month"), "شهر", "أشهر", "شهور", "شهرا", "شهرين"),
        .. Many(new(NounRole.OtherUnit, "week"), "أسبوع", "أسابيع", "أسبوعا", "أسبوعين"),
        .. Many(new(NounRole.OtherUnit, "day"), "يوم", "أيام", "يوما", "يومين"),
        .. Many(new(NounRole.OtherUnit, "hour"), "ساعة", "ساعات", "ساعتين"),
        .. Many(new(NounRole.OtherUnit, "minute"), "دقيقة", "دقائق"),
        .. Many(new(NounRole.OtherUnit, "km"), "كيلومتر", "كيلومترات", "كيلومترا", "كم", "كلم", "ميل", "أميال"),
        .. Many(new(NounRole.OtherUnit, "m"), "متر", "أمتار", "مترا"),
        .. Many(new(NounRole.OtherUnit, "governorate"), "محافظة", "محافظات", "محافظتين"),
        .. Many(new(NounRole.OtherUnit, "village"), "قرية", "قرى", "قريتين"),
        .. Many(new(NounRole.OtherUnit, "area"), "منطقة", "مناطق", "منطقتين", "بلدة", "بلدات", "مدينة", "مدن", "حي", "أحياء", "موقع", "مواقع", "هدف", "أهداف", "هدفا"),
        .. Many(new(NounRole.OtherUnit, "percent"), "بالمئة", "بالمائة", "%"),
        .. Many(new(NounRole.OtherUnit, "inhabitant"), "نسمة", "ساكن", "سكان"),
        .. Many(new(NounRole.OtherUnit, "time"), "مرة", "مرات", "مرتين"),
        .. Many(new(NounRole.OtherUnit, "vote"), "صوت", "أصوات", "صوتا", "مقعد", "مقاعد", "مقعدا"),
    ];

    public static Lexicon<NounInfo> Nouns { get; } = new(All());

    /// <summary>A counted noun, allowing particles, the article and the accusative alif.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out NounInfo info) => Nouns.TryGet(word, Clitics.All, out info!);

    /// <summary>Dual forms (قتيلين = two dead); plurals ending in -ين are not here.</summary>
    public static Lexicon<bool> Duals { get; } = new(new[]
    {
        "قتيلين", "قتيلان", "جثتين", "جثتان", "شهيدين", "شهيدان", "جريحين", "جريحان", "مصابان", "أسيرين", "رهينتين",
        "جنديين", "جنديان", "شرطيين", "شرطيان", "ضابطين", "ضابطان", "عنصرين", "عنصران", "مسلحان", "إرهابيان",
        "طفلين", "طفلان", "امرأتين", "امرأتان", "طفلتين", "طفلتان", "شخصين", "شخصان", "عائلتين", "أسرتين", "مدنيان", "مواطنان", "متظاهران", "مسعفان", "صحفيان",
        "ضربتين", "ضربتان", "غارتين", "غارتان", "طلعتين", "عمليتين", "عمليتان", "هجومين", "تفجيرين",
        "عبوتين", "عبوتان", "حزامين", "صاروخين", "قذيفتين", "سيارتين",
    }.Select(w => (w, true)));

    /// <summary>
    /// Singular people and casualty nouns that count one right after a casualty or arrest cue: «مقتل جندي», «إصابة مدني»,
    /// «اعتقال مطلوب», «سقوط قتيل». (Without the cue they name no count: «قال جندي».)
    /// </summary>
    public static Lexicon<bool> Singulars { get; } = new(new[]
    {
        "جندي", "ضابط", "شرطي", "منتسب", "مدني", "طفل", "طفلة", "امرأة", "شخص", "مواطن", "عنصر", "إرهابي", "مسلح", "انتحاري",
        "متظاهر", "محتج", "قيادي", "مقاتل", "قتيل", "جريح", "مطلوب", "متهم", "صحفي", "مسعف", "والي", "قائد", "مسؤول",
    }.Select(w => (w, true)));

    /// <summary>«عمليات إرهابية»: the adjective that turns operations into attacks.</summary>
    public static Lexicon<bool> AttackAdjectives { get; } = new(new[]
    {
        "إرهابية", "إرهابي", "انتحارية", "انتحاري", "اغتيال", "اغتيالات", "خطف", "تسلل", "إجرامية", "إجرامي", "تفجير", "تفجيرات", "قتل", "هجوم", "اعتداء",
        "انتحاريتان", "انتحاريتين", "إرهابيتين", "إرهابيتان", "إطلاق", "سطو", "اغتصاب", "دهس", "طعن", "تهريب", "احتيال", "سرقة", "نصب", "تزوير", "قرصنة",
    }.Select(w => (w, true)));

    /// <summary>Words after a currency that name whose it is (دينار كويتي).</summary>
    public static Lexicon<string> CurrencyNationality { get; } = new([
        ("كويتي", "KWD"), ("أردني", "JOD"), ("ليبي", "LYD"), ("بحريني", "BHD"), ("تونسي", "TND"), ("جزائري", "DZD"), ("عراقي", "IQD"),
        ("سعودي", "SAR"), ("قطري", "QAR"), ("يمني", "YER"), ("إيراني", "IRR"), ("عماني", "OMR"), ("إماراتي", "AED"), ("مغربي", "MAD"),
        ("مصري", "EGP"), ("سوداني", "SDG"), ("سوري", "SYP"), ("سورية", "SYP"), ("لبناني", "LBP"), ("لبنانية", "LBP"), ("تركية", "TRY"), ("تركي", "TRY"),
        ("أمريكي", "USD"), ("أميركي", "USD"), ("كندي", "CAD"), ("أسترالي", "AUD"),
    ]);
}
