using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Export;

/// <summary>
/// A fact as JSON exports and the API write it: the fact contract's fields (snake_case through ContractJson, span as
/// [start, end]) followed by its provenance: fact and article ids, article title, outlet, publication date, URL.
/// </summary>
public sealed record FactJsonRecord(
    FactKind Kind, double Min, double Max, Qualifier Qualifier, string Unit, FactScope Scope,
    DateOnly? DateStart, DateOnly? DateEnd, DatePrecision DatePrecision, DateBasis DateBasis,
    string? Actor, FactTarget? Target, string? Location, string? Governorate, string? Attribution,
    string Sentence, TextSpan Span, double Confidence,
    long FactId, int ArticleId, string? ArticleTitle, string? Outlet, int? OutletId, DateOnly? Published, string? Url)
{
    public static FactJsonRecord From(FactRow r) => new(
        r.Kind, r.Min, r.Max, r.Qualifier, r.Unit, r.Scope,
        r.DateStart, r.DateEnd, r.DatePrecision, r.DateBasis,
        r.Actor, r.Target, r.Location, r.Governorate, r.Attribution,
        r.Sentence, new TextSpan(r.SpanStart, r.SpanEnd), r.Confidence,
        r.Id, r.ArticleId, r.ArticleTitle, r.Outlet, r.OutletId, r.Published, r.Url);
}
