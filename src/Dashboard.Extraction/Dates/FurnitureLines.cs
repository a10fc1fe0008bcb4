namespace Dashboard.Extraction.Dates;

/// <summary>Lines that belong to the page, not the article (copyright notices): years in them are not date mentions.</summary>
internal sealed class FurnitureLines
{
    // Latin markers are matched ignoring case; the others have no case, and an ordinal search for them is many times faster.
    private static readonly (string Marker, StringComparison Comparison)[] Markers =
    [
        ("©", StringComparison.Ordinal), ("copyright", StringComparison.OrdinalIgnoreCase), ("all rights reserved", StringComparison.OrdinalIgnoreCase),
        ("جميع الحقوق محفوظة", StringComparison.Ordinal), ("حقوق النشر", StringComparison.Ordinal), ("الحقوق محفوظة", StringComparison.Ordinal),
    ];

    private readonly List<(int Start, int End)> _lines;

    private FurnitureLines(List<(int Start, int End)> lines) => _lines = lines;

    public static FurnitureLines Find(string text)
    {
        var lines = new List<(int Start, int End)>();
        foreach (var (marker, comparison) in Markers)
        {
            var from = 0;
            while (from < text.Length)
            {
                var at = text.IndexOf(marker, from, comparison);
                if (at < 0) break;
                var start = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
                var end = text.IndexOf('\n', at);
                if (end < 0) end = text.Length;
                lines.Add((start, end));
                from = end + 1;
            }
        }
        lines.Sort();
        var merged = new List<(int Start, int End)>(lines.Count);
        foreach (var line in lines)
        {
            if (merged.Count > 0 && line.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, line.End));
            else merged.Add(line);
        }
        return new FurnitureLines(merged);
    }

    public bool Covers(int offset)
    {
        int low = 0, high = _lines.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (start, end) = _lines[middle];
            if (offset < start) high = middle - 1;
            else if (offset >= end) low = middle + 1;
            else return true;
        }
        return false;
    }
}
