using Dashboard.Extraction.Model;

namespace Dashboard.Data.Entities;

public sealed class DateMentionRecord
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string Text { get; set; }
    public DateOnly? DateStart { get; set; }
    public DateOnly? DateEnd { get; set; }
    public DatePrecision DatePrecision { get; set; }
    public DateBasis DateBasis { get; set; }
    public int SpanStart { get; set; }
    public int SpanEnd { get; set; }
}
