using Dashboard.Extraction.Model;

namespace Dashboard.Data.Entities;

/// <summary>A stored fact: every field of the contract, plus the article's outlet and date copied in for filtering.</summary>
public sealed class FactRecord
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    /// <summary>Copy of Article.OutletId so outlet filters need no join.</summary>
    public int? OutletId { get; set; }
    /// <summary>Copy of Article.PublishedOn so publication-date filters need no join.</summary>
    public DateOnly? PublishedOn { get; set; }

    public FactKind Kind { get; set; }
    public double Min { get; set; }
    public double Max { get; set; }
    public Qualifier Qualifier { get; set; }
    public required string Unit { get; set; }
    public FactScope Scope { get; set; }
    public DateOnly? DateStart { get; set; }
    public DateOnly? DateEnd { get; set; }
    public DatePrecision DatePrecision { get; set; }
    public DateBasis DateBasis { get; set; }
    public string? Actor { get; set; }
    public FactTarget? Target { get; set; }
    public string? Location { get; set; }
    public string? Governorate { get; set; }
    public string? Attribution { get; set; }
    public required string Sentence { get; set; }
    public int SpanStart { get; set; }
    public int SpanEnd { get; set; }
    public double Confidence { get; set; }
}
