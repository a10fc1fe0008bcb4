using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Articles;

/// <summary>An article's text with its facts highlighted and its date mentions underlined.</summary>
public partial class HighlightedText
{
    [Inject] public required IStringLocalizer<ArticlesStrings> Localizer { get; set; }
    [Inject] public required IStringLocalizer<FactsStrings> FactsLocalizer { get; set; }
    [Inject] public required IStringLocalizer<SharedStrings> SharedLocalizer { get; set; }

    [Parameter, EditorRequired] public required string Text { get; set; }

    [Parameter] public IReadOnlyList<FactRow> Facts { get; set; } = [];

    [Parameter] public IReadOnlyList<DateMention> Dates { get; set; } = [];

    /// <summary>The fact drawn with a stronger highlight (the one the reader came for).</summary>
    [Parameter] public long? SelectedFactId { get; set; }

    private IReadOnlyList<TextSegment> _segments = [];
    private Dictionary<long, FactRow> _factsById = [];
    private FactWords _words = null!;

    /// <summary>The element id of a fact's first highlighted run, for links ("#fact-12") and scrolling.</summary>
    public static string FactAnchorId(long factId) => $"fact-{factId.ToString(CultureInfo.InvariantCulture)}";

    protected override void OnParametersSet()
    {
        _words = new FactWords(SharedLocalizer, FactsLocalizer);
        _factsById = Facts.GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.First());
        var highlights = Facts.Select(f => new HighlightSpan(HighlightKind.Fact, f.Id, new TextSpan(f.SpanStart, f.SpanEnd)))
            .Concat(Dates.Select((d, i) => new HighlightSpan(HighlightKind.Date, i, d.Span)));
        _segments = TextHighlighter.Segment(Text, highlights);
    }

    private string MarkClass(IReadOnlyList<HighlightSpan> facts) =>
        SelectedFactId is { } selected && facts.Any(f => f.Key == selected) ? "fact selected" : "fact";

    private string FactLabel(IEnumerable<HighlightSpan> facts) =>
        string.Join("\n", facts.Select(f => _words.Summary(_factsById[f.Key])));

    private string DateTitle(TextSegment segment)
    {
        var culture = CultureInfo.CurrentCulture;
        return string.Join("\n", segment.Covering.Where(h => h.Kind == HighlightKind.Date).Select(h =>
        {
            var mention = Dates[(int)h.Key];
            var resolved = FactDisplay.DateRange(mention.DateStart, mention.DateEnd, culture);
            return resolved.Length == 0 ? Localizer[nameof(ArticlesStrings.DateUnresolved)].Value : resolved;
        }));
    }
}
