namespace Dashboard.Extraction.Places;

/// <summary>
/// One place: its spellings separated by «|» (hamza, ta marbuta and alef maqsura variants are folded anyway),
/// the Iraqi governorate it lies in (null for features that straddle several, and for places outside Iraq),
/// and whether the name is also a common word, so that it only counts after a place word (قضاء، ناحية، مدينة…).
/// </summary>
/// <param name="NeedsCue">The name is also a common word: a place only after a cue (<see cref="GazetteerData.PlaceCues"/>).</param>
/// <param name="NeedsUnitCue">The name is the common word for a part of town (الحي, "the neighbourhood"): a place only after
/// a town or district word (<see cref="GazetteerData.UnitCues"/>); «سكان الحي» are a neighbourhood's residents.</param>
internal sealed record PlaceEntry(string Names, string? Governorate, bool NeedsCue = false, bool NeedsUnitCue = false);

internal static class GazetteerData
{
    private const string Baghdad = "Baghdad", Basra = "Basra", Nineveh = "Nineveh", Anbar = "Anbar", SalahAlDin = "Salah al-Din",
        Diyala = "Diyala", Kirkuk = "Kirkuk", Babil = "Babil", Karbala = "Karbala", Najaf = "Najaf", Wasit = "Wasit",
        Maysan = "Maysan", DhiQar = "Dhi Qar", Muthanna = "Muthanna", Qadisiyah = "Qadisiyah", Erbil = "Erbil",
        Sulaymaniyah = "Sulaymaniyah", Duhok = "Duhok", Halabja = "Halabja";

    /// <summary>The governorates in the English the fact contract uses.</summary>
    public static readonly string[] Governorates =
        [Baghdad, Basra, Nineveh, Anbar, SalahAlDin, Diyala, Kirkuk, Babil, Karbala, Najaf, Wasit, Maysan, DhiQar, Muthanna, Qadisiyah, Erbil, Sulaymaniyah, Duhok, Halabja];

    /// <summary>
    /// Countries beyond Iraq's neighbours and cities there: in the same sentence as one, a name Iraq shares with a place
    /// abroad is that place («محافظة الإسكندرية في مصر», «الحسينية … الحديدة»). Left out: Syria, Iran, Turkey, Jordan,
    /// Kuwait and Saudi Arabia themselves (Iraqi border towns are named beside them), and words Iraqi news uses at home
    /// (مديرية شرطة، صلاة المغرب، فيلق القدس، شارع فلسطين، عمان where ministers travel, «القوة القاهرة»).
    /// </summary>
    public static readonly string[] ForeignCountriesAndCities =
    [
        "مصر", "لبنان", "بيروت", "اليمن", "صنعاء", "عدن", "الحديدة", "تعز", "صعدة", "ليبيا", "بنغازي", "تونس", "الجزائر",
        "الرياض", "طهران", "أنقرة", "إسطنبول", "غزة", "أفغانستان", "كابل", "باكستان", "الهند", "الصومال", "السودان",
    ];

    /// <summary>
    /// Nationalities and Syrian cities: they mark a place abroad only right beside the name («الإسكندرية المصرية»،
    /// «حي الوعر في مدينة حمص»); further off they are a militant's nationality or where he came from.
    /// </summary>
    public static readonly string[] ForeignNextToName =
    [
        "المصرية", "المصري", "اللبنانية", "اليمنية", "الليبية", "الفلسطينية",
        "دمشق", "حلب", "إدلب", "درعا", "حمص", "الغوطة",
    ];

    /// <summary>Iraqi administrative units: a name right after one is the Iraqi place whatever else the sentence names.</summary>
    public static readonly string[] IraqiUnits = ["قضاء", "قضائي", "ناحية", "ناحيتي", "أقضية"];

    /// <summary>Words that name a town or district as such: «قضاء الحي», «مدينة الحي».</summary>
    public static readonly string[] UnitCues = [.. IraqiUnits, "مدينة", "مدينتي", "بلدة", "مركز"];

    /// <summary>Words after which an ambiguous name is a place: «قضاء حديثة», «منطقة العيث», «جنوب القائم».</summary>
    public static readonly string[] PlaceCues =
    [
        "مدينة", "مدينتي", "قضاء", "قضائي", "ناحية", "ناحيتي", "بلدة", "منطقة", "مناطق", "محافظة", "محافظتي", "قرية", "قرى", "مركز",
        "أطراف", "ضواحي", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "قرب", "حي", "جزيرة", "مخيم",
        "قاعدة", "مطار", "أهالي", "سكان", "مدن", "أقضية", "قاطع", "عمليات", "شرطة", "مجلس", "محافظ", "قائممقام", "قائمقام",
    ];

