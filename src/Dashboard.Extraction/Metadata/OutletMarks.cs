using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Dashboard.Extraction.Dates;

namespace Dashboard.Extraction.Metadata;

/// <summary>
/// «قال … لـ«الشرق الأوسط» إن…» / «في تصريحات لـ"الاقتصادية"»: a paper marks its own reporting by naming itself as the one spoken to.
/// </summary>
internal static class OutletMarks
{
    private const int MaxNameLength = 40;
    private const int MaxWordLength = 24;
    private const string Openers = "«\"“„'‹";
    private const string Closers = "»\"”“'›";

    // Wire agencies and social networks are spoken to as well, but they are not the paper that publishes the text.
    private static readonly FrozenSet<string> NotOutlets = ArabicText.FoldSet(
        "رويترز", "فرانس برس", "فرانس بريس", "أسوشيتد برس", "اسوشيتد برس", "أسوشيتدبرس", "الأناضول", "سبوتنيك", "د ب أ", "أ ف ب", "واع",
        "وكالة الأنباء العراقية", "تويتر", "فيسبوك", "فيس بوك", "التواصل الاجتماعي", "يوتيوب", "داعش", "الناتو", "الأمم المتحدة");

    // Words that introduce what was said (إن، أن، إنه…) right after the quoted name.
    private static readonly FrozenSet<string> ThatWords = ArabicText.FoldSet("إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن", "قائلا", "إنهم", "أنهم");
    // Nouns of speech right before «لـ»: في تصريحات لـ…، في حديث لـ…
    private static readonly FrozenSet<string> SpeechNouns = ArabicText.FoldSet(
        "تصريح", "تصريحات", "تصريحه", "تصريحاته", "تصريحها", "حديث", "حديثه", "حديثها", "مقابلة", "مقابلته", "حوار", "لقاء", "مصادر", "مصدر");

    /// <summary>The name the text most often marks that way, or null.</summary>
    public static string? MostQuoted(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] != 'ل' || (i > 0 && char.IsLetter(text[i - 1]) && text[i - 1] != 'و')) continue;
            var at = i + 1;
            while (at < text.Length && text[at] == 'ـ') at++;
            if (at >= text.Length || Openers.IndexOf(text[at]) < 0) continue;
            var nameStart = at + 1;
            var nameEnd = nameStart;
            while (nameEnd < text.Length && nameEnd - nameStart <= MaxNameLength && Closers.IndexOf(text[nameEnd]) < 0 && text[nameEnd] != '\n') nameEnd++;
            if (nameEnd >= text.Length || Closers.IndexOf(text[nameEnd]) < 0) continue;
            var name = text[nameStart..nameEnd].Trim();
            if (!LooksLikeName(name) || NotOutlets.Contains(ArabicText.Fold(name))) continue;
            if (!IntroducesSpeech(text, i, nameEnd + 1)) continue;
            if (!counts.TryAdd(name, 1)) counts[name]++;
            else order.Add(name);
            i = nameEnd;
        }
        // Most marks wins; on a tie, the first one in the text.
        return order.Count == 0 ? null : order.OrderByDescending(n => counts[n]).First();
    }

    /// <summary>
    /// Two characters or more, some letters, no digits, at most four words, and no quotes or punctuation inside
    /// (except the dot of a «.نت» site name).
    /// </summary>
    private static bool LooksLikeName(string name)
    {
        if (name.Length < 2) return false;
        var siteName = name.EndsWith(".نت", StringComparison.Ordinal);
        var hasLetter = false;
        var spaces = 0;
        foreach (var c in name)
        {
            if (Openers.Contains(c) || Closers.Contains(c) || (c is ':' or '،' or ',' or '.' && !siteName)) return false;
            if (char.IsDigit(c)) return false;
            if (char.IsLetter(c)) hasLetter = true;
            if (c == ' ') spaces++;
        }
        return hasLetter && spaces <= 3;
    }

    private static bool IntroducesSpeech(string text, int markStart, int afterName)
    {
        var next = NextWord(text, afterName);
        if (next is not null && ThatWords.Contains(ArabicText.Fold(next))) return true;
        var previous = PreviousWord(text, markStart);
        return previous is not null && SpeechNouns.Contains(ArabicText.Fold(previous));
    }

    private static string? NextWord(string text, int from)
    {
        var at = from;
        while (at < text.Length && at - from < MaxWordLength && (char.IsWhiteSpace(text[at]) || text[at] is ',' or '،')) at++;
        var start = at;
        while (at < text.Length && at - start < MaxWordLength && !char.IsWhiteSpace(text[at]) && text[at] is not (',' or '،' or '«' or '"')) at++;
        return at > start ? text[start..at] : null;
    }

    private static string? PreviousWord(string text, int before)
    {
        var at = before - 1;
        while (at >= 0 && before - at < MaxWordLength && char.IsWhiteSpace(text[at])) at--;
        var end = at + 1;
        while (at >= 0 && end - at < MaxWordLength && !char.IsWhiteSpace(text[at])) at--;
        return end > at + 1 ? text[(at + 1)..end] : null;
    }
}

/// <summary>The site a page footer names: «© Copyright 2024, All Rights Reserved, by Ta4a.net», «جميع الحقوق محفوظة لموقع X».</summary>
internal static class FooterSite
{
    private const int FooterLines = 15;
    private const int MaxLineLength = 300;

    private static readonly Regex Domain = new(@"(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,6}\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    private static readonly Regex SiteWord = new(@"(?:موقع|لموقع|صحيفة|لصحيفة|جريدة|لجريدة)\s+([^\s,،.©|]+(?:\s+[^\s,،.©|]+)?)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    private static readonly Regex ByName = new(@"\bby\s+([A-Za-z0-9][A-Za-z0-9\.\-]*)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static string? Find(string text)
    {
        var end = text.Length;
        for (var n = 0; n < FooterLines && end > 0; n++)
        {
            var start = end == 0 ? 0 : text.LastIndexOf('\n', end - 1) + 1;
            var line = text.AsSpan(start, end - start).Trim();
            end = start > 0 ? start - 1 : 0;
            if (line.Length == 0 || line.Length > MaxLineLength || !IsRightsLine(line)) continue;
            if (SiteOf(line.ToString()) is { } site) return site;
        }
        return null;
    }

    /// <summary>The site a rights line names: a domain, «موقع X», or «by X».</summary>
    private static string? SiteOf(string line)
    {
        var domain = Domain.Match(line);
        if (domain.Success) return StripWww(domain.Value);
        var site = SiteWord.Match(line);
        if (site.Success) return site.Groups[1].Value.Trim();
        var by = ByName.Match(line);
        return by.Success ? by.Groups[1].Value.TrimEnd('.') : null;
    }

    private static bool IsRightsLine(ReadOnlySpan<char> line) =>
        line.Contains('©') || line.Contains("copyright", StringComparison.OrdinalIgnoreCase)
        || line.Contains("rights reserved", StringComparison.OrdinalIgnoreCase) || line.Contains("جميع الحقوق", StringComparison.Ordinal)
        || line.Contains("الحقوق محفوظة", StringComparison.Ordinal) || line.Contains("حقوق النشر", StringComparison.Ordinal);

    private static string StripWww(string domain) => domain.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? domain[4..] : domain;
}
