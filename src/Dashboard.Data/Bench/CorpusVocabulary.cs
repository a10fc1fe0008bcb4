namespace Dashboard.Data.Bench;

/// <summary>An outlet of the generated corpus: its name as the manifest gives it, and its site.</summary>
public sealed record CorpusOutlet(string Name, string Domain);

/// <summary>A governorate in Arabic and English with a few of its towns and districts.</summary>
public sealed record CorpusGovernorate(string Arabic, string English, IReadOnlyList<string> Places);

/// <summary>The names, places and stock phrases the generated articles are built from.</summary>
internal static class CorpusVocabulary
{
    private static readonly (string Name, string Domain)[] NamedOutlets =
    [
        ("العربية", "alarabiya.net"), ("سكاي نيوز عربية", "skynewsarabia.com"), ("فرانس 24", "france24.com"),
        ("بي بي سي عربي", "bbc.com"), ("الشرق الأوسط", "aawsat.com"), ("الجزيرة", "aljazeera.net"),
        ("وكالة الأنباء العراقية", "ina.iq"), ("السومرية نيوز", "alsumaria.tv"), ("شفق نيوز", "shafaq.com"),
        ("بغداد اليوم", "baghdadtoday.news"), ("روداو", "rudaw.net"), ("الحرة", "alhurra.com"), ("المدى", "almadapaper.net"),
        ("الصباح", "alsabaah.iq"), ("الزمان", "azzaman.com"), ("العالم الجديد", "al-aalem.com"), ("ناس نيوز", "nasnews.com"),
        ("المربد", "almirbad.com"), ("الغد برس", "alghadpress.com"), ("دجلة", "dijlah.tv"), ("الفرات نيوز", "alforatnews.iq"),
        ("الاتجاه برس", "aletejahtv.com"), ("المسلة", "almasalah.com"), ("السفير", "assafir.com"), ("إرم نيوز", "eremnews.com"),
        ("القدس العربي", "alquds.co.uk"), ("عربي 21", "arabi21.com"), ("الأناضول", "aa.com.tr"), ("سبوتنيك عربي", "sputniknews.com"),
        ("RT Arabic", "arabic.rt.com"), ("DW عربية", "dw.com"), ("اندبندنت عربية", "independentarabia.com"), ("الخليج", "alkhaleej.ae"),
        ("البيان", "albayan.ae"), ("النهار", "annahar.com"), ("الحياة", "alhayat.com"), ("الوطن", "alwatan.com"), ("الرأي", "alraimedia.com"),
        ("الأخبار", "al-akhbar.com"), ("صوت العراق", "sotaliraq.com"), ("كردستان 24", "kurdistan24.net"), ("المعلومة", "almaalomah.me"),
    ];

    public static IReadOnlyList<CorpusOutlet> Outlets { get; } = NamedOutlets.Select(o => new CorpusOutlet(o.Name, o.Domain)).ToList();

    public static IReadOnlyList<CorpusGovernorate> Governorates { get; } =
    [
        new("نينوى", "Nineveh", ["الموصل", "تلعفر", "سنجار", "الحضر", "القيارة", "بعاج"]),
        new("صلاح الدين", "Salah al-Din", ["تكريت", "سامراء", "بيجي", "الشرقاط", "الدور", "طوزخورماتو"]),
        new("الأنبار", "Anbar", ["الرمادي", "الفلوجة", "هيت", "القائم", "حديثة", "الرطبة", "عنه"]),
        new("ديالى", "Diyala", ["بعقوبة", "المقدادية", "خانقين", "بلدروز", "جلولاء", "السعدية"]),
        new("كركوك", "Kirkuk", ["الحويجة", "الدبس", "الرياض", "الزاب", "داقوق"]),
        new("بغداد", "Baghdad", ["الطارمية", "أبو غريب", "المحمودية", "التاجي", "اليوسفية"]),
        new("بابل", "Babil", ["جرف النصر", "الحلة", "المسيب", "الإسكندرية"]),
        new("واسط", "Wasit", ["الكوت", "الصويرة", "العزيزية"]),
        new("أربيل", "Erbil", ["مخمور", "الكوير", "سوران"]),
        new("السليمانية", "Sulaymaniyah", ["كلار", "رانية", "دوكان"]),
        new("دهوك", "Duhok", ["زاخو", "العمادية", "سميل"]),
        new("كربلاء", "Karbala", ["عين التمر", "الهندية"]),
        new("النجف", "Najaf", ["الكوفة", "المناذرة"]),
        new("البصرة", "Basra", ["الزبير", "القرنة", "أبو الخصيب"]),
        new("ميسان", "Maysan", ["العمارة", "علي الغربي"]),
        new("ذي قار", "Dhi Qar", ["الناصرية", "الشطرة", "سوق الشيوخ"]),
        new("المثنى", "Muthanna", ["السماوة", "الرميثة"]),
        new("القادسية", "Qadisiyyah", ["الديوانية", "عفك"]),
    ];

