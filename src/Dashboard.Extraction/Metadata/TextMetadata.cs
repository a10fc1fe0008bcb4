using System.Collections.Frozen;
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
        // Lines are read in place: a header line is copied only when it becomes the title or a date line.
        Span<Range> lines = stackalloc Range[MaxHeaderLines + 1];
        var count = FirstLines(text, lines);
        var first = 0;
        while (first < count && text.AsSpan()[lines[first]].IsWhiteSpace()) first++;
        if (first >= count) return (null, null);

        var candidate = text.AsSpan()[lines[first]].Trim();
        if (!LooksLikeHeadline(candidate) || first + 1 >= count || !IsBlankOrFurniture(text.AsSpan()[lines[first + 1]]))
            return (null, null);
        var title = candidate.ToString();

        DateOnly? published = null;
        for (var i = first + 1; i < count && i <= first + MaxHeaderLines; i++)
        {
            var line = text.AsSpan()[lines[i]].Trim();
            if (line.Length >= ParagraphLength) break;
            if (DateLine(line) is { } date) { published = date; break; }
        }
        return (title, published);
    }

    /// <summary>The first lines of the text (without their line breaks), at most as many as <paramref name="lines"/> holds.</summary>
    private static int FirstLines(string text, Span<Range> lines)
    {
        var count = 0;
        var start = 0;
        while (count < lines.Length && start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start).TrimEnd('\r');
            lines[count++] = new Range(start, start + line.Length);
            start = end + 1;
        }
        return count;
    }

    private static bool LooksLikeHeadline(ReadOnlySpan<char> line)
    {
        if (line.Length is 0 or > MaxTitleLength) return false;
        var words = 0;
        var hasLetter = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != ' ' && (i == 0 || line[i - 1] == ' ')) words++;
            if (char.IsLetter(line[i])) hasLetter = true;
        }
        if (words > MaxTitleWords || !hasLetter) return false;
        return line[^1] is not ('.' or '۔' or ':' or '؛' or ',' or '،');
    }

    /// <summary>A blank line, or a line of page furniture: a bullet item, a bare number or time, an image label.</summary>
    private static bool IsBlankOrFurniture(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0) return true;
        if (trimmed[0] is '•' or '·' or '|' or '-' or '—') return true;
        var numbersOnly = true;
        foreach (var c in trimmed)
            if (!(char.IsDigit(c) || c is ':' or '/' or '-' or '.' or ' ')) { numbersOnly = false; break; }
        return numbersOnly || DateLine(trimmed) is not null;
    }

    /// <summary>A line that is a date and nothing more (apart from bullets, a label and a clock time).</summary>
    internal static DateOnly? DateLine(ReadOnlySpan<char> line)
    {
        var core = line.Trim().Trim("•·|-— \t");
        if (core.Length is 0 or > 80) return null;
        var coreText = core.ToString();
        var mentions = DateRecognizer.Find(coreText, null);
        if (mentions.Count != 1 || mentions[0].DatePrecision != DatePrecision.Day || mentions[0].DateStart is not { } date) return null;
        var rest = coreText.Remove(mentions[0].Span.Start, mentions[0].Span.Length);
        return IsLabelOrClock(rest) ? date : null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DateLabels = ArabicText.FoldSet(
        "نشر", "في", "بتاريخ", "تاريخ", "النشر", "التاريخ", "published", "on", "آخر", "تحديث").GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsLabelOrClock(string rest)
    {
        using var tokens = FoldedTokens.Of(rest);
        for (var i = 0; i < tokens.Count; i++)
        {
            var kind = tokens[i].Kind;
            if (kind == TokenKind.Number && tokens[i].TextLength <= 2) continue;
            if (kind == TokenKind.Symbol) continue;
            if (kind == TokenKind.Word && (DateLabels.Contains(tokens.Text(i)) || tokens.Text(i) is "am" or "pm" or "ص" or "م")) continue;
            return false;
        }
        return true;
    }
}
