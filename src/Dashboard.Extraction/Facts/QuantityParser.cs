using System.Globalization;
using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Facts;

/// <summary>Reads a number at a token: digits with separators, words, scales, compounds joined by و, vague words.</summary>
internal static class QuantityParser
{
    private const int MaxDigits = 15;

    public static bool TryParse(TokenView view, int index, out Quantity quantity)
    {
        quantity = default;
        if (index < 0 || index >= view.Count) return false;
        var token = view.Tokens[index];
        if (token.Type == TokenType.Number) return TryParseDigits(view, index, out quantity);
        if (token.Type != TokenType.Word) return false;
        if (!NumberWords.TryGet(view.Span(index), out var word, out _))
        {
            // «الخمسة عشر»: a teen takes the article on its first word.
            if (!NumberWords.TryGetDefiniteUnit(view.Span(index), out var unit) || !(IsWordAt(view, index + 1, "عشر") || IsWordAt(view, index + 1, "عشره")))
                return false;
            quantity = new Quantity(index, index + 1, unit.Value + 10, unit.Value + 10);
            return true;
        }
        return TryParseWords(view, index, word, out quantity);
    }

    public const double Million = 1e6;

    private static bool TryParseDigits(TokenView view, int index, out Quantity quantity)
    {
        quantity = default;
        if (!TryReadDigits(view.Span(index), out var value, out var plain) || value <= 0) return false;
        var dotMayBeDecimal = DotMayBeDecimal(view.Span(index));
        var last = index;
        var scaled = false;
        var scale = 1.0;
        if (!(plain && YearNamedBefore(view, index, value)) && TryScaleAfter(view, last, out var factor))
        {
            // «12.500 مليون دولار», «3.229 مليون سائح»: before millions and billions a lone dot is a decimal point (a
            // thousand millions is written as billions).
            if (factor >= Million && dotMayBeDecimal) value /= 1000;
            value *= factor;
            scale = factor;
            last++;
            scaled = true;
        }
        (value, last) = ContinueCompound(view, value, last, scale);
        quantity = new Quantity(index, last, value, value) { BareInteger = plain && !scaled && last == index, Scale = scale, DotMayBeDecimal = dotMayBeDecimal };
        return true;
    }

    /// <summary>
    /// One separator, a dot, after one or two digits and before three that are not all zeros: «4.250», «12.500»; not
    /// «1.000» (nobody writes a decimal as .000) nor «104.158 مليار دينار» (Iraq's budget: 104 trillion dinars, written
    /// with a thousands separator).
    /// </summary>
    private static bool DotMayBeDecimal(ReadOnlySpan<char> text)
    {
        var dot = text.IndexOfAny(',', '.', '،');
        return dot is 1 or 2 && text[dot] == '.' && text.LastIndexOfAny(',', '.', '،') == dot && text.Length - dot - 1 == 3
               && !text[(dot + 1)..].SequenceEqual("000");
    }