    public static readonly PlaceEntry[] Entries =
    [
        // Governorates and their capitals.
        new("بغداد", Baghdad),
        new("البصرة", Basra),
        new("نينوى|نينوا", Nineveh),
        new("الموصل", Nineveh),
        new("الأنبار", Anbar),
        new("الرمادي", Anbar, NeedsCue: false),
        new("صلاح الدين", SalahAlDin),
        new("تكريت", SalahAlDin),
        new("ديالى|ديالا", Diyala),
        new("بعقوبة", Diyala),
        new("كركوك", Kirkuk),
        new("بابل", Babil),
        new("الحلة", Babil),
        new("كربلاء|كربلا", Karbala),
        new("النجف", Najaf),
        new("واسط", Wasit),
        new("الكوت", Wasit),
        new("ميسان", Maysan),
        new("العمارة", Maysan, NeedsCue: true),
        new("ذي قار|ذيقار|ذو قار", DhiQar),
        new("الناصرية", DhiQar),
        new("المثنى", Muthanna),
        new("السماوة", Muthanna),
        new("القادسية", Qadisiyah),
        new("الديوانية", Qadisiyah),
        new("أربيل|اربيل|إربيل|هولير", Erbil),
        new("السليمانية", Sulaymaniyah),
        new("دهوك|دهوك|دهوق", Duhok),
        new("حلبجة", Halabja),

        // Baghdad.
        new("الكرادة", Baghdad), new("الأعظمية", Baghdad), new("الكاظمية", Baghdad), new("مدينة الصدر", Baghdad),
        new("الشعلة", Baghdad, NeedsCue: true), new("الدورة", Baghdad, NeedsCue: true), new("الغزالية", Baghdad),
        new("المنصور", Baghdad, NeedsCue: true), new("الزعفرانية", Baghdad), new("البياع", Baghdad),
        new("أبو غريب|ابوغريب|أبي غريب", Baghdad), new("الطارمية", Baghdad), new("المحمودية", Baghdad), new("اليوسفية", Baghdad),
        new("اللطيفية", Baghdad), new("المدائن", Baghdad), new("التاجي", Baghdad), new("الحسينية", Baghdad, NeedsCue: true),
        new("النهروان", Baghdad), new("الراشدية", Baghdad), new("الرضوانية", Baghdad), new("المنطقة الخضراء", Baghdad),
        new("السيدية", Baghdad), new("بغداد الجديدة", Baghdad), new("الفضيلية", Baghdad), new("سبع البور", Baghdad),
        new("الكرخ", Baghdad), new("الرصافة", Baghdad), new("الوزيرية", Baghdad), new("الجادرية", Baghdad),
        new("الحرية", Baghdad, NeedsCue: true), new("العامرية", Baghdad, NeedsCue: true), new("الشعب", Baghdad, NeedsCue: true),

        // Basra.
        new("الزبير", Basra, NeedsCue: true), new("الفاو", Basra), new("أبو الخصيب|ابي الخصيب", Basra), new("القرنة", Basra, NeedsCue: true),
        new("شط العرب", Basra), new("أم قصر", Basra), new("الهارثة", Basra), new("سفوان", Basra),

        // Nineveh.
        new("تلعفر|تل عفر", Nineveh), new("سنجار|جبل سنجار", Nineveh), new("الحمدانية", Nineveh), new("قرقوش|بغديدا", Nineveh),
        new("بعشيقة", Nineveh), new("برطلة", Nineveh), new("تلكيف|تل كيف", Nineveh), new("الشيخان", Nineveh), new("البعاج", Nineveh),
        new("الحضر", Nineveh, NeedsCue: true), new("مخمور", Nineveh), new("القيارة", Nineveh), new("حمام العليل", Nineveh),
        new("الشورة", Nineveh, NeedsCue: true), new("بادوش", Nineveh), new("ربيعة", Nineveh, NeedsCue: true), new("زمار", Nineveh),
        new("النمرود", Nineveh), new("الكوير", Nineveh), new("العياضية", Nineveh), new("المحلبية", Nineveh),
        new("كنعوص|جزيرة كنعوص", Nineveh), new("سهل نينوى", Nineveh), new("القحطانية", Nineveh), new("سنوني", Nineveh),
        new("وانة", Nineveh, NeedsCue: true), new("العريج", Nineveh), new("الساحل الأيمن", Nineveh), new("الساحل الأيسر", Nineveh),
        new("بعويزة", Nineveh), new("الكسك", Nineveh),

        // Anbar.
        new("الفلوجة", Anbar), new("هيت", Anbar), new("حديثة", Anbar, NeedsCue: true), new("القائم", Anbar, NeedsCue: true),
        new("الرطبة", Anbar), new("عانة|عنة", Anbar, NeedsCue: true), new("راوة", Anbar), new("الكرمة", Anbar, NeedsCue: true),
        new("الخالدية", Anbar), new("الحبانية", Anbar), new("الصقلاوية", Anbar), new("البغدادي", Anbar, NeedsCue: true),
        new("النخيب", Anbar), new("عكاشات", Anbar), new("الوليد", Anbar, NeedsCue: true), new("طريبيل", Anbar),
        new("وادي حوران", Anbar), new("الثرثار|بحيرة الثرثار", Anbar), new("عامرية الفلوجة|عامرية الصمود", Anbar),
        new("الرحالية", Anbar), new("كبيسة", Anbar), new("حصيبة", Anbar), new("عين الأسد|قاعدة عين الأسد", Anbar),
        new("الحقلانية", Anbar), new("بروانة", Anbar), new("جزيرة الرمادي", Anbar),

        // Salah al-Din.
        new("سامراء", SalahAlDin), new("بيجي", SalahAlDin), new("الشرقاط", SalahAlDin), new("الدور", SalahAlDin, NeedsCue: true),
        new("بلد", SalahAlDin, NeedsCue: true), new("طوز خورماتو|طوزخورماتو|طوز خرماتو|الطوز", SalahAlDin),
        new("الضلوعية", SalahAlDin), new("العلم", SalahAlDin, NeedsCue: true), new("الإسحاقي", SalahAlDin),
        new("يثرب", SalahAlDin, NeedsCue: true), new("الدجيل", SalahAlDin), new("سليمان بيك", SalahAlDin), new("آمرلي", SalahAlDin),
        new("مطيبيجة", SalahAlDin), new("العيث", SalahAlDin), new("العوجة", SalahAlDin), new("الصينية", SalahAlDin, NeedsCue: true),
        new("مكيشيفة", SalahAlDin), new("عزيز بلد", SalahAlDin), new("تلول الباج", SalahAlDin), new("سيد غريب", SalahAlDin),
        new("الجلام", SalahAlDin), new("الفتحة", SalahAlDin, NeedsCue: true), new("مكحول|جبال مكحول", SalahAlDin),
        new("المعتصم", SalahAlDin, NeedsCue: true), new("الزوية", SalahAlDin), new("الحويش", SalahAlDin),

        // Diyala.
        new("المقدادية", Diyala), new("الخالص", Diyala, NeedsCue: true), new("خانقين", Diyala), new("جلولاء", Diyala),
        new("السعدية", Diyala, NeedsCue: true), new("كفري", Diyala), new("بلدروز", Diyala), new("مندلي", Diyala),
        new("قره تبه|قرة تبة|قرتبة", Diyala), new("العظيم", Diyala, NeedsCue: true), new("المنصورية", Diyala), new("بهرز", Diyala),
        new("هبهب", Diyala), new("كنعان", Diyala, NeedsCue: true), new("أبو صيدا", Diyala), new("بني سعد|خان بني سعد", Diyala),
        new("الوجيهية", Diyala), new("العبارة", Diyala, NeedsCue: true), new("حوض الوقف", Diyala), new("إمام ويس", Diyala),
        new("قزانية", Diyala), new("نفط خانة", Diyala), new("المخيسة", Diyala), new("شهربان", Diyala), new("دلي عباس", Diyala),
        new("الهويدر", Diyala), new("بزايز", Diyala),

        // Kirkuk.
        new("الحويجة", Kirkuk), new("داقوق", Kirkuk), new("الدبس", Kirkuk), new("الزاب", Kirkuk, NeedsCue: true),
        new("العباسي", Kirkuk, NeedsCue: true), new("الرشاد", Kirkuk, NeedsCue: true), new("ليلان", Kirkuk),
        new("التون كوبري|آلتون كوبري|ألتون كوبري", Kirkuk), new("تازة", Kirkuk, NeedsCue: true), new("الملتقى", Kirkuk, NeedsCue: true),
        new("وادي الشاي", Kirkuk), new("قرة هنجير", Kirkuk), new("يايجي", Kirkuk), new("وادي زغيتون", Kirkuk),

        // Babil.
        new("المحاويل", Babil), new("المسيب", Babil), new("الهاشمية", Babil, NeedsCue: true), new("الإسكندرية", Babil, NeedsCue: true),
        new("جرف الصخر|جرف النصر", Babil), new("القاسم", Babil, NeedsCue: true), new("الكفل", Babil), new("الشوملي", Babil),
        new("المدحتية", Babil),

        // Karbala and Najaf.
        new("عين التمر", Karbala), new("الهندية", Karbala, NeedsCue: true),
        new("الكوفة", Najaf), new("المناذرة", Najaf), new("المشخاب", Najaf),

        // Wasit, Maysan, Dhi Qar, Muthanna, Qadisiyah.
        new("الحي", Wasit, NeedsCue: true, NeedsUnitCue: true), new("الصويرة", Wasit), new("النعمانية", Wasit), new("العزيزية", Wasit, NeedsCue: true),
        new("بدرة", Wasit), new("جصان", Wasit),
        new("علي الغربي", Maysan), new("المجر الكبير", Maysan), new("الميمونة", Maysan), new("قلعة صالح", Maysan), new("الكحلاء", Maysan),
        new("الشطرة", DhiQar), new("الرفاعي", DhiQar, NeedsCue: true), new("سوق الشيوخ", DhiQar), new("الجبايش", DhiQar),
        new("قلعة سكر", DhiQar), new("الغراف", DhiQar),
        new("الرميثة", Muthanna), new("الخضر", Muthanna, NeedsCue: true), new("السلمان", Muthanna, NeedsCue: true), new("الوركاء", Muthanna),
        new("عفك", Qadisiyah), new("الشامية", Qadisiyah, NeedsCue: true), new("الحمزة", Qadisiyah, NeedsCue: true),

        // Kurdistan Region.
        new("سوران", Erbil), new("شقلاوة", Erbil), new("كويسنجق|كويه", Erbil), new("خبات", Erbil), new("راوندوز", Erbil),
        new("رانية", Sulaymaniyah), new("جمجمال|چمچمال", Sulaymaniyah), new("دوكان", Sulaymaniyah), new("بنجوين", Sulaymaniyah),
        new("كلار", Sulaymaniyah), new("دربندخان", Sulaymaniyah), new("شهرزور", Sulaymaniyah), new("قلعة دزة", Sulaymaniyah),
        new("زاخو", Duhok), new("العمادية", Duhok), new("سميل", Duhok), new("عقرة", Duhok), new("فيشخابور", Duhok), new("بردرش", Duhok),

        // Features that straddle governorates.
        new("حمرين|جبال حمرين|سلسلة جبال حمرين|سلسلة حمرين", null),
        new("قره جوخ|قرة جوخ|جبال قره جوخ", null),

        // Across the Syrian border: named in Iraqi security news, not in Iraq.
        new("الحسكة", null), new("الرقة", null), new("دير الزور", null), new("البوكمال", null), new("الهول|مخيم الهول", null),
        new("الباغوز", null), new("الشدادي", null),
    ];

    /// <summary>Bare forms (ال dropped) that are ordinary words and must not be generated: رمادي (grey), حلة (attire)…</summary>
    public static readonly string[] NoBareForm =
    [
        "رمادي", "حله", "عماره", "حي", "خضر", "شعب", "قائم", "علم", "دور", "كوت", "رطبه", "قرنه", "زبير", "فاو", "سعديه",
        "هنديه", "شاميه", "حمزه", "تاجي", "دبس", "فتحه", "وليد", "منصور", "سلمان", "رفاعي", "قاسم", "ملتقي", "رشاد", "عباسي",
        "كرمه", "عظيم", "خالص", "صينيه", "معتصم", "زاب", "عبارة", "حضر", "شوره", "عوجه", "حرية", "حريه", "هول", "رقه",
        "حويش", "جلام", "زويه", "كفل", "غراف", "مدائن", "نجف", "حسينيه", "عامريه", "دوره", "شعله", "هاشميه", "اسكندريه",
    ];
}
