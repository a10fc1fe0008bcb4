using CsCheck;

namespace Dashboard.Extraction.Tests.Dates;

/// <summary>Generators of hostile input: arbitrary UTF-16 (lone surrogates included) and megabyte-long date-like noise.</summary>
internal static class RandomText
{
    private static readonly string[] Fragments =
    [
        "في ", "عام ", "2014", "2022", "-", "(", ")", "/", "«", "»", "لـ", "أمس ", "الاثنين ", "الماضي ", "10 ", "أغسطس ", "(آب) ",
        "كانون الثاني ", "1436 ", "هـ ", "رمضان ", "26 ", "مطلع ", "العام ", "الجاري ", "منذ ", "بين عامي ", "و", "6/23/2020",
        "2020-06-23", "٢٠١٤", "ـ", "\u064E", "\u200F", "\n", "\n\n", "• ", "©", "صيف ", "الموصل ", "ببغداد ", "صلاح الدين ",
        "قضاء ", "حديثة ", "إن ", "\"", "12345678901234567890", "31/02/2020", "99/99/9999", "قتيلا ", " ", "\ud800", "\udc00",
    ];

    /// <summary>Up to a few thousand arbitrary characters.</summary>
    public static readonly Gen<string> Unicode = Gen.String[0, 3000];

    /// <summary>Mixed fragments and arbitrary characters, repeated to at least one megabyte.</summary>
    public static readonly Gen<string> Megabyte =
        Gen.Select(Gen.OneOf(Fragments).Array[50, 300], Gen.String[0, 200], (parts, noise) =>
        {
            var unit = string.Concat(parts) + noise;
            var builder = new System.Text.StringBuilder(1_050_000);
            while (builder.Length < 1_000_000) builder.Append(unit);
            return builder.ToString();
        });

    /// <summary>Date-like phrases glued together in any order, to reach the recogniser's rarer paths.</summary>
    public static readonly Gen<string> DateLike = Gen.OneOf(Fragments).Array[0, 60].Select(string.Concat);
}
