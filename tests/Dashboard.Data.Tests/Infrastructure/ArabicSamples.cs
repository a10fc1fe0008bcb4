namespace Dashboard.Data.Tests.Infrastructure;

/// <summary>Short Arabic articles for tests; every character exists in Windows-1256 and ISO-8859-6 alike.</summary>
public static class ArabicSamples
{
    public const string Strike =
        "أعلنت قيادة العمليات المشتركة، أمس، أن طيران الجيش نفذ ضربة جوية في صحراء الأنبار.\n" +
        "وقال بيان للقيادة إن الضربة أسفرت عن قتل 7 من عناصر التنظيم، وتدمير مضافة كانوا يستخدمونها.\n";

    public const string Arrest =
        "تمكنت مفارز الاستخبارات العسكرية من القبض على إرهابيين اثنين في قضاء الحويجة بمحافظة كركوك.\n" +
        "وذكر البيان أن المتهمين مطلوبان للقضاء وفق المادة الرابعة من قانون مكافحة الإرهاب. قتل 7 آخرون.\n";

    public const string Camps =
        "قالت وزارة الهجرة والمهجرين إن آلاف العائلات النازحة عادت إلى مناطقها في نينوى خلال الشهر الماضي.\n" +
        "وأضافت الوزارة أنها أغلقت ثلاثة مخيمات، ويجري العمل على إغلاق ما تبقى منها قبل نهاية العام.\n";

    /// <summary>A distinct article each call, for batches that need many.</summary>
    public static string Numbered(int n) => $"{Strike}\nالخبر رقم {n}.";
}