    /// <summary>Who states a figure; the verb before a feminine name takes the feminine form (أعلنت الوزارة، أعلن الجهاز).</summary>
    public static IReadOnlyList<(string Name, bool Feminine)> Claimants { get; } =
    [
        ("قيادة العمليات المشتركة", true), ("خلية الإعلام الأمني", true), ("وزارة الدفاع", true), ("وزارة الداخلية", true),
        ("جهاز مكافحة الإرهاب", false), ("المتحدث باسم القائد العام للقوات المسلحة", false), ("مديرية الاستخبارات العسكرية", true),
        ("هيئة الحشد الشعبي", true), ("التحالف الدولي", false), ("قيادة عمليات نينوى", true), ("قيادة عمليات صلاح الدين", true),
        ("قيادة عمليات الأنبار", true), ("قيادة شرطة ديالى", true), ("وكالة الاستخبارات", true), ("جهاز الأمن الوطني", false),
        ("قيادة عمليات بغداد", true), ("وزارة البيشمركة", true), ("مصدر أمني", false), ("مسؤول محلي", false),
        ("المرصد السوري لحقوق الإنسان", false),
    ];

    public static IReadOnlyList<string> Donors { get; } =
    [
        "الحكومة الألمانية", "الاتحاد الأوروبي", "الولايات المتحدة", "البنك الدولي", "الحكومة اليابانية", "برنامج الأمم المتحدة الإنمائي",
        "الحكومة البريطانية", "المملكة العربية السعودية", "دولة الكويت", "الحكومة الكندية", "الحكومة الهولندية",
    ];

    public static IReadOnlyList<string> Headlines { get; } =
    [
        "القوات الأمنية تلاحق خلايا «داعش» في {0}", "عملية أمنية جديدة ضد بقايا «داعش» في {0}", "تطورات أمنية في {0}",
        "«داعش» يحاول استعادة نشاطه في {0}", "حصيلة العمليات ضد التنظيم في {0}", "ضربات جوية تستهدف مخابئ التنظيم في {0}",
        "الاستخبارات تطيح بخلية إرهابية في {0}", "دعم دولي لإعادة الاستقرار في {0}", "تحذيرات من عودة التنظيم إلى {0}",
    ];

    /// <summary>Sentences that carry no figure: the connective tissue of a news story.</summary>
    public static IReadOnlyList<string> Filler { get; } =
    [
        "وتواصل القوات العراقية ملاحقة فلول التنظيم الإرهابي في المناطق النائية والوديان الوعرة.",
        "وأكد البيان استمرار التنسيق بين الأجهزة الأمنية لتأمين الطرق الخارجية والقرى المحررة.",
        "ويتطلع العراق إلى استمرار التعاون مع المجتمع الدولي في مكافحة التطرف والإرهاب.",
        "وأشار إلى أن الجهد الاستخباري كان له الدور الأكبر في تحديد أماكن اختباء الإرهابيين.",
        "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى ساعة إعداد هذا الخبر.",
        "وطالب مسؤولون محليون بتعزيز القطعات العسكرية على الحدود مع سوريا.",
        "ويشن التنظيم بين حين وآخر هجمات متفرقة على القوات الأمنية والمدنيين رغم إعلان النصر عليه.",
        "ودعا البيان المواطنين إلى التعاون مع الأجهزة الأمنية والإبلاغ عن أي تحركات مشبوهة.",
        "وتأتي هذه التطورات في وقت تشهد فيه المنطقة توتراً متصاعداً.",
        "وأوضح أن القطعات الأمنية فرضت طوقاً على المنطقة وشرعت بعمليات تفتيش واسعة.",
    ];

    /// <summary>Sentences with numbers that are not figures: model numbers, clock times, ordinals, law articles.</summary>
    public static IReadOnlyList<string> NumberNoise { get; } =
    [
        "وشاركت في الإسناد طائرات F-16 العراقية ومروحيات الجيش.",
        "وانطلق التحرك بالساعة 500 فجراً بحسب التوقيت المحلي.",
        "وجرى ذلك ضمن المرحلة الثالثة من الخطة الأمنية.",
        "وأحيل المتهمون إلى القضاء وفق أحكام المادة (4) من قانون مكافحة الإرهاب.",
        "واستخدمت في الرصد طائرة استطلاع من طراز AC-208.",
        "وبدأ تنفيذ الخطة عند الساعة 00:00 بتوقيت بغداد.",
    ];

    public static IReadOnlyList<string> ArabicMonths { get; } =
        ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    public static IReadOnlyList<string> Weekdays { get; } = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
}
