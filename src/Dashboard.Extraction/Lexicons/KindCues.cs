using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Lexicons;

/// <summary>What a governing verb or noun says happened to the people or things counted near it.</summary>
internal enum Cue
{
    Killed,
    Wounded,
    Arrested,
    Abducted,
    Displaced,
    /// <summary>fighters present in an area or estimated: militant strength</summary>
    Presence,
    /// <summary>found, seized, dismantled</summary>
    Seized,
    /// <summary>sentenced, tried, trained, hired: people counted for something that is none of the kinds</summary>
    Other,
    /// <summary>missing (مفقودين، فقدان، في عداد المفقودين): people counted, kind «other»; no one is known to have taken them</summary>
    Missing,
}

/// <summary>Verbs and verbal nouns of the clause that name the kind of a count of people or things.</summary>
internal static class KindCues
{
    /// <summary>Something done to people: killed, wounded, arrested or abducted (not a state, a move or a count).</summary>
    public static bool IsAct(Cue cue) => cue is Cue.Killed or Cue.Wounded or Cue.Arrested or Cue.Abducted;

    private static IEnumerable<(string, Cue)> Many(Cue cue, params string[] words) => words.Select(w => (w, cue));

    private static IEnumerable<(string, Cue)> All() =>
    [
        .. Many(Cue.Killed, "قتل", "مقتل", "قتلت", "قتلوا", "قتلا", "يقتل", "تقتل", "قتلهم", "مقتلهم", "قتلته", "مصرع", "مصرعهم", "حتفه", "حتفهم", "حتفهما",
            "تصفية", "تصفيتهم", "استشهاد", "استشهد", "استشهدوا", "إعدام", "أعدم", "أعدمت", "أعدموا", "إعدامهم", "هلاك", "تحييد", "نحر", "ذبح", "اغتيال", "اغتال",
            // Slaughtered, beheaded: «ذبحوا 5 مدنيين», «قطعوا رؤوس 3 أشقاء» (heads only after cutting, see Heads).
            "ذبحوا", "ذبحت", "نحروا", "نحرت", "رؤوس",
            "قتلى", "أودى", "أودت", "أوديا", "أودتا", "حصد", "حصدت", "يلقى", "لقي", "لقوا",
            // Women: «لقيت 4 نساء حتفهن», «استشهدت 3 نساء», «قتلن».
            "لقيت", "لقين", "حتفهن", "حتفها", "استشهدت", "قتلن", "سقط", "سقوط", "مقتلها", "الإجهاز", "جثث", "جثة", "بجثث", "رفات",
            // Dying: «وفاة 105 أشخاص وإصابة 236», «توفي 3 أشخاص وأصيب 3 آخرون», «تسعة أشخاص قضوا», «راح ضحيته 53 شخصا».
            "وفاة", "توفي", "توفى", "توفيت", "توفوا", "قضوا", "ضحيته", "ضحيتها", "ضحيتهم", "مات", "ماتوا", "ماتت", "مقتولين", "جثامين", "جثمان",
            // «فارق 3 أشخاص الحياة»: only with «الحياة» after (Parted).
            "فارق", "فارقوا", "فارقا", "فارقت"),
        .. Many(Cue.Wounded, "إصابة", "إصابات", "أصيب", "أصيبوا", "أصيبت", "أصبن", "أصابت", "أصاب", "أصابوا", "جرحوا", "جرحت", "إصابتهم", "يصاب", "جرح", "جرحى", "جريح", "إصابته",
            // What exposed people suffered: «وتعرض 3 أطفال لحروق بالغة», «تعرض 2 منهم لجروح».
            "جروح", "حروق", "كسور"),
        .. Many(Cue.Arrested, "اعتقال", "اعتقل", "اعتقلت", "اعتقلوا", "اعتقالهم", "القبض", "قبض", "توقيف", "أوقف", "أوقفت", "احتجاز", "احتجز", "احتجزت",
            "الإطاحة", "أطاح", "أطاحت", "إيقاف", "اقتياد", "أسر", "أسرت", "ضبط", "ضبطت", "تسليم", "سلم", "استسلام", "استسلم"),
        .. Many(Cue.Abducted, "خطف", "اختطاف", "اختطف", "اختطفت", "خطفت", "خطفوا", "اختطفوا", "اختطافهم", "اختطفهم", "خطفهم"),
        .. Many(Cue.Displaced, "نزوح", "نزح", "نزحوا", "نزحت", "تنزح", "ينزح", "ينزحون", "تهجير", "هجر", "عودة", "عاد", "عادت", "إعادة", "أعيد", "مخيم", "مخيمات", "المخيم",
            "يؤوي", "لجوء", "إيواء", "يقطنون", "يقيمون", "فرار", "فر", "فروا", "ترحيل", "رحل", "تشريد", "شرد", "شردت", "شردوا", "تشرد", "تشريدهم",
            "إجلاء", "أجلت", "أجلى", "أجلوا", "إجلائهم"),
        .. Many(Cue.Presence, "وجود", "يوجد", "توجد", "تواجد", "يتواجد", "متواجدين", "متواجدون", "موجودين", "ينتشر", "انتشار", "يتحصن", "يتحصنون", "تقديرات", "يقدر",
            "تقدر", "قوامها", "قوامه", "صفوف", "ينشط", "ينشطون", "يضم", "عددهم", "تعداد", "تعدادهم", "يقاتلون", "يقاتل"),
        .. Many(Cue.Seized, "ضبط", "ضبطت", "العثور", "عثر", "عثرت", "عثروا", "مصادرة", "صادر", "صادرت", "الاستيلاء", "استولى", "حجز", "تفكيك", "فكك", "فككت", "إتلاف", "أتلف", "اغتنام", "غنم", "ضبطها", "مضبوطات", "تفجيرها", "إبطال"),
        // «لا يزال 12 شخصا مفقودين», «وفقدان 13 شخصا آخرين»; «فقد» counts only right before the figure and when no act
        // follows them (KindCues.Lost, read by FactRecognizer.FindCue and CueAt): elsewhere it is mostly «so, indeed».
        .. Many(Cue.Missing, "مفقودين", "مفقودون", "مفقودا", "مفقودة", "مفقودات", "فقدان", "فقدانهم"),
        .. Many(Cue.Other, "سجن", "بسجن", "حكم", "الحكم", "محاكمة", "إدانة", "أدان", "تغريم", "تكريم", "تعيين", "توظيف", "تدريب", "تخريج", "تأهيل", "إطلاق",
            "الإفراج", "أفرج", "إخلاء", "تبرئة", "ترشيح", "انتخاب", "مشاركة", "بمشاركة", "حضور", "بحضور", "استقبال", "إنقاذ", "انقاذ", "علاج", "معالجة", "نقل", "إسعاف",
            // What a population faces or needs: «يواجه ملايين الأشخاص خطر المجاعة», «يحتاج 8 ملايين إلى المساعدة».
            "يواجه", "يواجهون", "تواجه", "يحتاج", "يحتاجون", "تحتاج", "حاجة",
            // Suffering, harmed, working: «يعاني حوالي ألف آخرون من الهجوم», «15 ألف شخص تضرروا من العاصفة», «حيث يعمل 5
            // آلاف فلسطيني في مصانع» are no toll. («نقل» to a hospital is a wounding: FactRecognizer.TakenToHospital.)
            "يعاني", "يعانون", "تعاني", "تضرر", "تضرروا", "تضررت", "يعمل", "يعملون"),
    ];

