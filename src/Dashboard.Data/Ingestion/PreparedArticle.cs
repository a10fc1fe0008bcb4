using Dashboard.Extraction.Model;

namespace Dashboard.Data.Ingestion;

/// <summary>An article ready to store: text, resolved metadata and its extraction, computed off the writer's thread.</summary>
internal sealed record PreparedArticle(
    string Name,
    string Text,
    string ContentHash,
    string? Title,
    string? Url,
    string? Outlet,
    DateOnly? Published,
    PublishedBasis PublishedBasis,
    string ExtractorVersion,
    ExtractionResult Extraction);

/// <summary>What the preparing stage hands the writer: an article, or a failure to report in its place.</summary>
/// <param name="LastOfSource">True for the last item of its input file (progress counts files).</param>
internal sealed record PreparedItem(bool LastOfSource, string Name, PreparedArticle? Article, string? Error);
