using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Lexicons;

/// <summary>Words that introduce who states a figure, and the words that end the speaker's name.</summary>
internal static class AttributionCues
{
    /// <summary>Cue phrases; the speaker follows them (بحسب الخفاجي، وقال المتحدث …).</summary>
    public static PhraseSet<bool> Cues { get; } = new(new[]
    {
        "بحسب", "حسب", "وفقا ل", "وفقا", "وفق", "طبقا ل", "نقلا عن", "استنادا إلى", "قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت",
        "أوضح", "أوضحت", "كشف", "كشفت", "صرح", "صرحت", "أشار", "أشارت", "أضاف", "أضافت", "تابع", "تابعت", "أورد", "أوردت", "أحصى",
        "أحصت", "وثق", "وثقت", "تقديرات", "إحصائية", "إحصائيات", "يقول", "تقول", "أبلغ", "أبلغت", "زعم", "زعمت", "ادعى", "ادعت", "قدر", "قدرت", "أعلنه", "أوضحه", "ذكره",
    }.Select(p => (p, true)));

    /// <summary>Words that end a speaker's name: conjunctions of reported speech, time and place words.</summary>
    public static Lexicon<bool> Stops { get; } = new(new[]
    {
        "أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "في", "خلال", "أمس", "اليوم", "يوم", "على", "عن", "لـ", "إلى", "الى", "من", "مساء", "صباح", "ظهر",
        "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "بأن", "بان", "ان", "انه", "ما", "التي", "الذي", "الذين", "فيه", "فيها",
        "لوكالة", "لصحيفة", "لقناة", "لموقع", "للصحفيين", "لوسائل", "لـالشرق", "عبر", "بعد", "قبل", "حيث", "كما", "مؤكدا", "مشيرا", "مضيفا", "لافتا",
        "موضحا", "مبينا", "تلقته", "تلقت", "اطلع", "اطلعت", "تلقى", "أمام", "لدى", "وأن", "وإن", "و", "بيان", "بيانا", "تصريح", "تصريحات", "تصريحا",
        "مؤتمر", "حديث", "حديثه", "إنهم", "أنهن", "لهم", "له", "لها", "هذه", "هذا", "ذلك", "تلك", "الآن", "أيضا", "كذلك", "بدوره", "بدورها", "معلومات", "بالفعل", "فعلا", "رسميا", "مؤخرا", "سابقا", "أخيرا", "حينها", "تشير", "يشير",
    }.Select(w => (w, true)));

    /// <summary>Words before the speaker's name that are not part of it: «بحسب تصريحات اللواء …», «وفقا لبيان …».</summary>
    public static Lexicon<bool> Preambles { get; } = new(new[] { "تصريحات", "تصريح", "بيان", "بيانا", "تقرير", "تقريرا", "إحصائية", "ما", "صادر", "صادرة", "الصادر", "الصادرة", "عن", "من", "قبل", "أعلنه", "أعلنته", "ذكره", "ذكرته", "نقلته", "أوردته", "أفاد", "أفادت", "أعلن", "أعلنت", "ذكر", "ذكرت", "أكده", "أكدته" }.Select(w => (w, true)));

    /// <summary>Words that cannot be a speaker on their own (pronouns, «البيان» is kept: the statement is the source).</summary>
    public static Lexicon<bool> NotSpeakers { get; } = new(new[] { "له", "لها", "لهم", "أن", "إن", "أنه", "هذا", "ذلك" }.Select(w => (w, true)));

    /// <summary>Breakdown words: the figures after them are parts of the total before.</summary>
    public static Lexicon<bool> Breakdown { get; } = new(new[] { "بينهم", "منهم", "بينها", "منها", "بينهن", "منهن", "بينهما", "منهما", "ضمنهم", "أغلبهم", "غالبيتهم", "معظمهم" }.Select(w => (w, true)));
}
