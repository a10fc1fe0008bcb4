using Dashboard.Extraction.Dates;
using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Metadata;

/// <summary>What the text itself says about the article: its headline, a date line under it, the outlet it names.</summary>
public sealed record TextMetadataResult(string? Title, DateOnly? Published, string? Outlet)
{
    /// <summary>The site a footer names (© … by Ta4a.net) when it differs from the paper the text marks as its own.</summary>
    public string? Republisher { get; init; }
}

public static class TextMetadata
{
    /// <summary>Reads metadata the text gives; unknown stays null, never guessed.</summary>
    public static TextMetadataResult Sniff(string text)
    {
        if (string.IsNullOrEmpty(text)) return new(null, null, null);
        var header = HeaderBlock.Read(text);
        var ownOutlet = OutletMarks.MostQuoted(text);
        var footerSite = FooterSite.Find(text);
        return new TextMetadataResult(header.Title, header.Published, ownOutlet ?? footerSite)
        {
            Republisher = ownOutlet is not null && footerSite is not null && footerSite != ownOutlet ? footerSite : null,
        };
    }
}

/// <summary>The lines above the first paragraph: a headline and the furniture under it (date line, clock, counters).</summary>
internal static class HeaderBlock
{
    private const int MaxTitleLength = 200;
    private const int MaxTitleWords = 30;
    private const int MaxHeaderLines = 15;
    private const int ParagraphLength = 120;

    public static (string? Title, DateOnly? Published) Read(string text)
    {
        var lines = FirstLines(text, MaxHeaderLines + 1);
        var first = 0;
        while (first < lines.Count && string.IsNullOrWhiteSpace(lines[first])) first++;
        if (first >= lines.Count) return (null, null);

        string? title = null;
        var candidate = lines[first].Trim();
        if (LooksLikeHeadline(candidate) && first + 1 < lines.Count && IsBlankOrFurniture(lines[first + 1]))
            title = candidate;
        if (title is null) return (null, null);

        DateOnly? published = null;
        for (var i = first + 1; i < lines.Count && i <= first + MaxHeaderLines; i++)
        {
            var line = lines[i].Trim();
            if (line.Length >= ParagraphLength) break;
            if (DateLine(line) is { } date) { published = date; break; }
        }
        return (title, published);
    }

    private static List<string> FirstLines(string text, int count)
    {
        var lines = new List<string>(count);
        var start = 0;
        while (lines.Count < count && start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            lines.Add(text[start..end].TrimEnd('\r'));
            start = end + 1;
        }
        return lines;
    }

    private static bool LooksLikeHeadline(string line)
    {
        if (line.Length is 0 or > MaxTitleLength) return false;
        if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxTitleWords) return false;
        if (!line.Any(char.IsLetter)) return false;
        return line[^1] is not ('.' or '۔' or ':' or '؛' or ',' or '،');
    }

    /// <summary>A blank line, or a line of page furniture: a bullet item, a bare number or time, an image label.</summary>
    private static bool IsBlankOrFurniture(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0) return true;
        if (trimmed[0] is '•' or '·' or '|' or '-' or '—') return true;
        if (trimmed.All(c => char.IsDigit(c) || c is ':' or '/' or '-' or '.' or ' ')) return true;
        return DateLine(trimmed) is not null;
    }

    /// <summary>A line that is a date and nothing more (apart from bullets, a label and a clock time).</summary>
    internal static DateOnly? DateLine(string line)
    {
        var core = line.Trim().Trim('•', '·', '|', '-', '—', ' ', '\t');
        if (core.Length is 0 or > 80) return null;
        var mentions = DateRecognizer.Find(core, null);
        if (mentions.Count != 1 || mentions[0].DatePrecision != DatePrecision.Day || mentions[0].DateStart is not { } date) return null;
        var rest = core.Remove(mentions[0].Span.Start, mentions[0].Span.Length);
        return IsLabelOrClock(rest) ? date : null;
    }

    private static readonly HashSet<string> DateLabels = ArabicText.FoldSet("نشر", "في", "بتاريخ", "تاريخ", "النشر", "التاريخ", "published", "on", "آخر", "تحديث");

    private static bool IsLabelOrClock(string rest)
    {
        foreach (var token in ArabicText.Tokenize(rest))
        {
            if (token.Kind == TokenKind.Number && token.Text.Length <= 2) continue;
            if (token.Kind == TokenKind.Symbol) continue;
            if (token.Kind == TokenKind.Word && (DateLabels.Contains(token.Text) || token.Text is "am" or "pm" or "ص" or "م")) continue;
            return false;
        }
        return true;
    }
}
