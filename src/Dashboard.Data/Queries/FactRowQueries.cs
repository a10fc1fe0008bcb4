using System.Linq.Expressions;
using Dashboard.Data.Entities;

namespace Dashboard.Data.Queries;

/// <summary>The fact table's projection and sort orders, shared by the paged list and the export stream.</summary>
internal static class FactRowQueries
{
    public static readonly Expression<Func<FactRecord, FactRow>> ToRow = f => new FactRow(
        f.Id, f.ArticleId, f.Article!.Title, f.Article.Outlet!.Name, f.OutletId, f.PublishedOn, f.Article.Url,
        f.Kind, f.Min, f.Max, f.Qualifier, f.Unit, f.Scope,
        f.DateStart, f.DateEnd, f.DatePrecision, f.DateBasis,
        f.Actor, f.Target, f.Location, f.Governorate, f.Attribution,
        f.Sentence, f.SpanStart, f.SpanEnd, f.Confidence);

    /// <summary>Orders by the chosen column, then by id so pages never overlap or skip rows.</summary>
    public static IQueryable<FactRecord> Sorted(this IQueryable<FactRecord> facts, FactSort sort)
    {
        var ordered = sort.Column switch
        {
            FactSortColumn.Published => By(facts, f => f.PublishedOn, sort.Descending),
            FactSortColumn.Kind => By(facts, f => f.Kind, sort.Descending),
            FactSortColumn.Min => By(facts, f => f.Min, sort.Descending),
            FactSortColumn.Max => By(facts, f => f.Max, sort.Descending),
            FactSortColumn.Outlet => By(facts, f => f.Article!.Outlet!.Name, sort.Descending),
            FactSortColumn.Attribution => By(facts, f => f.Attribution, sort.Descending),
            FactSortColumn.Governorate => By(facts, f => f.Governorate, sort.Descending),
            FactSortColumn.Confidence => By(facts, f => f.Confidence, sort.Descending),
            _ => By(facts, f => f.DateStart, sort.Descending),
        };
        return sort.Descending ? ordered.ThenByDescending(f => f.Id) : ordered.ThenBy(f => f.Id);
    }

    private static IOrderedQueryable<FactRecord> By<TKey>(IQueryable<FactRecord> facts, Expression<Func<FactRecord, TKey>> key, bool descending) =>
        descending ? facts.OrderByDescending(key) : facts.OrderBy(key);
}
