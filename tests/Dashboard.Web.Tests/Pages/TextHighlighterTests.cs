using Dashboard.Extraction.Model;
using Dashboard.Web.Components.Articles;

namespace Dashboard.Web.Tests.Pages;

public sealed class TextHighlighterTests
{
    private const string Text = "قتل 7 من عناصر داعش في غارة جوية قرب الموصل أمس";

    private static HighlightSpan Fact(long key, int start, int end) => new(HighlightKind.Fact, key, new TextSpan(start, end));

    private static HighlightSpan Date(long key, int start, int end) => new(HighlightKind.Date, key, new TextSpan(start, end));

    private static string Join(IEnumerable<TextSegment> segments) => string.Concat(segments.Select(s => s.Text));

    [Fact]
    public void Text_without_highlights_is_one_plain_run()
    {
        var segments = TextHighlighter.Segment(Text, []);

        var only = Assert.Single(segments);
        Assert.True(only.IsPlain);
        Assert.Equal(Text, only.Text);
    }

    [Fact]
    public void A_fact_cuts_the_text_into_before_figure_and_after()
    {
        var figure = Text.IndexOf("7 من عناصر", StringComparison.Ordinal);
        var segments = TextHighlighter.Segment(Text, [Fact(1, figure, figure + 10)]);

        Assert.Equal(3, segments.Count);
        Assert.Equal("قتل ", segments[0].Text);
        Assert.Equal("7 من عناصر", segments[1].Text);
        Assert.Equal(1, Assert.Single(segments[1].Covering).Key);
        Assert.Equal(1, Assert.Single(segments[1].Starting).Key);
        Assert.True(segments[0].IsPlain && segments[2].IsPlain);
        Assert.Equal(Text, Join(segments));
    }

    [Fact]
    public void Overlapping_facts_give_a_shared_middle_run_covered_by_both()
    {
        var segments = TextHighlighter.Segment("abcdefghij", [Fact(1, 2, 6), Fact(2, 4, 8)]);

        Assert.Equal(["ab", "cd", "ef", "gh", "ij"], segments.Select(s => s.Text));
        Assert.Equal([1L], segments[1].Covering.Select(c => c.Key));
        Assert.Equal([1L, 2L], segments[2].Covering.Select(c => c.Key).Order());
        Assert.Equal([2L], segments[2].Starting.Select(c => c.Key));
        Assert.Equal([2L], segments[3].Covering.Select(c => c.Key));
        Assert.Empty(segments[3].Starting);
    }

    [Fact]
    public void Adjacent_facts_stay_separate_runs_each_starting_once()
    {
        var segments = TextHighlighter.Segment("abcdef", [Fact(1, 0, 3), Fact(2, 3, 6)]);

        Assert.Equal(["abc", "def"], segments.Select(s => s.Text));
        Assert.Equal(1, Assert.Single(segments[0].Starting).Key);
        Assert.Equal(2, Assert.Single(segments[1].Starting).Key);
    }

    [Fact]
    public void A_date_inside_a_fact_marks_only_its_own_words()
    {
        var segments = TextHighlighter.Segment("0123456789", [Fact(1, 1, 9), Date(0, 4, 6)]);

        Assert.Equal(["0", "123", "45", "678", "9"], segments.Select(s => s.Text));
        Assert.False(segments[1].HasDate);
        Assert.True(segments[2].HasDate);
        Assert.Single(segments[2].Facts);
        Assert.DoesNotContain(segments[2].Starting, s => s.Kind == HighlightKind.Fact);
    }

    [Fact]
    public void Spans_outside_the_text_are_clipped_and_empty_or_reversed_spans_dropped()
    {
        var segments = TextHighlighter.Segment("abcdef", [Fact(1, -5, 2), Fact(2, 4, 600), Fact(3, 3, 3), Fact(4, 5, 1), Fact(5, 90, 99)]);

        Assert.Equal(["ab", "cd", "ef"], segments.Select(s => s.Text));
        Assert.Equal(1, Assert.Single(segments[0].Covering).Key);
        Assert.True(segments[1].IsPlain);
        Assert.Equal(2, Assert.Single(segments[2].Covering).Key);
    }

    [Fact]
    public void Empty_text_gives_no_runs_even_with_spans()
    {
        Assert.Empty(TextHighlighter.Segment("", [Fact(1, 0, 3)]));
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        const string text = "a😀b";
        var segments = TextHighlighter.Segment(text, [Fact(1, 0, 2)]);

        Assert.Equal(["a😀", "b"], segments.Select(s => s.Text));
    }

    [Fact]
    public void Any_set_of_spans_rebuilds_the_text_in_order_and_covers_exactly_what_each_span_holds()
    {
        var random = new Random(20200623);
        for (var round = 0; round < 300; round++)
        {
            var length = random.Next(0, 40);
            var text = new string(Enumerable.Range(0, length).Select(_ => (char)random.Next('a', 'z' + 1)).ToArray());
            var spans = Enumerable.Range(0, random.Next(0, 6))
                .Select(i => Fact(i, random.Next(-5, length + 5), random.Next(-5, length + 5)))
                .ToList();

            var segments = TextHighlighter.Segment(text, spans);

            Assert.Equal(text, Join(segments));
            Assert.All(segments, s => Assert.True(s.End > s.Start));
            foreach (var span in spans)
            {
                var start = Math.Clamp(span.Span.Start, 0, length);
                var end = Math.Clamp(span.Span.End, 0, length);
                var covered = string.Concat(segments.Where(s => s.Covering.Any(c => c.Key == span.Key)).Select(s => s.Text));
                Assert.Equal(end > start ? text[start..end] : "", covered);
                Assert.Equal(end > start ? 1 : 0, segments.Count(s => s.Starting.Any(c => c.Key == span.Key)));
            }
        }
    }
}
