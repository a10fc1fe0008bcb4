using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Lexicons;

/// <summary>Words that make a figure a total over a period rather than one incident.</summary>
internal static class ScopeCues
{
    /// <summary>Phrases that on their own mark a period total.</summary>
    public static PhraseSet<bool> Phrases { get; } = new(new[]
    {
        "حتى الآن", "لحد الآن", "إلى الآن", "لغاية الآن", "حتى اليوم", "لحد اليوم", "لغاية اليوم", "حتى الان", "منذ مطلع", "منذ بداية", "منذ بدء", "منذ مطلع العام",
        "على مدى", "على مدار", "طيلة", "طوال", "خلال العام", "خلال الشهر", "خلال الأشهر", "خلال الأسبوع", "خلال الأسابيع", "خلال الفترة", "خلال السنوات",
        "خلال الأعوام", "خلال السنة", "خلال عام", "خلال سنة", "خلال الأيام", "خلال شهر", "خلال الساعات", "خلال 24", "هذا العام", "العام الجاري", "العام الحالي",
        "السنة الحالية", "الشهر الجاري", "الشهر الحالي", "إجمالي", "الإجمالي", "إجمالا", "بمجموع", "مجموع", "منذ انطلاق", "منذ انطلاقة",
        "منذ تحرير", "منذ عام", "منذ سنوات", "منذ أشهر", "السنوات الماضية", "الأعوام الماضية", "الأشهر الماضية", "الشهور الماضية", "الفترة الماضية",
        "منذ اندلاع", "منذ دخول", "منذ سيطرة", "منذ سقوط", "منذ حزيران", "منذ يونيو", "الفترة من", "خلال المدة", "في المجمل", "بشكل إجمالي", "سنويا", "شهريا",
        // «ما مجموعه 1539 قتيلا», and periods of two: «خلال الأسبوعين الماضيين».
        "ما مجموعه", "بمجموعه", "خلال اليومين", "خلال الأسبوعين", "خلال الشهرين", "خلال العامين", "خلال السنتين",
        "خلال يومين", "خلال أسبوعين", "خلال شهرين", "خلال عامين", "خلال سنتين",
        // «قتل أكثر من 7300 مدني خلال هذه الفترة», «منذ إشعالها للحرب».
        "خلال هذه الفترة", "خلال تلك الفترة", "خلال هاتين الفترتين", "منذ إشعال", "منذ اشتعال",
        // «في الأشهر التسعة الأولى من عام 2018», «في الأسابيع الأخيرة» (not «في الأسابيع المقبلة»).
        "في الأشهر الثلاثة", "في الأشهر الستة", "في الأشهر التسعة", "في الأشهر الأخيرة", "في الأشهر الماضية",
        "في الأسابيع الأخيرة", "في الأسابيع الماضية", "في الأيام الأخيرة", "في الأيام الماضية",
        "منذ ذلك الحين", "منذ ذلك الوقت", "منذ ذلك التاريخ",
    }.Select(p => (p, true)));

    /// <summary>«في النصف الأول من 2018», «النصف الثاني من العام»: followed by a year (not «من المباراة»).</summary>
    public static PhraseSet<bool> HalvesOf { get; } = new(new[] { "النصف الأول من", "النصف الثاني من" }.Select(p => (p, true)));

    public static Lexicon<bool> YearWords { get; } = new(new[] { "العام", "عام", "السنة", "سنة", "هذا" }.Select(w => (w, true)));

    /// <summary>
    /// Recent periods without «في» («وتسببت الغارات الأسابيع الماضية في مقتل 1450»): totals over them unless the event is
    /// ranked among others of that time (see <see cref="Ranks"/>).
    /// </summary>
    public static PhraseSet<bool> RecentPeriods { get; } = new(new[]
    {
        "الأسابيع الماضية", "الأسابيع الأخيرة", "الأيام الماضية", "الأيام الأخيرة", "الأشهر الأخيرة", "السنوات الأخيرة", "الأعوام الأخيرة",
    }.Select(p => (p, true)));

    /// <summary>
    /// Superlatives, ordinals and «من نوعه»: «أكبر حملة … في السنوات الأخيرة», «الثالث من نوعه الأسابيع الأخيرة». (Not
    /// «أكثر»: «أكثر من 250» is a qualifier.)
    /// </summary>
    public static Lexicon<bool> Ranks { get; } = new(new[]
    {
        "أكبر", "أعنف", "أسوأ", "أشد", "أخطر", "أعلى", "أول", "الأولى", "ثاني", "ثالث", "رابع", "خامس", "نوعه", "نوعها",
    }.Select(w => (w, true)));

    /// <summary>Words before «منذ» that date a state, not a campaign: «مطلوب للقضاء منذ 2016», «الأعنف منذ أيار».</summary>
    public static Lexicon<bool> StatesSince { get; } = new(new[]
    {
        "مطلوب", "مطلوبا", "مطلوبين", "للقضاء", "أكبر", "أعنف", "أسوأ", "أشد", "أخطر", "أعلى", "أول", "منصبه", "منصبها", "يتولى", "تولى",
    }.Select(w => (w, true)));

    /// <summary>Words before a year that make it a period (في 2022، خلال 2017، منذ 2014، عام 2016).</summary>
    public static Lexicon<bool> YearPeriodWords { get; } = new(new[] { "في", "خلال", "منذ", "عام", "العام", "سنة", "طيلة", "طوال", "لعام", "لسنة", "بعام", "عامي", "العامين" }.Select(w => (w, true)));

