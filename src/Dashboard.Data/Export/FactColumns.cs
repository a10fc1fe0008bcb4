using Dashboard.Data.Queries;

namespace Dashboard.Data.Export;

/// <summary>
/// The columns of a fact export, shared by CSV and XLSX: every field of the fact contract (snake_case, contract words),
/// then where it came from (article, outlet, URL, publication date).
/// </summary>
public static class FactColumns
{
    public static IReadOnlyList<ExportColumn<FactRow>> All { get; } =
    [
        new("fact_id", ColumnType.Number, r => r.Id),
        new("kind", ColumnType.Text, r => r.Kind),
        new("min", ColumnType.Number, r => r.Min),
        new("max", ColumnType.Number, r => r.Max),
        new("qualifier", ColumnType.Text, r => r.Qualifier),
        new("unit", ColumnType.Text, r => r.Unit),
        new("scope", ColumnType.Text, r => r.Scope),
        new("date_start", ColumnType.Date, r => r.DateStart),
        new("date_end", ColumnType.Date, r => r.DateEnd),
        new("date_precision", ColumnType.Text, r => r.DatePrecision),
        new("date_basis", ColumnType.Text, r => r.DateBasis),
        new("actor", ColumnType.Text, r => r.Actor),
        new("target", ColumnType.Text, r => r.Target),
        new("location", ColumnType.Text, r => r.Location),
        new("governorate", ColumnType.Text, r => r.Governorate),
        new("attribution", ColumnType.Text, r => r.Attribution),
        new("sentence", ColumnType.Text, r => r.Sentence),
        new("span_start", ColumnType.Number, r => r.SpanStart),
        new("span_end", ColumnType.Number, r => r.SpanEnd),
        new("confidence", ColumnType.Number, r => r.Confidence),
        new("article_id", ColumnType.Number, r => r.ArticleId),
        new("article_title", ColumnType.Text, r => r.ArticleTitle),
        new("outlet", ColumnType.Text, r => r.Outlet),
        new("outlet_id", ColumnType.Number, r => r.OutletId),
        new("published", ColumnType.Date, r => r.Published),
        new("url", ColumnType.Text, r => r.Url),
    ];
}

/// <summary>The columns of the Articles sheet.</summary>
public static class ArticleColumns
{
    public static IReadOnlyList<ExportColumn<ArticleRow>> All { get; } =
    [
        new("article_id", ColumnType.Number, r => r.Id),
        new("title", ColumnType.Text, r => r.Title),
        new("outlet", ColumnType.Text, r => r.Outlet),
        new("outlet_id", ColumnType.Number, r => r.OutletId),
        new("published", ColumnType.Date, r => r.Published),
        new("published_basis", ColumnType.Text, r => r.PublishedBasis),
        new("fact_count", ColumnType.Number, r => r.FactCount),
        new("url", ColumnType.Text, r => r.Url),
        new("source_file", ColumnType.Text, r => r.SourceFile),
    ];
}
