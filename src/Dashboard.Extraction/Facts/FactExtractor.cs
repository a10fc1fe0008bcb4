using Dashboard.Extraction.Model;
using Dashboard.Extraction.Places;
using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Facts;

/// <summary>Text, its date mentions and places in; the contract's facts out, one per figure.</summary>
internal static class FactExtractor
{
    public static IReadOnlyList<Fact> Extract(string text, DateOnly? published, IReadOnlyList<DateMention> dates, IReadOnlyList<PlaceMention> places)
    {
        var view = new TokenView(ArabicNormalizer.Normalize(text));
        var drafts = FactRecognizer.Recognize(view);
        if (drafts.Count == 0) return [];
        var sentences = new Sentences(view);
        var paragraphs = ParagraphSpans(view);
        var attribution = new AttributionFinder(view, sentences);
        var actors = new ActorFinder(view, sentences);
        var locations = new LocationFinder(places);
        var dating = new FactDating(dates, published);

        var facts = new List<Fact>(drafts.Count);
        var seen = new HashSet<(FactKind, double, double, string, FactTarget?)>();
        foreach (var draft in drafts)
        {
            // The same figure restated (headline and body) is one fact.
            if (!seen.Add((draft.Kind, draft.Min, draft.Max, draft.Unit, draft.Target))) continue;
            var span = view.OriginalSpan(draft.FirstToken, draft.LastToken);
            var sentenceIndex = view.Tokens[draft.FirstToken].Sentence;
            var sentenceSpan = sentences.OriginalSpan(sentenceIndex);
            var paragraphSpan = paragraphs[view.Tokens[draft.FirstToken].Paragraph];
            var place = locations.Find(sentenceSpan, paragraphSpan, span);
            var when = dating.Find(sentenceSpan, span, draft.Scope);
            facts.Add(new Fact
            {
                Kind = draft.Kind,
                Min = draft.Min,
                Max = draft.Max,
                Qualifier = draft.Qualifier,
                Unit = draft.Unit,
                Scope = draft.Scope,
                DateStart = when.Start,
                DateEnd = when.End,
                DatePrecision = when.Precision,
                DateBasis = when.Basis,
                Actor = actors.Find(draft),
                Target = FactDraft.IsCasualty(draft.Kind) ? draft.Target ?? FactTarget.Unknown : null,
                Location = place?.AsWritten,
                Governorate = place?.Governorate,
                Attribution = attribution.Find(draft.FirstToken, draft.LastToken),
                Sentence = sentences.TextAround(draft.FirstToken, draft.LastToken),
                Span = span,
                Confidence = draft.Confidence,
            });
        }
        return facts;
    }

    private static TextSpan[] ParagraphSpans(TokenView view)
    {
        var count = view.Tokens[^1].Paragraph + 1;
        var spans = new TextSpan[count];
        var first = new int[count];
        Array.Fill(first, -1);
        var last = new int[count];
        for (var i = 0; i < view.Count; i++)
        {
            if (view.Tokens[i].Type == TokenType.Newline) continue;
            var p = view.Tokens[i].Paragraph;
            if (first[p] < 0) first[p] = i;
            last[p] = i;
        }
        for (var p = 0; p < count; p++)
            spans[p] = first[p] < 0 ? default : view.OriginalSpan(first[p], last[p]);
        return spans;
    }
}
