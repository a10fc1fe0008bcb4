using Dashboard.Extraction.Model;

namespace Dashboard.Web.Components.Articles;

/// <summary>What a highlighted stretch of article text stands for.</summary>
public enum HighlightKind { Fact, Date }

/// <summary>A stretch of text to highlight: a fact's figure or a date mention, identified by <paramref name="Key"/>.</summary>
public sealed record HighlightSpan(HighlightKind Kind, long Key, TextSpan Span);

/// <summary>
/// A run of text covered by the same set of highlights. <see cref="Covering"/> is empty for plain text;
/// <see cref="Starting"/> holds the highlights whose first run this is (anchors and focus go there, once per highlight).
/// </summary>
public sealed record TextSegment(int Start, int End, string Text, IReadOnlyList<HighlightSpan> Covering, IReadOnlyList<HighlightSpan> Starting)
{
    public bool IsPlain => Covering.Count == 0;

    public IEnumerable<HighlightSpan> Facts => Covering.Where(h => h.Kind == HighlightKind.Fact);

    public bool HasDate => Covering.Any(h => h.Kind == HighlightKind.Date);
}

/// <summary>
/// Cuts an article's text into runs at every highlight boundary, so overlapping, nested and adjacent highlights
/// render as flat, non-nested elements. Spans outside the text are clipped; empty or reversed spans are dropped.
/// </summary>
public static class TextHighlighter
{
    public static IReadOnlyList<TextSegment> Segment(string text, IEnumerable<HighlightSpan> highlights)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(highlights);
        if (text.Length == 0) return [];

        var clipped = new List<HighlightSpan>();
        foreach (var h in highlights)
        {
            var start = SafeBoundary(text, Math.Clamp(h.Span.Start, 0, text.Length));
            var end = SafeBoundary(text, Math.Clamp(h.Span.End, 0, text.Length));
            if (end > start) clipped.Add(h with { Span = new TextSpan(start, end) });
        }

        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var h in clipped)
        {
            cuts.Add(h.Span.Start);
            cuts.Add(h.Span.End);
        }

        var segments = new List<TextSegment>(cuts.Count);
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0)
            {
                var covering = clipped.Where(h => h.Span.Start <= previous && h.Span.End >= cut).ToList();
                var starting = covering.Where(h => h.Span.Start == previous).ToList();
                segments.Add(new TextSegment(previous, cut, text[previous..cut], covering, starting));
            }
            previous = cut;
        }
        return segments;
    }

    /// <summary>Moves a cut that would split a surrogate pair to after the pair, so no run holds half a character.</summary>
    private static int SafeBoundary(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index])
            ? index + 1
            : index;
}