    private static readonly Lexicon<Cue[]> Lexicon = new(All().GroupBy(e => ArabicNormalizer.NormalizeWord(e.Item1)).Select(g => (g.Key, g.Select(e => e.Item2).Distinct().ToArray())));

    /// <summary>The cues a word carries (ضبط is both an arrest and a seizure; the counted noun decides).</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out Cue[] cues) => Lexicon.TryGet(word, Clitics.Particles | Clitics.Article, out cues!);

    /// <summary>A cue word that carries «ب» or «ل» («بقتل», «لإصابات»), not one that begins with the letter («لقوا»).</summary>
    public static bool HasPreposition(ReadOnlySpan<char> word) => Lexicon.TryFind(word, Clitics.Particles | Clitics.Article, out var hit) && hit.HadPreposition;

    /// <summary>A cue word that carries «و» or «ف»: an act joined to what came before («وتوقيف», not «وفاة»).</summary>
    public static bool IsJoined(ReadOnlySpan<char> word) => Lexicon.TryFind(word, Clitics.Particles | Clitics.Article, out var hit) && hit.HadConjunction;

    /// <summary>A cue without the article: a verb or an indefinite noun (after the figure, «القتل» is a charge, not an act).</summary>
    public static bool TryGetIndefinite(ReadOnlySpan<char> word, out Cue[] cues)
    {
        cues = [];
        if (!Lexicon.TryFind(word, Clitics.Particles | Clitics.Article, out var hit) || hit.HadArticle || word.StartsWith("ال")) return false;
        cues = hit.Value;
        return true;
    }

    /// <summary>القضاء means killing only in «القضاء على»; alone it is the judiciary.</summary>
    public static readonly string Judiciary = ArabicNormalizer.NormalizeWord("القضاء");

    public static readonly string On = ArabicNormalizer.NormalizeWord("على");

    /// <summary>«17 شخصا نقلوا إلى المستشفيات», «نقل 8 أشخاص آخرين إلى المستشفى»: taken to hospital, the wounded (see Hospitals).</summary>
    public static Lexicon<bool> Taken { get; } = new(new[] { "نقل", "نقلوا", "نقلت", "نقلهم", "أسعف", "أسعفوا", "أدخل", "أدخلوا" }.Select(w => (w, true)));

