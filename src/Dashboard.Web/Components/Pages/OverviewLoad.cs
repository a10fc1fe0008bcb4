using Dashboard.Data.Queries;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// The overview's six aggregates for one filter, started together. The page, the filter bar's early start and the
/// start-up warm-up ask for exactly these, so they share the result cache's computations.
/// </summary>
internal sealed record OverviewLoad(
    Task<OverviewCards> Cards,
    Task<IReadOnlyList<MonthlyPoint>> Monthly,
    Task<SourceBreakdown> BySource,
    Task<IReadOnlyList<ClaimSpan>> Claims,
    Task<IReadOnlyList<FundingPoint>> Funding,
    Task<IReadOnlyList<TimelineEvent>> Timeline)
{
    /// <summary>How many dated events the timeline draws.</summary>
    public const int TimelineLimit = 500;

    public static OverviewLoad Start(IDashboardQueries queries, FactFilter filter, ValueMode mode, SeriesBy seriesBy, CancellationToken ct = default) =>
        new(queries.GetCardsAsync(filter, mode, ct),
            queries.GetMonthlyTotalsAsync(filter, seriesBy, mode, ct),
            queries.GetBySourceAsync(filter, mode, ct),
            queries.GetCumulativeClaimsAsync(filter, ct),
            queries.GetFundingAsync(filter, ct),
            queries.GetTimelineAsync(filter, TimelineLimit, ct));

    private IEnumerable<Task> All => [Cards, Monthly, BySource, Claims, Funding, Timeline];

    public Task AllAsync() => Task.WhenAll(All);

    /// <summary>For a load no one awaits: a failure is reported by the load that asks for the same filter again.</summary>
    public void ObserveFailures()
    {
        foreach (var task in All)
            task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }
}
