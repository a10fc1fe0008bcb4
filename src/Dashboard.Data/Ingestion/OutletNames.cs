using System.Globalization;
using System.Text;

namespace Dashboard.Data.Ingestion;

/// <summary>How an outlet is stored: its name as written (Arabic when known), a matching key, English name, domain.</summary>
public sealed record OutletIdentity(string Name, string Key, string? EnglishName, string? Domain);

/// <summary>
/// Recognises spellings of the same outlet. Well-known outlets are listed with their Arabic name, English name and
/// domain, so a manifest's "Al Arabiya" and a text's «العربية» land on one outlet.
/// </summary>
public static class OutletNames
{
    private sealed record KnownOutlet(string Arabic, string English, string Domain, params string[] OtherSpellings);

    private static readonly KnownOutlet[] Known =
    [
        new("العربية", "Al Arabiya", "alarabiya.net", "العربية نت", "Al Arabiya News", "alarabiya"),
        new("سكاي نيوز عربية", "Sky News Arabia", "skynewsarabia.com", "سكاي نيوز", "skynewsarabia"),
        new("فرانس 24", "France 24", "france24.com", "France24", "فرانس24"),
        new("بي بي سي عربي", "BBC Arabic", "bbc.com", "بي بي سي", "BBC News Arabic", "BBC عربي"),
        new("سي إن إن بالعربية", "CNN Arabic", "arabic.cnn.com", "سي إن إن", "CNN بالعربية"),
        new("الشرق الأوسط", "Asharq Al-Awsat", "aawsat.com", "Asharq Al Awsat", "Asharq AlAwsat", "الشرق الاوسط"),
        new("الجزيرة", "Al Jazeera", "aljazeera.net", "الجزيرة نت", "Al Jazeera Arabic"),
    ];

    private static readonly Dictionary<string, KnownOutlet> KnownByKey = BuildKnownByKey();

    /// <summary>The outlet a name (Arabic or English) refers to; the URL's host supplies a domain for unlisted outlets.</summary>
    public static OutletIdentity Identify(string name, string? url = null)
    {
        var written = Collapse(name);
        var key = Key(written);
        if (KnownByKey.TryGetValue(key, out var known))
            return new OutletIdentity(known.Arabic, Key(known.Arabic), known.English, known.Domain);

        var isLatin = !written.Any(IsArabicLetter);
        return new OutletIdentity(written, key, isLatin ? written : null, DomainOf(url));
    }

    /// <summary>
    /// Lower case, without diacritics, tatweel, quotes or punctuation, with the alef, ya and ta marbuta variants
    /// folded, so «الشرق الأوسط» and الشرق الاوسط match.
    /// </summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        var lastWasSpace = true;
        foreach (var raw in name.Normalize(NormalizationForm.FormKC))
        {
            var ch = raw switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                _ => char.ToLowerInvariant(raw),
            };
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark || ch == 'ـ') continue;
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(ch);
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                sb.Append(' ');
                lastWasSpace = true;
            }
        }
        return sb.ToString().TrimEnd();
    }

    public static string? DomainOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Trim().Trim('«', '»', '"', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsArabicLetter(char ch) => ch is >= '\u0620' and <= '\u06FF';

    private static Dictionary<string, KnownOutlet> BuildKnownByKey()
    {
        var byKey = new Dictionary<string, KnownOutlet>(StringComparer.Ordinal);
        foreach (var outlet in Known)
        {
            foreach (var spelling in outlet.OtherSpellings.Append(outlet.Arabic).Append(outlet.English).Append(outlet.Domain))
                byKey[Key(spelling)] = outlet;
        }
        return byKey;
    }
}
