using System.Globalization;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Bench;

/// <summary>The ways the press writes a figure; each generated fact records which one it used.</summary>
public enum NumberForm { Digits, ArabicIndicDigits, Words, Approximate, AtLeast, Range, Vague }

/// <summary>
/// A counted noun in the forms Arabic grammar asks for: plural after 3–10, accusative singular after 11–99, genitive
/// singular after hundreds, definite plural after a vague word (عشرات الإرهابيين). Feminine nouns take the short
/// number words (ثلاث ضربات).
/// </summary>
internal sealed record CountedNoun(string Plural, string Accusative, string Genitive, string Definite, bool Feminine)
{
    public string After(int value)
    {
        var lastTwo = value % 100;
        if (value <= 10 || lastTwo is >= 3 and <= 10) return Plural;
        return lastTwo is 0 or 1 or 2 ? Genitive : Accusative;
    }
}

/// <summary>A figure as written with its noun, and the values a reader must get from it.</summary>
internal sealed record NumberPhrase(string Text, double Min, double Max, Qualifier Qualifier, NumberForm Form);

internal static class NumberPhrases
{
    private static readonly Dictionary<int, (string Masculine, string Feminine)> Words = new()
    {
        [3] = ("ثلاثة", "ثلاث"), [4] = ("أربعة", "أربع"), [5] = ("خمسة", "خمس"), [6] = ("ستة", "ست"), [7] = ("سبعة", "سبع"),
        [8] = ("ثمانية", "ثماني"), [9] = ("تسعة", "تسع"), [10] = ("عشرة", "عشر"),
        [20] = ("عشرين", "عشرين"), [30] = ("ثلاثين", "ثلاثين"), [40] = ("أربعين", "أربعين"), [50] = ("خمسين", "خمسين"),
        [60] = ("ستين", "ستين"), [70] = ("سبعين", "سبعين"), [80] = ("ثمانين", "ثمانين"), [90] = ("تسعين", "تسعين"), [100] = ("مئة", "مئة"),
    };

    private static readonly int[] WordValues = [.. Words.Keys];

    public static string Digits(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string ArabicIndic(int value) =>
        string.Concat(Digits(value).Select(d => (char)('\u0660' + (d - '0'))));

    /// <summary>A count of people or things between 3 and <paramref name="max"/> in a form drawn at random.</summary>
    public static NumberPhrase Count(BenchRandom random, CountedNoun noun, int max, IReadOnlyList<NumberForm>? forms = null)
    {
        var form = forms != null ? random.Pick(forms) : PickForm(random);
        var value = random.Skewed(3, max);
        switch (form)
        {
            case NumberForm.ArabicIndicDigits:
                return new($"{ArabicIndic(value)} {noun.After(value)}", value, value, Qualifier.Exact, form);
            case NumberForm.Words:
                var word = random.Pick(WordValues);
                var (masculine, feminine) = Words[word];
                // Nouns after twenty and up are singular; a masculine noun takes the feminine-looking word (ثلاثة إرهابيين).
                var written = noun.Feminine ? feminine : masculine;
                return new($"{written} {noun.After(word)}", word, word, Qualifier.Exact, form);
            case NumberForm.Approximate:
                return new($"نحو {Digits(value)} {noun.After(value)}", value, value, Qualifier.Approximate, form);
            case NumberForm.AtLeast:
                return new($"أكثر من {Digits(value)} {noun.After(value)}", value, value, Qualifier.AtLeast, form);
            case NumberForm.Range:
                var low = Math.Max(3, value);
                var high = low + random.Between(2, Math.Max(3, low / 2));
                var (opener, joiner) = random.Next(3) switch { 0 => ("ما بين", "إلى "), 1 => ("ما بين", "و"), _ => ("من", "إلى ") };
                return new($"{opener} {Digits(low)} {joiner}{Digits(high)} {noun.After(high)}", low, high, Qualifier.Range, form);
            case NumberForm.Vague:
                return random.Chance(0.7)
                    ? new($"عشرات {noun.Definite}", 20, 99, Qualifier.Vague, form)
                    : new($"مئات {noun.Definite}", 200, 999, Qualifier.Vague, form);
            default:
                return new($"{Digits(value)} {noun.After(value)}", value, value, Qualifier.Exact, NumberForm.Digits);
        }
    }

    /// <summary>An amount of money: millions or billions of a currency, sometimes approximate.</summary>
    public static NumberPhrase Money(BenchRandom random)
    {
        var inDinars = random.Chance(0.25);
        var amount = random.Between(2, inDinars ? 90 : 500);
        var (scaleWord, scale) = inDinars ? ("مليار", 1e9) : (amount <= 10 ? "ملايين" : "مليون", 1e6);
        var currency = inDinars ? "دينار" : "دولار";
        var approximate = random.Chance(0.2);
        var form = approximate ? NumberForm.Approximate : random.Chance(0.2) ? NumberForm.ArabicIndicDigits : NumberForm.Digits;
        var digits = form == NumberForm.ArabicIndicDigits ? ArabicIndic(amount) : Digits(amount);
        var text = $"{(approximate ? "نحو " : "")}{digits} {scaleWord} {currency}";
        return new(text, amount * scale, amount * scale, approximate ? Qualifier.Approximate : Qualifier.Exact, form);
    }

    private static NumberForm PickForm(BenchRandom random) => random.Next(100) switch
    {
        < 40 => NumberForm.Digits,
        < 50 => NumberForm.ArabicIndicDigits,
        < 62 => NumberForm.Words,
        < 74 => NumberForm.Approximate,
        < 84 => NumberForm.AtLeast,
        < 92 => NumberForm.Range,
        _ => NumberForm.Vague,
    };
}
