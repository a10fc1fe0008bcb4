using System.Globalization;
using Dashboard.Data.Bench;
using Dashboard.Data.Queries;
using Dashboard.Data.Snapshot;
using Dashboard.Extraction.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Cli.Bench;

/// <summary>
/// Times every overview aggregate of <see cref="IDashboardQueries"/> for several filters (p50/p95 over repeated runs)
/// beside the same aggregate as hand-written SQL (the floor), then facts-explorer pages and the whole overview.
/// </summary>
internal static class QueryBench
{
    public sealed record Options(string Database, int Runs, int Warmups, string Sections = "all", bool Cached = false, bool Sql = false);

    private static bool Wants(Options options, string section) => options.Sections is "all" || options.Sections.Split(',').Contains(section);

    private sealed record Aggregate(string Name, Func<FactFilter, CancellationToken, Task> App, Func<FactFilter, CancellationToken, Task> Floor);

    public static async Task<int> RunAsync(Options options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(options.Database))
        {
            await error.WriteLineAsync($"No database at {options.Database}; build one with 'dashboard bench seed-db'.");
            return 2;
        }
        await using var provider = BenchServices.Create(options.Database);
        // The schema the app would run with: pending migrations (indexes) are applied first, as start-up does.
        await BenchDatabase.MigrateAsync(provider.Contexts(), ct);
        // By default every run computes its aggregate over the in-memory snapshot (what a first view costs once the
        // snapshot is current); --cached times repeat views, --sql the same aggregates as SQL over the tables.
        IDashboardQueries queries = options.Cached ? provider.GetRequiredService<IDashboardQueries>()
            : options.Sql ? provider.GetRequiredService<DashboardQueries>()
            : provider.GetRequiredService<SnapshotDashboardQueries>();
        output.WriteLine(options.Cached ? "queries: cached (repeat views)"
            : options.Sql ? "queries: SQL over the tables, computed afresh on every run"
            : "queries: in-memory snapshot, computed afresh on every run (result cache bypassed)");
        if (!options.Sql) await SnapshotLoadAsync(provider, output, ct);
        var floor = new FloorSql(options.Database);
        var filters = await FiltersAsync(options.Database, ct);
        var counts = await CountsAsync(options.Database, ct);
        output.WriteLine(Invariant($"database: {options.Database}: {counts.Facts:N0} facts, {counts.Articles:N0} articles; {options.Runs} timed runs after {options.Warmups} warm-up(s) each"));

        Aggregate[] aggregates =
        [
            new("cards", (f, t) => queries.GetCardsAsync(f, ValueMode.Min, t), (f, t) => floor.CardsAsync(f, t)),
            new("monthly by outlet", (f, t) => queries.GetMonthlyTotalsAsync(f, SeriesBy.Outlet, ValueMode.Min, t), (f, t) => floor.MonthlyAsync(f, SeriesBy.Outlet, t)),
            new("monthly by claimant", (f, t) => queries.GetMonthlyTotalsAsync(f, SeriesBy.Claimant, ValueMode.Min, t), (f, t) => floor.MonthlyAsync(f, SeriesBy.Claimant, t)),
            new("monthly by governorate", (f, t) => queries.GetMonthlyTotalsAsync(f, SeriesBy.Governorate, ValueMode.Min, t), (f, t) => floor.MonthlyAsync(f, SeriesBy.Governorate, t)),
            new("by source", (f, t) => queries.GetBySourceAsync(f, ValueMode.Min, t), (f, t) => floor.BySourceAsync(f, t)),
            new("claims", (f, t) => queries.GetCumulativeClaimsAsync(f, t), (f, t) => floor.ClaimsAsync(f, t)),
            new("funding", (f, t) => queries.GetFundingAsync(f, t), (f, t) => floor.FundingAsync(f, t)),
            new("timeline", (f, t) => queries.GetTimelineAsync(f, 500, t), (f, t) => floor.TimelineAsync(f, 500, t)),
        ];