    /// <summary>«خلال 12 يوما», «خلال ثلاثة أسابيع»: a period counted out is a total over it.</summary>
    public static Lexicon<bool> CountedPeriods { get; } = new(new[]
    {
        "يوما", "يوم", "أيام", "أسبوعا", "أسابيع", "شهرا", "أشهر", "شهور", "عاما", "أعوام", "سنة", "سنوات", "ساعة", "ساعات", "عقود", "عقدا", "عقدين",
    }.Select(w => (w, true)));

    /// <summary>Wars and conflicts, as periods a toll may cover (with <see cref="BeforeWar"/> or <see cref="Causing"/>).</summary>
    public static Lexicon<bool> Wars { get; } = new(new[]
    {
        "الحرب", "حرب", "حربه", "حربها", "حربهم", "الحروب", "حروب", "النزاع", "نزاع", "الصراع", "صراع",
    }.Select(w => (w, true)));

    /// <summary>Words after a war word that make it a clash or a figure of speech («نزاع عشائري», «حرب شوارع»), not a war.</summary>
    public static Lexicon<bool> NotWarsAfter { get; } = new(new[]
    {
        "عشائري", "عشائرية", "قبلي", "قبلية", "شوارع", "عصابات", "نفسية", "كلامية", "إعلامية",
    }.Select(w => (w, true)));

    /// <summary>
    /// After «نزاع/صراع» without the article, a quarrel: «نزاع على قطعة أرض», «صراع على النفوذ», «نزاع مسلح مع البيشمركة»
    /// («النزاع المسلح في سنجار», «الحرب على داعش» are wars).
    /// </summary>
    public static Lexicon<bool> QuarrelsAfter { get; } = new(new[] { "على", "بين", "حول", "مسلح" }.Select(w => (w, true)));

    /// <summary>Disputes (not wars): they take <see cref="QuarrelsAfter"/>.</summary>
    public static Lexicon<bool> Disputes { get; } = new(new[] { "النزاع", "نزاع", "الصراع", "صراع" }.Select(w => (w, true)));

    /// <summary>Single events: a toll in their clause is theirs («بهجوم», «في مجزرة سبايكر», «في حملة دهم», «في يوم واحد»).</summary>
    public static Lexicon<bool> SingleEvents { get; } = new(new[]
    {
        "هجوم", "هجوما", "اشتباك", "قذيفة", "انفجار", "تفجير", "غارة", "ضربة", "عبوة", "كمين", "مجزرة", "حادث", "حادثة", "مداهمة", "دهم", "واحد",
        // «شنت طائرات التحالف غارات، أدت إحداها إلى مقتل 9»
        "إحداها", "إحداهما", "أحدها", "أحدهما",
    }.Select(w => (w, true)));

    /// <summary>Campaigns named by what they took back («معركة تحرير الموصل», «عمليات استعادة الأنبار»).</summary>
    public static Lexicon<bool> Campaigns { get; } = new(new[] { "معركة", "معارك", "عمليات", "عملية", "حملة" }.Select(w => (w, true)));

    public static Lexicon<bool> Liberation { get; } = new(new[] { "تحرير", "استعادة" }.Select(w => (w, true)));

    /// <summary>
    /// Battles named after the city they were fought for, each months long: «معركة الموصل» (October 2016 to July 2017),
    /// «معارك الفلوجة». Only these: «معركة» before a village or a district names a day's fight as often.
    /// </summary>
    public static Lexicon<bool> Battles { get; } = new(new[] { "معركة", "معارك" }.Select(w => (w, true)));

    public static Lexicon<bool> CampaignCities { get; } = new(new[]
    {
        "الموصل", "الفلوجة", "الرمادي", "تكريت", "تلعفر", "الحويجة", "بيجي", "سنجار", "القائم", "الشرقاط", "هيت", "راوة", "الرقة",
    }.Select(w => (w, true)));

    /// <summary>Words right before a war that make it the time of the figure: «في الحرب»، «خلال حرب»، «هذا النزاع»، «أسفرت حربه».</summary>
    public static Lexicon<bool> BeforeWar { get; } = new(new[]
    {
        "في", "خلال", "طوال", "طيلة", "إبان", "أثناء", "هذه", "هذا", "تلك", "ذلك", "أسفرت", "أسفر", "أدت", "أدى", "تسببت", "تسبب", "خلفت", "خلف", "حصدت", "حصد",
    }.Select(w => (w, true)));

    /// <summary>Verbs a war or conflict causes a toll with: «الحرب التي أسفرت عن مقتل»، «أدى هذا الصراع إلى مقتل».</summary>
    public static Lexicon<bool> Causing { get; } = new(new[]
    {
        "أسفرت", "أسفر", "أدت", "أدى", "تسببت", "تسبب", "خلفت", "خلف", "حصدت", "حصد", "أودت", "أودى",
    }.Select(w => (w, true)));

    public static readonly string During = ArabicNormalizer.NormalizeWord("خلال");

    /// <summary>منذ followed by these is "ago", not "since": منذ يومين.</summary>
    public static Lexicon<bool> ShortAgo { get; } = new(new[] { "يوم", "يومين", "أيام", "ساعة", "ساعات", "ساعتين", "أسبوع", "أسبوعين", "قليل", "لحظات", "دقائق" }.Select(w => (w, true)));

    public static readonly string Since = ArabicNormalizer.NormalizeWord("منذ");
}