    public static Lexicon<bool> Admitted { get; } = new(new[] { "أدخل", "أدخلوا" }.Select(w => (w, true)));

    /// <summary>Carried by the people counted: «هرع 10 مسعفين … ونقلوا المصابين إلى المستشفى».</summary>
    public static Lexicon<bool> Carried { get; } = new(new[] { "مصاب", "مصابين", "جرحى", "جريح", "مرضى", "مريض", "ضحايا", "جثث", "جثامين" }.Select(w => (w, true)));

    public static Lexicon<bool> Another { get; } = new(new[] { "آخر", "أخرى", "آخرى", "ثان", "ثاني" }.Select(w => (w, true)));

    /// <summary>Read only before the figure: «ذبحوا 5 مدنيين», not «تجمع 500 شخص وذبحوا الخراف», «شيع 5 آلاف شخص جثمان القائد».</summary>
    public static Lexicon<bool> BeforeTheFigureOnly { get; } = new(new[] { "ذبحوا", "ذبحت", "نحروا", "نحرت", "رؤوس", "جثمان", "جثامين" }.Select(w => (w, true)));

    public static Lexicon<bool> Hospitals { get; } = new(new[] { "المستشفى", "مستشفى", "المستشفيات", "مستشفيات" }.Select(w => (w, true)));

    /// <summary>«قضوا», dying, unless time follows: «قضوا ليلتهم في العراء».</summary>
    public static Lexicon<bool> Spending { get; } = new(new[] { "قضوا" }.Select(w => (w, true)));

    public static Lexicon<bool> TimeSpent { get; } = new(new[]
    {
        "ليلتهم", "ليلة", "ليلته", "ليالي", "ليال", "يوما", "يومهم", "أياما", "أيام", "أيامهم", "ساعات", "ساعة", "وقتا", "وقتهم", "سنوات", "سنة", "أعواما", "أعوام", "عاما",
        "شهورا", "أشهرا", "شهرا", "أسابيع", "أسبوعا", "عطلتهم", "عطلة", "إجازتهم", "إجازة", "حياتهم", "فترة", "مدة", "معظم", "أغلب",
    }.Select(w => (w, true)));

    /// <summary>«ضحيته», death only after «راح» or «ذهب» («راح ضحيته 53 شخصا»; «وقع ضحيتها 500 مواطن» of a fraud is not).</summary>
    public static Lexicon<bool> Victims { get; } = new(new[] { "ضحيته", "ضحيتها", "ضحيتهم" }.Select(w => (w, true)));

    /// <summary>«رؤوس», killing only after cutting: «قطعوا رؤوس 3 أشقاء»; «رؤوس حربية» are warheads.</summary>
    /// <summary>«هرب 30 معتقلا»: an escape of those held (not a cue for others: thieves flee a scene, civilians a war).</summary>
    public static Lexicon<bool> Escape { get; } = new(new[] { "هرب", "هربوا", "هروب", "فرار", "فر", "فروا" }.Select(w => (w, true)));

    public static Lexicon<bool> Parted { get; } = new(new[] { "فارق", "فارقوا", "فارقا", "فارقت" }.Select(w => (w, true)));

    public static readonly string Life = ArabicNormalizer.NormalizeWord("الحياة");

    public static Lexicon<bool> Heads { get; } = new(new[] { "رؤوس" }.Select(w => (w, true)));

    public static Lexicon<bool> Cutting { get; } = new(new[] { "قطع", "قطعوا", "قطعت", "يقطع", "يقطعون", "تقطع", "حز", "حزوا", "جز", "جزوا" }.Select(w => (w, true)));

    public static Lexicon<bool> VictimsGo { get; } = new(new[] { "راح", "راحت", "ذهب", "ذهبت", "يذهب", "تذهب", "يروح", "تروح" }.Select(w => (w, true)));

    /// <summary>«وقضى 39 شخصا»: died, when the figure follows at once.</summary>
    public static readonly string Died = ArabicNormalizer.NormalizeWord("قضى");

    /// <summary>«وفقد 7 آخرون»: went missing, when the figure follows at once.</summary>
    public static readonly string Lost = ArabicNormalizer.NormalizeWord("فقد");

    /// <summary>«في عداد المفقودين»: counted among the missing.</summary>
    public static readonly string AmongTheCount = ArabicNormalizer.NormalizeWord("عداد");

    /// <summary>«فقد 7 أشخاص حياتهم», «فقدان 13 شخصا أرواحهم»: lives lost are deaths, not the missing.</summary>
    public static Lexicon<bool> Lives { get; } = new(new[] { "حياتهم", "حياته", "حياتها", "حياتهما", "أرواحهم", "أرواحهما", "أرواح" }.Select(w => (w, true)));
}
