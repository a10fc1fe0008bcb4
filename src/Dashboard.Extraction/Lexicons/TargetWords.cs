using Dashboard.Extraction.Model;
using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Lexicons;

/// <summary>Words near a count that say whose people they are: «5 من عناصر الشرطة», «4 جثث لإرهابيي داعش».</summary>
internal static class TargetWords
{
    private static IEnumerable<(string, FactTarget)> Many(FactTarget target, params string[] words) => words.Select(w => (w, target));

    public static Lexicon<FactTarget> Words { get; } = new([
        .. Many(FactTarget.Militants, "داعش", "التنظيم", "الإرهابي", "الإرهابية", "الإرهابيين", "إرهابيي", "الإرهابيون", "القاعدة", "المسلحين", "مسلحي", "الدواعش",
            "تنظيم", "عصابات", "الخلايا", "خلايا", "خلية", "النصرة", "المتطرفين", "المتشددين", "الانتحاريين", "المطلوبين", "الجماعة", "جماعة", "الخوارج",
            "التكفيرية", "التكفيريين", "تكفيريين", "تكفيرية"),
        .. Many(FactTarget.SecurityForces, "القوات", "قوات", "الجيش", "الشرطة", "الأمن",
            // «4 عناصر أمن», «أفراد شرطة»: without the article too.
            "أمن", "شرطة", "الأمنية", "الحشد", "البيشمركة", "الجنود", "المنتسبين", "منتسبي", "الصحوة",
            "حرس", "الحرس", "العسكريين", "الضباط", "القطعات", "الفرقة", "اللواء", "الفوج", "الكتيبة", "جهاز", "العشائري", "العشائر"),
        .. Many(FactTarget.Civilians, "المدنيين", "المواطنين", "الأطفال", "النساء", "المدنيون", "الأهالي", "السكان", "المصلين", "الزوار", "العمال", "الطلاب", "الرعاة",
            "المزارعين", "الصحفيين", "الأبرياء", "العائلات", "عائلة", "أسرة", "المتظاهرين", "الحجاج", "المسافرين"),
    ]);

    public static bool TryGet(ReadOnlySpan<char> word, out FactTarget target) => Words.TryGet(word, Clitics.All, out target);
}
