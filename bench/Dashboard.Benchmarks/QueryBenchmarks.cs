using BenchmarkDotNet.Attributes;
using Dashboard.Data.Bench;
using Dashboard.Data.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Benchmarks;

/// <summary>
/// The dashboard's heaviest reads as the app computes them (over the in-memory snapshot), as SQL through EF Core, and as
/// SQL written by hand (the floor), on a synthetic database built once in a temp folder. Whole-scale figures (1M facts)
/// come from <c>dashboard bench queries</c>.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    [Params(100_000)]
    public int Facts { get; set; }

    private string _folder = "";
    private ServiceProvider? _services;
    private IDashboardQueries _queries = null!;
    private IDashboardQueries _sql = null!;
    private FloorSql _floor = null!;
    private readonly FactFilter _outlet = new() { OutletIds = [1] };

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "dashboard-benchmarks", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var database = Path.Combine(_folder, "bench.db");
        SyntheticDatabase.CreateAsync(database, Facts, Facts / 5, seed: 1).GetAwaiter().GetResult();
        _services = new ServiceCollection().AddBenchDatabase(database).AddDashboardQueries().BuildServiceProvider();
        // The uncached queries: each iteration computes its aggregate, as a first view does (the snapshot is read once
        // here, as the app does at start-up).
        _queries = _services.GetRequiredService<Dashboard.Data.Snapshot.SnapshotDashboardQueries>();
        _services.GetRequiredService<Dashboard.Data.Snapshot.StoreSnapshotSource>().WarmAsync().GetAwaiter().GetResult();
        _sql = _services.GetRequiredService<DashboardQueries>();
        _floor = new FloorSql(database);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "cards, app")]
    public Task<OverviewCards> CardsApp() => _queries.GetCardsAsync(FactFilter.None, ValueMode.Min);

    [Benchmark(Description = "cards, SQL through EF Core")]
    public Task<OverviewCards> CardsSql() => _sql.GetCardsAsync(FactFilter.None, ValueMode.Min);

    [Benchmark(Description = "cards, floor")]
    public Task<int> CardsFloor() => _floor.CardsAsync(FactFilter.None);

    [Benchmark(Description = "monthly by outlet, app")]
    public Task<IReadOnlyList<MonthlyPoint>> MonthlyApp() => _queries.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Outlet, ValueMode.Min);

    [Benchmark(Description = "monthly by outlet, SQL through EF Core")]
    public Task<IReadOnlyList<MonthlyPoint>> MonthlySql() => _sql.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Outlet, ValueMode.Min);

    [Benchmark(Description = "monthly by outlet, floor")]
    public Task<int> MonthlyFloor() => _floor.MonthlyAsync(FactFilter.None, SeriesBy.Outlet);

    [Benchmark(Description = "facts page 1 of one outlet, app")]
    public Task<Page<FactRow>> PageApp() => _queries.GetFactsPageAsync(_outlet, new FactSort(), 0, 50);

    [Benchmark(Description = "facts page 1 of one outlet, SQL through EF Core")]
    public Task<Page<FactRow>> PageSql() => _sql.GetFactsPageAsync(_outlet, new FactSort(), 0, 50);

    [Benchmark(Description = "facts page 1 of one outlet, floor")]
    public Task<int> PageFloor() => _floor.FactsPageAsync(_outlet, new FactSort(), 0, 50);
}