    /// <summary>5,964 and 5.964 are thousands; 2,5 and 2.5 are decimals; 1,234.5 mixes both.</summary>
    public static bool TryReadDigits(ReadOnlySpan<char> text, out double value, out bool plain)
    {
        value = 0;
        plain = true;
        var digits = 0;
        foreach (var c in text) if (c is >= '0' and <= '9') digits++;
        if (digits == 0 || digits > MaxDigits) return false;
        var lastSeparator = text.LastIndexOfAny(',', '.', '،');
        if (lastSeparator < 0) return double.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        plain = false;
        var separators = 0;
        var firstSeparator = text.IndexOfAny(',', '.', '،');
        foreach (var c in text) if (c is ',' or '.' or '،') separators++;
        var tail = text.Length - lastSeparator - 1;
        var sameKind = text[firstSeparator] == text[lastSeparator];
        var thousandsOnly = tail == 3 && (separators > 1 ? sameKind && GroupsOfThree(text) : firstSeparator <= 3);
        Span<char> buffer = stackalloc char[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9') buffer[n++] = c;
            else if (i == lastSeparator && !thousandsOnly) buffer[n++] = '.';
        }
        return double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool GroupsOfThree(ReadOnlySpan<char> text)
    {
        var run = 0;
        var first = true;
        foreach (var c in text)
        {
            if (c is ',' or '.' or '،')
            {
                if (first ? run is < 1 or > 3 : run != 3) return false;
                first = false;
                run = 0;
            }
            else run++;
        }
        return run == 3;
    }

    private static bool TryParseWords(TokenView view, int index, NumberWord word, out Quantity quantity)
    {
        quantity = default;
        switch (word.Type)
        {
            case NumberWordType.Vague:
            {
                var last = index;
                double min = word.VagueMin, max = word.VagueMax;
                // عشرات الآلاف، مئات الملايين
                if (index + 1 < view.Count && NumberWords.TryGet(view.Span(index + 1), out var next, out var conj)
                    && !conj && next.Type == NumberWordType.PluralScale)
                {
                    min *= next.Value;
                    max = (max + 1) * next.Value - 1;
                    last++;
                }
                quantity = new Quantity(index, last, min, max) { Vague = true, InWords = true };
                return true;
            }
            case NumberWordType.PluralScale:
                quantity = new Quantity(index, index, word.VagueMin, word.VagueMax) { Vague = true, InWords = true };
                return true;
            case NumberWordType.Fraction:
            {
                if (TryScaleAfter(view, index, out var factor))
                {
                    var value = word.Value * factor;
                    quantity = new Quantity(index, index + 1, value, value) { InWords = true };
                    return true;
                }
                quantity = new Quantity(index, index, word.Value, word.Value) { Fraction = true, InWords = true };
                return true;
            }
            case NumberWordType.Scale or NumberWordType.DualScale:
            {
                var (value, last) = ContinueCompound(view, word.Value, index, word.Type == NumberWordType.Scale ? word.Value : word.Value / 2);
                // «مليونا نازح», «ألفا شخص»: the dual in construct before its noun (a singular in construct has no alif).
                if (word.Type == NumberWordType.Scale && last == index && DualInConstruct(view, index)) value *= 2;
                quantity = new Quantity(index, last, value, value) { InWords = true };
                return true;
            }
            default:
            {
                var (value, last) = ReadTerm(view, index, word);
                if (word.Type == NumberWordType.One && last == index)
                {
                    quantity = new Quantity(index, index, 1, 1) { OneOf = true, InWords = true };
                    return true;
                }
                if (word.Type == NumberWordType.Unit && value == 1 && last == index)
                {
                    quantity = new Quantity(index, index, 1, 1) { TrailingOne = true, InWords = true };
                    return true;
                }
                var scale = 1.0;
                if (TryScaleAfter(view, last, out var factor))
                {
                    value *= factor;
                    scale = factor;
                    last++;
                }
                (value, last) = ContinueCompound(view, value, last, scale);
                quantity = new Quantity(index, last, value, value) { InWords = true, Scale = scale };
                return true;
            }
        }
    }

    /// <summary>A number below a thousand in words: تسعمئة وخمسة وعشرون، ثلاثة عشر، ثلاث مئة.</summary>
    private static (double Value, int Last) ReadTerm(TokenView view, int index, NumberWord word)
    {
        var value = word.Value;
        var last = index;
        if (word.Type is NumberWordType.Unit or NumberWordType.One && word.Value < 10)
        {
            if (IsWordAt(view, last + 1, "عشر") || IsWordAt(view, last + 1, "عشره"))
                return (value + 10, last + 1);
            if (value >= 3 && PeekWord(view, last + 1, out var hundred, out var conj) && !conj && hundred is { Type: NumberWordType.Hundred, Value: 100 })
            {
                value *= 100;
                last++;
            }
            else if (PeekWord(view, last + 1, out var ten, out conj) && conj && ten.Type == NumberWordType.Ten)
            {
                return (value + ten.Value, last + 1);
            }
            else return (value, last);
        }
        if (value >= 100)
        {
            // مئة وخمسون، ثلاثمئة وخمسة وعشرون
            if (PeekWord(view, last + 1, out var rest, out var conj) && conj && rest.Type is NumberWordType.Unit or NumberWordType.Ten or NumberWordType.One)
            {
                var (restValue, restLast) = ReadTerm(view, last + 1, rest);
                if (restValue < 100) return (value + restValue, restLast);
            }
        }
        return (value, last);
    }

    /// <summary>29 ألفا و358، ألف وخمسمئة: a smaller number joined by و after a scale.</summary>
    private static (double Value, int Last) ContinueCompound(TokenView view, double value, int last, double scale)
    {
        for (var guard = 0; guard < 4 && scale >= 1000; guard++)
        {
            var start = -1;
            if (IsWordAt(view, last + 1, NumberWords.And) && last + 2 < view.Count)
                start = last + 2;
            else if (view.Is(last + 1, TokenType.Word) && PeekWord(view, last + 1, out _, out var conj) && conj)
                start = last + 1;
            if (start < 0 || !view.SameSentence(last, start)) break;
            double part;
            int partLast;
            double partScale = 1;
            if (view.Is(start, TokenType.Number))
            {
                if (!TryReadDigits(view.Span(start), out part, out _)) break;
                partLast = start;
            }
            else if (PeekWord(view, start, out var word, out _) && word.Type is NumberWordType.Unit or NumberWordType.Ten or NumberWordType.Hundred)
            {
                (part, partLast) = ReadTerm(view, start, word);
            }
            else break;
            if (TryScaleAfter(view, partLast, out var factor))
            {
                // «بين ألفين وثلاثة آلاف» is a range of two numbers, not 2,003.
                if (factor >= scale) break;
                part *= factor;
                partScale = factor;
                partLast++;
            }
            if (part <= 0 || part >= scale) break;
            value += part;
            last = partLast;
            scale = partScale;
        }
        return (value, last);
    }

    /// <summary>
    /// «عام 2014 مليار دولار»: a year after a year word, then «a billion» of its own; not 2,014 billion. The year is
    /// passed over as a year and the scale word read as the amount.
    /// </summary>
    private static bool YearNamedBefore(TokenView view, int index, double value) =>
        Quantity.IsYearValue(value) && view.Is(index - 1, TokenType.Word) && NotAFactCues.YearWords.Contains(view.Span(index - 1), Clitics.Particles);

    private static bool DualInConstruct(TokenView view, int index) =>
        view.Span(index) is [.., 'ا'] && index + 1 < view.Count && view.Is(index + 1, TokenType.Word)
        && CountedNouns.TryGet(view.Span(index + 1), out _);

    private static bool TryScaleAfter(TokenView view, int index, out double factor)
    {
        factor = 1;
        if (index + 1 >= view.Count || !view.Is(index + 1, TokenType.Word)) return false;
        if (!NumberWords.TryGet(view.Span(index + 1), out var word, out var conj) || conj) return false;
        if (word.Type is not (NumberWordType.Scale or NumberWordType.PluralScale)) return false;
        if (view.IsWord(index + 1, "الالاف")) return false;
        factor = word.Value;
        return true;
    }

    private static bool PeekWord(TokenView view, int index, out NumberWord word, out bool conjunction)
    {
        word = default;
        conjunction = false;
        return index < view.Count && view.Is(index, TokenType.Word) && NumberWords.TryGet(view.Span(index), out word, out conjunction);
    }

    private static bool IsWordAt(TokenView view, int index, string word) => index < view.Count && view.IsWord(index, word);
}
