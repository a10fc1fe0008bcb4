using Dashboard.Extraction.Dates;
using Dashboard.Extraction.Model;

namespace Dashboard.Extraction;

public sealed class ArticleExtractor : IArticleExtractor
{
    public string Version => "0.1.0";

    public ExtractionResult Extract(string text, DateOnly? published)
    {
        if (string.IsNullOrEmpty(text)) return ExtractionResult.Empty;
        var dates = DateRecognizer.Find(text, published);
        return new ExtractionResult([], dates);
    }
}
