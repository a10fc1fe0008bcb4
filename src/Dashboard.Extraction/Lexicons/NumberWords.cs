using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Lexicons;

internal enum NumberWordType
{
    /// <summary>أحد، إحدى: one only in «أحد الإرهابيين» or before عشر.</summary>
    One,
    /// <summary>واحد … عشرة, and the dual اثنان.</summary>
    Unit,
    /// <summary>عشرون … تسعون</summary>
    Ten,
    /// <summary>مئة … تسعمئة</summary>
    Hundred,
    /// <summary>ألف، مليون، مليار: a multiplier after a number, the value itself when alone.</summary>
    Scale,
    /// <summary>ألفان، مليونان: twice the scale, alone.</summary>
    DualScale,
    /// <summary>آلاف، ملايين، مليارات: a multiplier after a number (ثلاثة آلاف), vague when alone.</summary>
    PluralScale,
    /// <summary>بضعة، عدة، عشرات، مئات</summary>
    Vague,
    /// <summary>نصف، ثلث، ربع</summary>
    Fraction,
}

internal readonly record struct NumberWord(NumberWordType Type, double Value, double VagueMin = 0, double VagueMax = 0);

/// <summary>Cardinal number words in their gender and case forms, scales, vague quantities and fractions.</summary>
internal static class NumberWords
{
    private static NumberWord U(double v) => new(NumberWordType.Unit, v);

    private static readonly (string, NumberWord)[] Entries =
    [
        ("أحد", new(NumberWordType.One, 1)), ("إحدى", new(NumberWordType.One, 1)),
        ("واحد", U(1)), ("واحدة", U(1)),
        ("اثنان", U(2)), ("اثنين", U(2)), ("اثنتان", U(2)), ("اثنتين", U(2)), ("اثنا", U(2)), ("اثني", U(2)), ("اثنتا", U(2)), ("اثنتي", U(2)),
        ("ثلاث", U(3)), ("ثلاثة", U(3)), ("أربع", U(4)), ("أربعة", U(4)), ("خمس", U(5)), ("خمسة", U(5)),
        ("ست", U(6)), ("ستة", U(6)), ("سبع", U(7)), ("سبعة", U(7)), ("ثمان", U(8)), ("ثماني", U(8)), ("ثمانية", U(8)),
        ("تسع", U(9)), ("تسعة", U(9)), ("عشر", U(10)), ("عشرة", U(10)),
        ("عشرون", new(NumberWordType.Ten, 20)), ("عشرين", new(NumberWordType.Ten, 20)),
        ("ثلاثون", new(NumberWordType.Ten, 30)), ("ثلاثين", new(NumberWordType.Ten, 30)),
        ("أربعون", new(NumberWordType.Ten, 40)), ("أربعين", new(NumberWordType.Ten, 40)),
        ("خمسون", new(NumberWordType.Ten, 50)), ("خمسين", new(NumberWordType.Ten, 50)),
        ("ستون", new(NumberWordType.Ten, 60)), ("ستين", new(NumberWordType.Ten, 60)),
        ("سبعون", new(NumberWordType.Ten, 70)), ("سبعين", new(NumberWordType.Ten, 70)),
        ("ثمانون", new(NumberWordType.Ten, 80)), ("ثمانين", new(NumberWordType.Ten, 80)),
        ("تسعون", new(NumberWordType.Ten, 90)), ("تسعين", new(NumberWordType.Ten, 90)),
        ("مئة", new(NumberWordType.Hundred, 100)), ("مائة", new(NumberWordType.Hundred, 100)),
        ("مئتان", new(NumberWordType.Hundred, 200)), ("مئتين", new(NumberWordType.Hundred, 200)), ("مئتا", new(NumberWordType.Hundred, 200)), ("مئتي", new(NumberWordType.Hundred, 200)),
        ("مائتان", new(NumberWordType.Hundred, 200)), ("مائتين", new(NumberWordType.Hundred, 200)), ("مائتا", new(NumberWordType.Hundred, 200)), ("مائتي", new(NumberWordType.Hundred, 200)),
        ("ثلاثمئة", new(NumberWordType.Hundred, 300)), ("ثلاثمائة", new(NumberWordType.Hundred, 300)),
        ("أربعمئة", new(NumberWordType.Hundred, 400)), ("أربعمائة", new(NumberWordType.Hundred, 400)),
        ("خمسمئة", new(NumberWordType.Hundred, 500)), ("خمسمائة", new(NumberWordType.Hundred, 500)),
        ("ستمئة", new(NumberWordType.Hundred, 600)), ("ستمائة", new(NumberWordType.Hundred, 600)),
        ("سبعمئة", new(NumberWordType.Hundred, 700)), ("سبعمائة", new(NumberWordType.Hundred, 700)),
        ("ثمانمئة", new(NumberWordType.Hundred, 800)), ("ثمانمائة", new(NumberWordType.Hundred, 800)), ("ثمانيمئة", new(NumberWordType.Hundred, 800)), ("ثمانيمائة", new(NumberWordType.Hundred, 800)),
        ("تسعمئة", new(NumberWordType.Hundred, 900)), ("تسعمائة", new(NumberWordType.Hundred, 900)),
        ("ألف", new(NumberWordType.Scale, 1e3)), ("ألفا", new(NumberWordType.Scale, 1e3)),
        ("ألفان", new(NumberWordType.DualScale, 2e3)), ("ألفين", new(NumberWordType.DualScale, 2e3)), ("ألفي", new(NumberWordType.DualScale, 2e3)),
        ("آلاف", new(NumberWordType.PluralScale, 1e3, 2e3, 9999)),
        ("مليون", new(NumberWordType.Scale, 1e6)), ("مليونا", new(NumberWordType.Scale, 1e6)),
        ("مليونان", new(NumberWordType.DualScale, 2e6)), ("مليونين", new(NumberWordType.DualScale, 2e6)), ("مليوني", new(NumberWordType.DualScale, 2e6)),
        ("ملايين", new(NumberWordType.PluralScale, 1e6, 2e6, 9_999_999)),
        ("مليار", new(NumberWordType.Scale, 1e9)), ("مليارا", new(NumberWordType.Scale, 1e9)), ("بليون", new(NumberWordType.Scale, 1e9)),
        ("ملياران", new(NumberWordType.DualScale, 2e9)), ("مليارين", new(NumberWordType.DualScale, 2e9)), ("ملياري", new(NumberWordType.DualScale, 2e9)),
        ("مليارات", new(NumberWordType.PluralScale, 1e9, 2e9, 9_999_999_999)),
        ("بضع", new(NumberWordType.Vague, 0, 3, 9)), ("بضعة", new(NumberWordType.Vague, 0, 3, 9)), ("عدة", new(NumberWordType.Vague, 0, 3, 9)),
        ("عشرات", new(NumberWordType.Vague, 0, 20, 99)), ("مئات", new(NumberWordType.Vague, 0, 200, 999)),
        ("نصف", new(NumberWordType.Fraction, 0.5)), ("ثلث", new(NumberWordType.Fraction, 1.0 / 3)), ("ربع", new(NumberWordType.Fraction, 0.25)),
    ];

