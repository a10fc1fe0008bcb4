using System.Net;
using System.Net.Sockets;
using System.Text;
using Dashboard.Data.Bench;

namespace Dashboard.Cli.Tests.Bench;

/// <summary>Each bench verb runs end to end on a tiny corpus or database, so none of them rots. No timing is asserted.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public async Task Corpus_writes_the_articles_the_manifest_and_the_answers()
    {
        using var temp = new TempFolder();
        var folder = temp.File("corpus");

        var run = await CliRun.RunAsync("bench", "corpus", "--articles", "12", "--out", folder, "--seed", "9");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("12 articles, ", run.Out);
        Assert.Equal(12, Directory.GetFiles(folder, "*.txt").Length);
        Assert.True(File.Exists(Path.Combine(folder, "manifest.json")));
        Assert.Equal(12, File.ReadAllLines(Path.Combine(folder, CorpusWriter.PlantedFileName)).Length);
    }

    [Fact]
    public async Task Ingest_reports_rates_and_memory_for_a_small_corpus()
    {
        using var temp = new TempFolder();

        var run = await CliRun.RunAsync("bench", "ingest", "--articles", "20", "--stages", "--db", temp.Database, "--corpus", temp.File("corpus"));

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("ingest: 20 stored, 0 duplicates, 0 failed, ", run.Out);
        Assert.Contains(" articles/s, ", run.Out);
        Assert.Contains("peak ", run.Out);
        Assert.Contains("stages: read and extract only", run.Out);
        Assert.Matches(@"machine: \d+ cores, load average ([0-9. ]+|unknown), calibration \d+ ms \(sorting 1,000,000 doubles, best of 3\)", run.Out);
    }

    [Fact]
    public async Task Seed_db_then_queries_and_export_run_over_the_synthetic_rows()
    {
        using var temp = new TempFolder();

        var seed = await CliRun.RunAsync("bench", "seed-db", "--facts", "1000", "--articles", "200", "--out", temp.Database);
        Assert.True(seed.ExitCode == 0, seed.Error);
        Assert.Contains("1,000 facts, 200 articles", seed.Out);

        var queries = await CliRun.RunAsync("bench", "queries", "--db", temp.Database, "--runs", "1", "--warmups", "0");
        Assert.True(queries.ExitCode == 0, queries.Error);
        foreach (var aggregate in new[] { "cards", "monthly by outlet", "monthly by claimant", "monthly by governorate", "by source", "claims", "funding", "timeline" })
            Assert.Contains($"| none | {aggregate} |", queries.Out);
        Assert.Contains("| vague off | cards |", queries.Out);
        Assert.Contains("| none | overview |", queries.Out);
        Assert.Contains("| kind+governorate | Min desc, page 1 |", queries.Out);

        var export = await CliRun.RunAsync("bench", "export", "--db", temp.Database, "--out", temp.File("facts.csv"));
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Contains("export Csv: 1,000 facts", export.Out);
        Assert.Contains("machine: ", export.Out);
        Assert.Contains("machine: ", queries.Out);
        Assert.Equal(1001, File.ReadAllText(temp.File("facts.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Queries_on_a_missing_database_is_a_clear_error()
    {
        using var temp = new TempFolder();
        var run = await CliRun.RunAsync("bench", "queries", "--db", temp.File("missing.db"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No database at", run.Error);
    }

    [Fact]
    public async Task Load_counts_responses_and_reports_server_errors()
    {
        using var server = new TinyServer(failEvery: 4);
        // The run ends at 40 requests; the time limit is only a bound, wide enough for a busy machine.
        var run = await CliRun.RunAsync("bench", "load", "--url", server.BaseUrl, "--path", "api/summary", "--clients", "4", "--seconds", "60", "--max-requests", "40");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("load: 4 clients, 40 responses", run.Out);
        Assert.Contains("machine: ", run.Out);
        Assert.Contains("HTTP 500: 10", run.Out);
        Assert.Contains("'database is locked' 10", run.Out);
        Assert.Contains("/api/summary?outlet=1", server.Paths);
    }

    [Fact]
    public async Task Load_keeps_the_paths_own_parameters_beside_the_filters()
    {
        using var server = new TinyServer(failEvery: int.MaxValue);
        var run = await CliRun.RunAsync("bench", "load", "--url", server.BaseUrl, "--path", "api/summary?limit=10", "--clients", "2", "--seconds", "60", "--max-requests", "8");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("/api/summary?limit=10", server.Paths);
        Assert.Contains("/api/summary?limit=10&outlet=1", server.Paths);
        Assert.Contains("load: mean response ", run.Out);
    }

    [Fact]
    public async Task Load_refuses_an_address_other_than_loopback()
    {
        var run = await CliRun.RunAsync("bench", "load", "--url", "http://192.0.2.10:5000/", "--seconds", "1");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("loopback", run.Error);
    }

    [Fact]
    public async Task The_plotly_plan_refuses_an_address_other_than_loopback_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var plan = temp.File("plan.json");

        var run = await CliRun.RunAsync("bench", "plotly-plan", "--url", "http://192.0.2.10:5000/", "--out", plan);

        Assert.Equal(Cli.UsageError, run.ExitCode);
        Assert.Contains("Refusing http://192.0.2.10:5000/: the plotly.js plan only talks to a loopback address", run.Error);
        Assert.False(File.Exists(plan));
    }

    /// <summary>An HTTP listener on a free loopback port: every n-th request fails the way a locked database would.</summary>
    private sealed class TinyServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly int _failEvery;
        private int _count;

        public TinyServer(int failEvery)
        {
            _failEvery = failEvery;
            var port = FreePort();
            BaseUrl = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(BaseUrl);
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string BaseUrl { get; }

        public System.Collections.Concurrent.ConcurrentBag<string> Paths { get; } = [];

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                Paths.Add(context.Request.RawUrl ?? "");
                var fail = Interlocked.Increment(ref _count) % _failEvery == 0;
                context.Response.StatusCode = fail ? 500 : 200;
                var body = Encoding.UTF8.GetBytes(fail ? "SQLite Error 5: 'database is locked'." : "{\"facts\":1}");
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
        }
    }
}
