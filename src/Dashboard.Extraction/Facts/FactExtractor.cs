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
        var dating = new FactDating(dates, published, text);

        var facts = new List<Fact>(drafts.Count);
        var firstOfFigure = new Dictionary<(FactKind, double, double, string, FactTarget?), int>();
        foreach (var draft in drafts)
        {
            var span = view.OriginalSpan(draft.FirstToken, draft.LastToken);
            var sentenceIndex = view.Tokens[draft.FirstToken].Sentence;
            var sentenceSpan = sentences.OriginalSpan(sentenceIndex);
            var when = dating.Find(sentenceSpan, span, draft.Scope, draft.Kind);
            var key = (draft.Kind, draft.Min, draft.Max, draft.Unit, draft.OwnTarget);
            var restates = firstOfFigure.TryGetValue(key, out var earlier);
            if (restates)
            {
                // The same figure restated (headline and body) is one fact. A restatement that dates it, when the first
                // mention did not, takes its place with the sentence that says when. (Two different dates are not taken
                // for two events: on the 2018 corpus they were mostly one event dated by when it happened in one
                // sentence and by when it was reported in the other.)
                if (!IsDated(when.Basis) || IsDated(facts[earlier].DateBasis)) continue;
            }
            var previousSentence = PreviousSentence(view, sentences, sentenceIndex);
            var place = locations.Find(sentenceSpan, previousSentence, span);
            var fact = new Fact
            {
                Kind = draft.Kind,
                Min = draft.Min,
                Max = draft.Max,
                Qualifier = draft.Qualifier,
                Unit = draft.Unit,
                Scope = when.IsPeriodBetween ? FactScope.Cumulative : draft.Scope,
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
            };
            if (restates)
            {
                // What the first mention told and the restatement does not (where, who, who says) stays.
                var first = facts[earlier];
                facts[earlier] = fact with
                {
                    Location = fact.Location ?? first.Location,
                    Governorate = fact.Location is null ? first.Governorate : fact.Governorate,
                    Actor = fact.Actor ?? first.Actor,
                    Attribution = fact.Attribution ?? first.Attribution,
                };
                continue;
            }
            firstOfFigure.TryAdd(key, facts.Count);
            facts.Add(fact);
        }
        return facts;
    }

    // Dated by the text itself, not by the publication date standing in.
    private static bool IsDated(DateBasis basis) => basis is DateBasis.Explicit or DateBasis.Relative;

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