    public static Lexicon<NumberWord> Words { get; } = new(Entries);

    /// <summary>Looks a word up as a number: particles allowed, the article only on vague plurals (العشرات، الآلاف).</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out NumberWord number, out bool hadConjunction)
    {
        hadConjunction = false;
        number = default;
        if (!Words.TryFind(word, Clitics.Particles | Clitics.Article, out var hit)) return false;
        if (hit.HadArticle && hit.Value.Type is not (NumberWordType.Vague or NumberWordType.PluralScale)) return false;
        // «ك» (like) hardly ever stands before a number word, and «كميات» (quantities) folds to ك + ميات (مئات).
        if (hit.HadPreposition && word[hit.HadConjunction ? 1 : 0] == 'ك') return false;
        number = hit.Value;
        hadConjunction = hit.HadConjunction;
        return true;
    }

    /// <summary>
    /// A unit with the article, which counts only as the first word of a teen («القتلى الخمسة عشر»): the caller checks
    /// that «عشر» follows.
    /// </summary>
    public static bool TryGetDefiniteUnit(ReadOnlySpan<char> word, out NumberWord number)
    {
        number = default;
        if (!Words.TryFind(word, Clitics.Particles | Clitics.Article, out var hit) || !hit.HadArticle) return false;
        if (hit.Value.Type is not (NumberWordType.Unit or NumberWordType.One) || hit.Value.Value >= 10) return false;
        number = hit.Value;
        return true;
    }

    /// <summary>The word «و» standing alone between two numbers.</summary>
    public const string And = "و";
}
