using Dashboard.Data.Entities;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Queries;

/// <summary>Turns a <see cref="FactFilter"/> into SQL WHERE clauses on facts and articles.</summary>
internal static class FactFilterExpressions
{
    /// <summary>Facts the filter selects (both scopes).</summary>
    public static IQueryable<FactRecord> Matching(this IQueryable<FactRecord> facts, FactFilter filter)
    {
        if (filter.From is not null || filter.To is not null)
        {
            facts = filter.DateBy == DateField.Published
                ? facts.WherePublishedIn(filter.From, filter.To)
                : facts.WhereEventOverlaps(filter.From, filter.To);
        }
        if (filter.OutletIds.Count > 0)
        {
            var outletIds = filter.StoredOutletIds();
            facts = facts.Where(f => outletIds.Contains(f.OutletId));
        }
        if (filter.Claimants.Count > 0)
        {
            // The charts' "(unattributed)" series stands for facts without a claimant; a click on it filters for those.
            var claimants = filter.Claimants.ToList();
            facts = claimants.Contains(SeriesLabels.Unattributed)
                ? facts.Where(f => f.Attribution == null || claimants.Contains(f.Attribution))
                : facts.Where(f => f.Attribution != null && claimants.Contains(f.Attribution));
        }
        if (filter.Kinds.Count > 0)
        {
            var kinds = filter.Kinds.ToList();
            facts = facts.Where(f => kinds.Contains(f.Kind));
        }
        if (filter.Governorates.Count > 0)
        {
            // Likewise "(unknown place)": facts without a governorate.
            var governorates = filter.Governorates.ToList();
            facts = governorates.Contains(SeriesLabels.UnknownPlace)
                ? facts.Where(f => f.Governorate == null || governorates.Contains(f.Governorate))
                : facts.Where(f => f.Governorate != null && governorates.Contains(f.Governorate));
        }
        if (filter.Targets.Count > 0)
        {
            var targets = filter.Targets.Select(t => (FactTarget?)t).ToList();
            facts = facts.Where(f => f.Target != null && targets.Contains(f.Target));
        }
        if (!filter.IncludeVague)
        {
            facts = facts.Where(f => f.Qualifier != Qualifier.Vague && f.Qualifier != Qualifier.Approximate);
        }
        return facts;
    }

    /// <summary>
    /// Incident facts that can be added up: cumulative claims never join incident totals, money is summed per currency
    /// elsewhere, percentages are not counts, and «other» figures count different things (kilometres, years, countries)
    /// that no sum can mix.
    /// </summary>
    public static IQueryable<FactRecord> Countable(this IQueryable<FactRecord> facts) =>
        facts.Where(f => f.Scope == FactScope.Incident && f.Kind != FactKind.Funding && f.Kind != FactKind.Other && f.Unit != Units.Percent);

    /// <summary>Articles the filter selects: outlet and publication date on the article, fact conditions through its facts.</summary>
    public static IQueryable<Article> Matching(this IQueryable<Article> articles, IQueryable<FactRecord> facts, FactFilter filter)
    {
        if (filter.OutletIds.Count > 0)
        {
            var outletIds = filter.StoredOutletIds();
            articles = articles.Where(a => outletIds.Contains(a.OutletId));
        }
        if (filter.DateBy == DateField.Published && (filter.From is not null || filter.To is not null))
        {
            var from = filter.From;
            var to = filter.To;
            articles = articles.Where(a => a.PublishedOn != null);
            if (from is not null) articles = articles.Where(a => a.PublishedOn >= from);
            if (to is not null) articles = articles.Where(a => a.PublishedOn <= to);
        }
        if (HasFactConditions(filter))
        {
            var matchingFacts = facts.Matching(filter);
            articles = articles.Where(a => matchingFacts.Any(f => f.ArticleId == a.Id));
        }
        return articles;
    }

    /// <summary>Whether the filter says anything an article can only satisfy through its facts.</summary>
    public static bool HasFactConditions(FactFilter filter) =>
        filter.Kinds.Count > 0 || filter.Claimants.Count > 0 || filter.Governorates.Count > 0 || filter.Targets.Count > 0
        || !filter.IncludeVague || (filter.DateBy == DateField.Event && (filter.From is not null || filter.To is not null));

    private static IQueryable<FactRecord> WherePublishedIn(this IQueryable<FactRecord> facts, DateOnly? from, DateOnly? to)
    {
        facts = facts.Where(f => f.PublishedOn != null);
        if (from is not null) facts = facts.Where(f => f.PublishedOn >= from);
        if (to is not null) facts = facts.Where(f => f.PublishedOn <= to);
        return facts;
    }

    // A fact covers DateStart..DateEnd (DateEnd missing means a single day); it matches when that span overlaps [from, to].
    private static IQueryable<FactRecord> WhereEventOverlaps(this IQueryable<FactRecord> facts, DateOnly? from, DateOnly? to)
    {
        facts = facts.Where(f => f.DateStart != null);
        if (to is not null) facts = facts.Where(f => f.DateStart <= to);
        if (from is not null) facts = facts.Where(f => (f.DateEnd ?? f.DateStart) >= from);
        return facts;
    }
}

/// <summary>Unit words the queries treat specially.</summary>
public static class Units
{
    public const string Percent = "percent";
}
