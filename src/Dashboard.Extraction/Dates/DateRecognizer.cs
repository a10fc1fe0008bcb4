using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Dates;

/// <summary>Finds every date or period the text names and resolves it (relative ones against the publication date).</summary>
public static class DateRecognizer
{
    /// <summary>
    /// Date mentions in order of position, non-overlapping (the longest match at a position wins).
    /// Relative dates are resolved against <paramref name="published"/>; without it they stay null.
    /// </summary>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly? published)
    {
        if (string.IsNullOrEmpty(text)) return [];
        // Relative dates are resolved within a year or two of the publication date; at the ends of the calendar they stay open.
        if (published is { Year: < 3 or > 9996 }) published = null;
        using var tokens = FoldedTokens.Of(text);
        var found = new List<(int First, Parsed Value)>();
        using (var parser = new DateParser(tokens, published, PrefersMonthFirst(tokens)))
        {
            var furniture = FurnitureLines.Find(text);
            for (var i = 0; i < tokens.Count;)
            {
                if (parser.ParseAt(i) is { } parsed && parsed.EndToken > i)
                {
                    if (!furniture.Covers(tokens[i].Start)) found.Add((i, parsed));
                    i = parsed.EndToken;
                }
                else i++;
            }
        }
        if (found.Count == 0) return [];

        HashSet<int>? namedYears = null;
        var mentions = new List<DateMention>(found.Count);
        foreach (var (first, value) in found)
        {
            var resolved = value.Open is { } open ? PinYearByWeekday(value, open, namedYears ??= NamedYears(found)) : value;
            var start = tokens[first].Start;
            var end = tokens[resolved.EndToken - 1].End;
            mentions.Add(new DateMention
            {
                Text = text[start..end],
                Span = new TextSpan(start, end),
                DateStart = resolved.Start,
                DateEnd = resolved.End,
                DatePrecision = resolved.Start is null ? DatePrecision.Unknown : resolved.Precision,
                DateBasis = resolved.Start is null ? DateBasis.None : resolved.Basis,
            });
        }
        return mentions;
    }

    /// <summary>
    /// Numeric dates whose parts are both ≤ 12 are read day/month, as the Arabic press writes them, unless the
    /// same text writes an unambiguous month/day date (6/23/2020) and no unambiguous day/month one.
    /// </summary>
    private static bool PrefersMonthFirst(FoldedTokens tokens)
    {
        int monthFirst = 0, dayFirst = 0;
        for (var i = 0; i + 4 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Number || !DateParser.NumericParts(tokens, i, out var a, out var b, out _, out var yearFirst) || yearFirst) continue;
            if (a > 12 && b <= 12) dayFirst++;
            else if (b > 12 && a <= 12) monthFirst++;
        }
        return monthFirst > 0 && dayFirst == 0;
    }

    /// <summary>Years the text names explicitly; they are the candidates for a day and month given without a year.</summary>
    private static HashSet<int> NamedYears(List<(int First, Parsed Value)> found)
    {
        var years = new HashSet<int>();
        foreach (var (_, value) in found)
        {
            if (value.Basis != DateBasis.Explicit || value.Start is not { } start || value.End is not { } end) continue;
            years.Add(start.Year);
            years.Add(end.Year);
        }
        return years;
    }

    /// <summary>
    /// «الأربعاء الماضي 10 أغسطس» without a year or publication date: when exactly one year the text names puts
    /// that day on that weekday, it is the year meant. Otherwise the date stays unresolved.
    /// </summary>
    private static Parsed PinYearByWeekday(Parsed value, OpenYear open, HashSet<int> namedYears)
    {
        DateOnly? match = null;
        foreach (var year in namedYears)
        {
            if (CalendarMath.Date(year, open.Month, open.Day) is not { } candidate || candidate.DayOfWeek != open.Weekday) continue;
            if (match is not null) return value;
            match = candidate;
        }
        return match is { } day ? value with { Start = day, End = day, Precision = DatePrecision.Day, Basis = DateBasis.Explicit } : value;
    }
}
