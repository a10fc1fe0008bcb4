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
            var previousSentence = PreviousSentence(view, sentences, sentenceIndex);
            var place = locations.Find(sentenceSpan, previousSentence, span);
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

    private static TextSpan PreviousSentence(TokenView view, Sentences sentences, int sentence)
    {
        for (var s = sentence - 1; s >= 0; s--)
        {
            var first = sentences.First(s);
            if (first < 0) continue;
            return view.Tokens[first].Paragraph == view.Tokens[sentences.First(sentence)].Paragraph ? sentences.OriginalSpan(s) : default;
        }
        return default;
    }
}
