using Dashboard.Data.Queries;
using Dashboard.Data.Snapshot;

namespace Dashboard.Web;

/// <summary>
/// Reads the store into memory while the server starts (a few seconds at a million facts), then computes the
/// unfiltered overview once: the first visitor finds the snapshot, the default view's totals, its sort order and the
/// compiled code paths ready instead of paying for all of them in one request. A request that comes sooner waits for
/// the same read.
/// </summary>
internal static class StartupWarmUp
{
    public static void Start(WebApplication app)
    {
        var snapshots = app.Services.GetRequiredService<StoreSnapshotSource>();
        var queries = app.Services.GetRequiredService<IDashboardQueries>();
        var ct = app.Lifetime.ApplicationStopping;
        _ = Task.Run(async () =>
        {
            try
            {
                await snapshots.WarmAsync(ct);
                var none = FactFilter.None;
                await Task.WhenAll(
                    queries.GetCardsAsync(none, ValueMode.Min, ct),
                    queries.GetMonthlyTotalsAsync(none, SeriesBy.Outlet, ValueMode.Min, ct),
                    queries.GetBySourceAsync(none, ValueMode.Min, ct),
                    queries.GetCumulativeClaimsAsync(none, ct),
                    queries.GetFundingAsync(none, ct),
                    queries.GetTimelineAsync(none, 500, ct),
                    queries.GetFilterOptionsAsync(ct));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                app.Logger.LogWarning(ex, "Could not prepare the overview at start-up; the first request will compute it");
            }
        }, ct);
    }
}
