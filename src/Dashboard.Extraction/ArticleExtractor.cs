using Dashboard.Extraction.Dates;
using Dashboard.Extraction.Facts;
using Dashboard.Extraction.Model;
using Dashboard.Extraction.Places;

namespace Dashboard.Extraction;

/// <summary>
/// The extraction pipeline: date mentions, places, then the figures of the text with their kind, qualifier, scope,
/// date, actor, attribution and place. Holds no state, so one instance serves any number of threads.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    /// <summary>The grammar's version; bumped whenever a lexicon or rule changes what is extracted.</summary>
    public const string GrammarVersion = "1.11.56";

    public string Version => GrammarVersion;

    public ExtractionResult Extract(string text, DateOnly? published)
    {
        if (string.IsNullOrEmpty(text)) return ExtractionResult.Empty;
        var dates = Safely(() => DateRecognizer.Find(text, published));
        var places = Safely(() => Gazetteer.FindAll(text));
        var facts = Safely(() => FactExtractor.Extract(text, published, dates, places));
        return new ExtractionResult(facts, dates);
    }

    /// <summary>One part failing on a strange input must not cost the article the others' results.</summary>
    private static IReadOnlyList<T> Safely<T>(Func<IReadOnlyList<T>> part)
    {
        try
        {
            return part();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return [];
        }
    }
}
