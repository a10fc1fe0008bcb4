using Dashboard.Extraction.Model;

namespace Dashboard.Data.Queries;

/// <summary>How ranges and bounds count in totals: by their lowest figure (the conservative default) or their highest.</summary>
public enum ValueMode { Min, Max }

/// <summary>What a time series is coloured by.</summary>
public enum SeriesBy { Outlet, Claimant, Governorate }

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageIndex, int PageSize);

public sealed record KindTotal(FactKind Kind, double Min, double Max, int FactCount)
{
    public double ValueFor(ValueMode mode) => mode == ValueMode.Max ? Max : Min;
}

public sealed record CurrencyTotal(string Currency, double Min, double Max, int FactCount)
{
    public double ValueFor(ValueMode mode) => mode == ValueMode.Max ? Max : Min;
}

/// <summary>The overview's cards. Killed/wounded/arrested are incident totals only: cumulative claims are never added in.</summary>
public sealed record OverviewCards(
    int Articles, int Outlets, int Facts,
    IReadOnlyList<KindTotal> IncidentTotals,
    IReadOnlyList<CurrencyTotal> Funding,
    DateOnly? FirstDate, DateOnly? LastDate);

/// <summary>Incident total of one kind in one month for one series (outlet, claimant or governorate name).</summary>
public sealed record MonthlyPoint(int Year, int Month, FactKind Kind, string Series, int? SeriesId, double Min, double Max, int FactCount)
{
    public double ValueFor(ValueMode mode) => mode == ValueMode.Max ? Max : Min;
}

/// <summary>Figures per source: Source is an outlet name (ByOutlet) or a claimant (ByClaimant).</summary>
public sealed record SourcePoint(string Source, int? OutletId, FactKind Kind, double Min, double Max, int FactCount)
{
    public double ValueFor(ValueMode mode) => mode == ValueMode.Max ? Max : Min;
}

public sealed record SourceBreakdown(IReadOnlyList<SourcePoint> ByOutlet, IReadOnlyList<SourcePoint> ByClaimant);

/// <summary>One cumulative claim drawn as a span over its period.</summary>
public sealed record ClaimSpan(long FactId, FactKind Kind, double Min, double Max, Qualifier Qualifier, DateOnly? Start, DateOnly? End,
    string? Claimant, string? Outlet, string Sentence);

public sealed record FundingPoint(long FactId, DateOnly? Date, string? Actor, string Currency, double Min, double Max, Qualifier Qualifier, string? Outlet)
{
    /// <summary>Incident (one grant or payment) or cumulative (a total over a period): never add the two together.</summary>
    public FactScope Scope { get; init; }
}

/// <summary>A dated event that articles mention (from date mentions and dated facts).</summary>
public sealed record TimelineEvent(DateOnly Start, DateOnly End, DatePrecision Precision, string Text, int ArticleId, string? ArticleTitle, string? Outlet);

public sealed record FactRow(
    long Id, int ArticleId, string? ArticleTitle, string? Outlet, int? OutletId, DateOnly? Published, string? Url,
    FactKind Kind, double Min, double Max, Qualifier Qualifier, string Unit, FactScope Scope,
    DateOnly? DateStart, DateOnly? DateEnd, DatePrecision DatePrecision, DateBasis DateBasis,
    string? Actor, FactTarget? Target, string? Location, string? Governorate, string? Attribution,
    string Sentence, int SpanStart, int SpanEnd, double Confidence);

public enum FactSortColumn { DateStart, Published, Kind, Min, Max, Outlet, Attribution, Governorate, Confidence }

public sealed record FactSort(FactSortColumn Column = FactSortColumn.DateStart, bool Descending = true);

public sealed record ArticleRow(int Id, string? Title, string? Outlet, int? OutletId, DateOnly? Published, PublishedBasis PublishedBasis, int FactCount, string? Url, string? SourceFile);

public sealed record ArticleDetail(ArticleRow Article, string Text, IReadOnlyList<FactRow> Facts, IReadOnlyList<DateMention> Dates, string ExtractorVersion);

public sealed record OutletRow(int Id, string Name, string? EnglishName, string? Domain, int Articles, int Facts);

/// <summary>The values the filter pickers offer, read from what is stored.</summary>
public sealed record FilterOptions(IReadOnlyList<OutletRow> Outlets, IReadOnlyList<string> Claimants, IReadOnlyList<string> Governorates);

/// <summary>
/// Every read the dashboard, the exports and the API make. Aggregates are computed in SQL; each call opens its own
/// short-lived context (IDbContextFactory), so one instance can be shared.
/// </summary>
public interface IDashboardQueries
{
    Task<OverviewCards> GetCardsAsync(FactFilter filter, ValueMode mode, CancellationToken ct = default);
    Task<IReadOnlyList<MonthlyPoint>> GetMonthlyTotalsAsync(FactFilter filter, SeriesBy seriesBy, ValueMode mode, CancellationToken ct = default);
    Task<SourceBreakdown> GetBySourceAsync(FactFilter filter, ValueMode mode, CancellationToken ct = default);
    Task<IReadOnlyList<ClaimSpan>> GetCumulativeClaimsAsync(FactFilter filter, CancellationToken ct = default);
    Task<IReadOnlyList<FundingPoint>> GetFundingAsync(FactFilter filter, CancellationToken ct = default);
    Task<IReadOnlyList<TimelineEvent>> GetTimelineAsync(FactFilter filter, int limit = 500, CancellationToken ct = default);
    Task<Page<FactRow>> GetFactsPageAsync(FactFilter filter, FactSort sort, int pageIndex, int pageSize, CancellationToken ct = default);
    /// <summary>Streams every fact the filter selects, without loading them all (exports).</summary>
    IAsyncEnumerable<FactRow> StreamFactsAsync(FactFilter filter, FactSort sort, CancellationToken ct = default);
    Task<Page<ArticleRow>> GetArticlesPageAsync(FactFilter filter, int pageIndex, int pageSize, CancellationToken ct = default);
    Task<ArticleDetail?> GetArticleAsync(int id, CancellationToken ct = default);
    Task<FilterOptions> GetFilterOptionsAsync(CancellationToken ct = default);
}
