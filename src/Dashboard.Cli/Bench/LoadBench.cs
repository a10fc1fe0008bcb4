using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Dashboard.Data.Bench;
using Dashboard.Data.Ingestion;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Cli.Bench;

/// <summary>
/// Simultaneous clients applying filters against the running app's HTTP API, optionally while this process ingests a
/// generated corpus into the database the app serves: latency percentiles, errors, and any "database is locked".
/// Loopback only; the number of requests and the time are bounded.
/// </summary>
internal static class LoadBench
{
    public sealed record Options(Uri Url, string Path, int Clients, int Seconds, int MaxRequests, string? Database, int IngestArticles, int Seed);

    public static async Task<int> RunAsync(Options options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!HeadlessChromium.IsLoopback(options.Url))
        {
            await error.WriteLineAsync($"Refusing {options.Url}: the load test only talks to a loopback address (127.0.0.1).");
            return Cli.UsageError;
        }
        // Before the clients start: the calibration is the machine's, not the load's.
        output.WriteLine(MachineReport.Line());

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = options.Url,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var queries = QueryStrings();
        var latencies = new ConcurrentBag<double>();
        var errors = new ConcurrentDictionary<string, int>();
        var locked = 0;
        var sent = 0;
        long bodyChars = 0;

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.Seconds));

        var ingestion = options.Database != null && options.IngestArticles > 0
            ? IngestMeanwhileAsync(options.Database, options.IngestArticles, options.Seed, ct)
            : Task.FromResult<string?>(null);

        var watch = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, options.Clients).Select(client => Task.Run(async () =>
        {
            for (var i = client; !deadline.IsCancellationRequested; i += options.Clients)
            {
                if (Interlocked.Increment(ref sent) > options.MaxRequests) break;
                var request = WithQuery(options.Path, queries[i % queries.Length]);
                var timer = Stopwatch.StartNew();
                try
                {
                    using var response = await http.GetAsync(request, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
                    var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    latencies.Add(timer.Elapsed.TotalMilliseconds);
                    Interlocked.Add(ref bodyChars, body.Length);
                    if (!response.IsSuccessStatusCode) errors.AddOrUpdate($"HTTP {(int)response.StatusCode}", 1, (_, n) => n + 1);
                    if (body.Contains("database is locked", StringComparison.OrdinalIgnoreCase)) Interlocked.Increment(ref locked);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    errors.AddOrUpdate(ex.GetType().Name, 1, (_, n) => n + 1);
                }
            }
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(clients);
        var elapsed = watch.Elapsed;
        var ingestReport = await ingestion;

        var timings = new Timings("summary");
        foreach (var ms in latencies) timings.Add(TimeSpan.FromMilliseconds(ms));
        output.WriteLine(Invariant($"load: {options.Clients} clients, {timings.Count:N0} responses in {elapsed.TotalSeconds:0.0} s ({timings.Count / elapsed.TotalSeconds:N0} req/s) against {options.Url}{options.Path.TrimStart('/')}"));
        output.WriteLine(Invariant($"load: p50 {Timings.Ms(timings.P50)} ms, p95 {Timings.Ms(timings.P95)} ms, max {Timings.Ms(timings.Max)} ms"));
        // Characters, not bytes: enough to see what a response weighs (serialising it is what the server pays for).
        if (timings.Count > 0) output.WriteLine(Invariant($"load: mean response {bodyChars / (double)timings.Count / 1024:N1} K characters"));
        output.WriteLine(Invariant($"load: errors {errors.Values.Sum()} {(errors.IsEmpty ? "" : "(" + string.Join(", ", errors.Select(e => $"{e.Key}: {e.Value}")) + ")")}, 'database is locked' {locked}"));
        if (ingestReport != null) output.WriteLine(ingestReport);
        return errors.IsEmpty && locked == 0 ? 0 : 1;
    }

    /// <summary>The endpoint with a filter's query string; a path that carries parameters of its own (api/summary?limit=10) keeps them.</summary>
    internal static string WithQuery(string path, string query) =>
        query.Length == 0 ? path : path + (path.Contains('?') ? "&" : "?") + query;

    /// <summary>The filters the clients cycle through, written as the UI writes them in its URLs.</summary>
    private static string[] QueryStrings() =>
    [
        "",
        FactFilterQuery.ToQueryString(new FactFilter { OutletIds = [1] }),
        FactFilterQuery.ToQueryString(new FactFilter { From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 12, 31) }),
        FactFilterQuery.ToQueryString(new FactFilter { Kinds = [FactKind.Killed], Governorates = ["Nineveh"] }),
        FactFilterQuery.ToQueryString(new FactFilter { Claimants = ["قيادة العمليات المشتركة"] }),
        FactFilterQuery.ToQueryString(new FactFilter { IncludeVague = false }),
        FactFilterQuery.ToQueryString(new FactFilter { Kinds = [FactKind.Arrested], From = new DateOnly(2018, 1, 1), To = new DateOnly(2019, 6, 30) }),
    ];

    /// <summary>A second writer on the app's database: a generated corpus ingested through the app's own ingestion service.</summary>
    private static async Task<string?> IngestMeanwhileAsync(string database, int articles, int seed, CancellationToken ct)
    {
        var work = BenchServices.TempFolder("load-ingest");
        try
        {
            // A seed of its own, so the articles are new to the database rather than duplicates.
            var corpus = await CorpusWriter.WriteAsync(System.IO.Path.Combine(work, "corpus"), articles, seed + 7919, ct);
            await using var provider = BenchServices.Create(database);
            var watch = Stopwatch.StartNew();
            var summary = await provider.GetRequiredService<IIngestionService>().IngestPathsAsync([corpus.Folder], new IngestOptions(), null, ct);
            var failures = summary.Files.Where(f => f.Outcome == IngestOutcome.Failed).Select(f => f.Error).Take(3);
            return Invariant($"ingest meanwhile: {summary.Stored:N0} stored, {summary.Duplicates:N0} duplicates, {summary.Failed:N0} failed in {watch.Elapsed.TotalSeconds:0.0} s{(summary.Failed > 0 ? " (" + string.Join("; ", failures) + ")" : "")}");
        }
        finally
        {
            BenchServices.TryDeleteFolder(work);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
