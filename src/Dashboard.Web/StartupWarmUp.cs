using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Dashboard.Data.Queries;
using Dashboard.Data.Snapshot;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Navigation;
using Dashboard.Web.Scripts;
using Plotly.Blazor;

namespace Dashboard.Web;

/// <summary>
/// Reads the store into memory while the server starts (a few seconds at a million facts), then computes the
/// unfiltered overview once: the first visitor finds the snapshot, the default view's totals, its sort order and the
/// compiled code paths ready instead of paying for all of them in one request. A request that comes sooner waits for
/// the same read. Then it asks the server for the overview page itself, so the code that renders it is compiled before
/// the first visitor waits for it (about a second on the first load otherwise). The same again for one outlet's
/// overview, the filter visitors choose first.
/// </summary>
internal static class StartupWarmUp
{
    /// <summary>Starts the warm-up; the task ends when it has (it never fails: a failure is logged).</summary>
    public static Task Start(WebApplication app)
    {
        var snapshots = app.Services.GetRequiredService<StoreSnapshotSource>();
        var queries = app.Services.GetRequiredService<IDashboardQueries>();
        var ct = app.Lifetime.ApplicationStopping;
        var plotly = app.Services.GetRequiredService<PlotlyScript>();
        // Continued on the thread pool: run inline, the rest of the warm-up (and what waits for it) would run inside the
        // host's start-up, on the thread that raises ApplicationStarted.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return Task.Run(async () =>
        {
            try
            {
                // The plotly.js every first load fetches: wrapped and compressed before anyone asks for it.
                _ = plotly.Prepared;
                await snapshots.WarmAsync(ct);
                var load = OverviewLoad.Start(queries, FactFilter.None, ValueMode.Min, SeriesBy.Outlet, ct);
                var options = queries.GetFilterOptionsAsync(ct);
                await Task.WhenAll(load.AllAsync(), options);
                PrepareChartDrawing(load, FactFilter.None);
                // The first filter most visitors choose is an outlet: its code paths and the snapshot's rows by outlet
                // are then ready too (the first filter change after a start took 100 ms longer than the next ones).
                var outlet = options.Result.Outlets.FirstOrDefault() is { } first ? new FactFilter { OutletIds = [first.Id] } : null;
                if (outlet is not null)
                {
                    var filtered = OverviewLoad.Start(queries, outlet, ValueMode.Min, SeriesBy.Outlet, ct);
                    await filtered.AllAsync();
                    PrepareChartDrawing(filtered, outlet);
                }
                await started.Task.WaitAsync(ct);
                await RequestOverviewsAsync(app, outlet is null ? ["/"] : ["/", DashboardUrls.Overview(outlet)], ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                app.Logger.LogWarning(ex, "Could not prepare the overview at start-up; the first request will compute it");
            }
            catch (OperationCanceledException)
            {
                // Stopped before it was done: nothing to prepare for.
            }
        }, CancellationToken.None);
    }

    /// <summary>
    /// Builds the figures of a load and serializes them as a drawing would. Rendering the page (below) draws nothing:
    /// drawings go through the circuit, so without this the first visitor waited for the serializer to learn Plotly's
    /// types (hundreds of properties each) and for that code to be compiled.
    /// </summary>
    private static void PrepareChartDrawing(OverviewLoad load, FactFilter filter)
    {
        var (monthly, bySource) = (load.Monthly.Result, load.BySource.Result);
        var builder = new OverviewChartBuilder(filter, ValueMode.Min, kind => kind.ToString());
        var kinds = OverviewChartBuilder.KindsIn(monthly);
        ChartFigure[] figures =
        [
            kinds.Count == 0 ? ChartFigure.Empty : builder.OverTime(monthly, kinds[0], SeriesBy.Outlet, chosenStyle: null, ""),
            builder.BySource(bySource.ByOutlet, byOutlet: true, ""),
            builder.BySource(bySource.ByClaimant, byOutlet: false, ""),
            builder.Claims(load.Claims.Result, ""),
            builder.Funding(load.Funding.Result, ""),
            builder.Timeline(load.Timeline.Result, "", ""),
        ];
        ChartRedrawScript.Serialize([.. figures.Where(f => !f.IsEmpty).Select((f, i) => ChartRedrawScript.For($"chart-{i}", f.Traces, f.Layout, new Config()))]);
    }

    private static async Task RequestOverviewsAsync(WebApplication app, IEnumerable<string> paths, CancellationToken ct)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        // Plain HTTP when the server listens on it; an in-process test server has no address at all.
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (address is null) return;
        // A wildcard binding ("http://+:5000", "http://[::]:5000") is reached on the loopback interface.
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "[::]" or "0.0.0.0") uri.Host = "localhost";
        // The request goes to this server on its own loopback address and carries nothing: a development certificate the
        // machine does not trust must not turn it into a warning at every start.
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
        using var http = new HttpClient(handler) { BaseAddress = uri.Uri, Timeout = TimeSpan.FromMinutes(1) };
        foreach (var path in paths)
        {
            using var response = await http.GetAsync(path, ct);
            if (!response.IsSuccessStatusCode) app.Logger.LogWarning("The overview at {Path} answered {Status} at start-up", path, (int)response.StatusCode);
        }
    }
}
