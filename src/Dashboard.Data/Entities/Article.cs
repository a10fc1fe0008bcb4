using Dashboard.Extraction.Model;

namespace Dashboard.Data.Entities;

public sealed class Article
{
    public int Id { get; set; }
    public int? OutletId { get; set; }
    public Outlet? Outlet { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public PublishedBasis PublishedBasis { get; set; }
    public required string Text { get; set; }
    /// <summary>SHA-256 (hex) of the normalised content; unique, so the same article is stored once.</summary>
    public required string ContentHash { get; set; }
    public string? SourceFile { get; set; }
    public DateTime IngestedAtUtc { get; set; }
    public required string ExtractorVersion { get; set; }
    /// <summary>Kept with the article so lists need no count query.</summary>
    public int FactCount { get; set; }
    public List<FactRecord> Facts { get; set; } = [];
    public List<DateMentionRecord> DateMentions { get; set; } = [];
}