        if (Wants(options, "aggregates")) await AggregatesAsync(options, output, filters, aggregates, ct);
        if (Wants(options, "overview")) await OverviewAsync(options, output, queries, filters, ct);
        if (Wants(options, "pages")) await PagesAsync(options, output, queries, floor, filters, ct);
        // After the timings, so its arrays weigh on none of them.
        output.WriteLine(MachineReport.Line());
        return 0;
    }

    // Reading the store into memory happens once per process (then rows are appended as they are stored): time it and
    // what it holds.
    private static async Task SnapshotLoadAsync(ServiceProvider provider, TextWriter output, CancellationToken ct)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await provider.GetRequiredService<StoreSnapshotSource>().WarmAsync(ct);
        clock.Stop();
        var cpuMs = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        output.WriteLine(Invariant($"snapshot read in {clock.Elapsed.TotalMilliseconds:0} ms ({cpuMs:0} CPU ms); holds {held / 1048576.0:0} MB; process working set {process.WorkingSet64 / 1048576.0:0} MB"));
    }

    private static async Task AggregatesAsync(Options options, TextWriter output, List<(string Label, FactFilter Filter)> filters, Aggregate[] aggregates, CancellationToken ct)
    {
        output.WriteLine();
        output.WriteLine("| filter | aggregate | app p50 ms | app p95 ms | floor p50 ms | floor p95 ms | app/floor (p50) | app CPU ms | floor CPU ms | app/floor (CPU) |");
        output.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        double worstP95 = 0, worstRatio = 0;
        foreach (var (label, filter) in filters)
        {
            foreach (var aggregate in aggregates)
            {
                var app = await Timings.MeasureAsync(aggregate.Name, options.Warmups, options.Runs, () => aggregate.App(filter, ct));
                var hand = await Timings.MeasureAsync(aggregate.Name, options.Warmups, options.Runs, () => aggregate.Floor(filter, ct));
                var ratio = app.P50 / Math.Max(0.01, hand.P50);
                worstP95 = Math.Max(worstP95, app.P95);
                worstRatio = Math.Max(worstRatio, ratio);
                var cpuRatio = app.CpuP50 / Math.Max(0.01, hand.CpuP50);
                output.WriteLine(Invariant($"| {label} | {aggregate.Name} | {Timings.Ms(app.P50)} | {Timings.Ms(app.P95)} | {Timings.Ms(hand.P50)} | {Timings.Ms(hand.P95)} | {ratio:0.00} | {Timings.Ms(app.CpuP50)} | {Timings.Ms(hand.CpuP50)} | {cpuRatio:0.00} |"));
            }
        }
        output.WriteLine(Invariant($"worst aggregate p95: {Timings.Ms(worstP95)} ms (target 100); worst app/floor: {worstRatio:0.00} (target 1.5)"));
    }

    private static async Task OverviewAsync(Options options, TextWriter output, IDashboardQueries queries, List<(string Label, FactFilter Filter)> filters, CancellationToken ct)
    {
        output.WriteLine();
        output.WriteLine("| filter | overview, all aggregates concurrently as the page loads them | p50 ms | p95 ms | CPU ms |");
        output.WriteLine("| --- | --- | ---: | ---: | ---: |");
        foreach (var (label, filter) in filters)
        {
            var overview = await Timings.MeasureAsync("overview", options.Warmups, options.Runs, () => Task.WhenAll(
                queries.GetCardsAsync(filter, ValueMode.Min, ct),
                queries.GetMonthlyTotalsAsync(filter, SeriesBy.Outlet, ValueMode.Min, ct),
                queries.GetBySourceAsync(filter, ValueMode.Min, ct),
                queries.GetCumulativeClaimsAsync(filter, ct),
                queries.GetFundingAsync(filter, ct),
                queries.GetTimelineAsync(filter, 500, ct)));
            output.WriteLine(Invariant($"| {label} | overview | {Timings.Ms(overview.P50)} | {Timings.Ms(overview.P95)} | {Timings.Ms(overview.CpuP50)} |"));
        }
    }

    private static async Task PagesAsync(Options options, TextWriter output, IDashboardQueries queries, FloorSql floor, List<(string Label, FactFilter Filter)> filters, CancellationToken ct)
    {
        output.WriteLine();
        output.WriteLine("| filter | facts page (50 rows) | app p50 ms | app p95 ms | floor p50 ms | floor p95 ms | app CPU ms | floor CPU ms |");
        output.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        FactSort[] sorts = [new(FactSortColumn.DateStart, true), new(FactSortColumn.Min, true), new(FactSortColumn.Outlet, false), new(FactSortColumn.Confidence, true)];
        foreach (var (label, filter) in filters.Where(f => f.Label is "none" or "one outlet" or "kind+governorate"))
        {
            foreach (var sort in sorts)
            {
                // Deep pages cost the same as the first for sorts without an index; one deep page of the default sort shows OFFSET's cost.
                foreach (var page in sort.Column == FactSortColumn.DateStart ? new[] { 0, 20 } : [0])
                {
                    var name = Invariant($"{sort.Column} {(sort.Descending ? "desc" : "asc")}, page {page + 1}");
                    var app = await Timings.MeasureAsync(name, options.Warmups, options.Runs, () => queries.GetFactsPageAsync(filter, sort, page, 50, ct));
                    var hand = await Timings.MeasureAsync(name, options.Warmups, options.Runs, () => floor.FactsPageAsync(filter, sort, page, 50, ct));
                    output.WriteLine(Invariant($"| {label} | {name} | {Timings.Ms(app.P50)} | {Timings.Ms(app.P95)} | {Timings.Ms(hand.P50)} | {Timings.Ms(hand.P95)} | {Timings.Ms(app.CpuP50)} | {Timings.Ms(hand.CpuP50)} |"));
                }
            }
        }
    }

    /// <summary>The filter combinations measured, with values read from the data (the busiest outlet, claimant, governorate).</summary>
    private static async Task<List<(string Label, FactFilter Filter)>> FiltersAsync(string database, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync(ct);
        var outlet = Convert.ToInt32(await ScalarAsync(connection, "SELECT OutletId FROM Facts WHERE OutletId IS NOT NULL GROUP BY OutletId ORDER BY COUNT(*) DESC LIMIT 1", ct) ?? 1, CultureInfo.InvariantCulture);
        var claimant = (string?)await ScalarAsync(connection, "SELECT Attribution FROM Facts WHERE Attribution IS NOT NULL GROUP BY Attribution ORDER BY COUNT(*) DESC LIMIT 1", ct) ?? "";
        var governorate = (string?)await ScalarAsync(connection, "SELECT Governorate FROM Facts WHERE Governorate IS NOT NULL GROUP BY Governorate ORDER BY COUNT(*) DESC LIMIT 1", ct) ?? "";
        var last = (string?)await ScalarAsync(connection, "SELECT MAX(DateStart) FROM Facts", ct);
        var to = last is null ? new DateOnly(2024, 12, 31) : DateOnly.ParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var from = to.AddYears(-1).AddDays(1);
        return
        [
            ("none", FactFilter.None),
            ("one outlet", new FactFilter { OutletIds = [outlet] }),
            ("date range (1 year)", new FactFilter { From = from, To = to }),
            ("kind+governorate", new FactFilter { Kinds = [FactKind.Killed], Governorates = [governorate] }),
            ("claimant", new FactFilter { Claimants = [claimant] }),
            ("vague off", new FactFilter { IncludeVague = false }),
        ];
    }

    private static async Task<(long Facts, long Articles)> CountsAsync(string database, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync(ct);
        return (Convert.ToInt64(await ScalarAsync(connection, "SELECT COUNT(*) FROM Facts", ct), CultureInfo.InvariantCulture),
            Convert.ToInt64(await ScalarAsync(connection, "SELECT COUNT(*) FROM Articles", ct), CultureInfo.InvariantCulture));
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
