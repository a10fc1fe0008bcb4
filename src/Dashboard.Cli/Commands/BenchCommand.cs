using System.CommandLine;
using System.Globalization;
using Dashboard.Cli.Bench;
using Dashboard.Data.Bench;
using Dashboard.Data.Export;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>dashboard bench …</c>: a realistic corpus at any size, and the figures that say whether the dashboard stays
/// fast at a year's scale (ingestion rate, query latencies against a hand-written SQL floor, export memory, load).
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Generate realistic corpora and measure ingestion, queries, exports, load and the browser's view.");
        command.Subcommands.Add(Corpus());
        command.Subcommands.Add(Ingest());
        command.Subcommands.Add(SeedDb());
        command.Subcommands.Add(Queries());
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Load());
        command.Subcommands.Add(Browser());
        command.Subcommands.Add(PlotlyPlanCommand());
        return command;
    }

    private static Option<int> SeedOption() => new("--seed") { Description = "Seed of the generator: the same seed gives the same bytes.", DefaultValueFactory = _ => 1 };

    private static Command Corpus()
    {
        var articles = new Option<int>("--articles") { Description = "Number of articles.", Required = true };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write the articles, manifest.json and planted.jsonl into.", Required = true };
        var seed = SeedOption();
        var command = new Command("corpus", "Write N generated articles with a manifest.json, and the planted figures to planted.jsonl (not ingested).")
        {
            articles, outDir, seed,
        };
        command.SetAction(async (result, ct) =>
        {
            var n = result.GetValue(articles);
            if (n < 0) return Fail(result, "--articles must be 0 or more.");
            var summary = await CorpusWriter.WriteAsync(result.GetValue(outDir)!.FullName, n, result.GetValue(seed), ct);
            Out(result).WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Articles:N0} articles, {summary.PlantedFacts:N0} planted facts, {summary.Bytes / 1048576.0:0.0} MB -> {summary.Folder} (answers in {summary.PlantedPath})"));
            return 0;
        });
        return command;
    }

    private static Command Ingest()
    {
        var articles = new Option<int>("--articles") { Description = "Articles to generate and ingest.", DefaultValueFactory = _ => 10_000 };
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = "Use this corpus folder (generated there first if it has no manifest.json)." };
        var db = new Option<FileInfo?>("--db") { Description = "Database file to create (default: a fresh temp file)." };
        var stages = new Option<bool>("--stages") { Description = "First time reading and extraction alone (no storage), to see the writer's share." };
        var keep = new Option<bool>("--keep") { Description = "Keep the generated corpus and database." };
        var seed = SeedOption();
        var command = new Command("ingest", "Generate a corpus, ingest it into a fresh database, print articles/s, facts/s and peak working set.")
        {
            articles, corpus, db, stages, keep, seed,
        };
        command.SetAction((result, ct) =>
        {
            var n = result.GetValue(articles);
            if (n < 1) return Task.FromResult(Fail(result, "--articles must be at least 1."));
            return IngestBench.RunAsync(new IngestBench.Options(n, result.GetValue(seed), result.GetValue(corpus)?.FullName, result.GetValue(db)?.FullName,
                result.GetValue(stages), result.GetValue(keep)), Out(result), ct);
        });
        return command;
    }

    private static Command SeedDb()
    {
        var facts = new Option<int>("--facts") { Description = "Fact rows.", DefaultValueFactory = _ => 1_000_000 };
        var articles = new Option<int>("--articles") { Description = "Article rows.", DefaultValueFactory = _ => 200_000 };
        var outFile = new Option<FileInfo>("--out") { Description = "Database file to create (replaced if it exists).", Required = true };
        var seed = SeedOption();
        var command = new Command("seed-db", "Build a database of synthetic rows quickly (direct inserts, no extraction) for query timings.")
        {
            facts, articles, outFile, seed,
        };
        command.SetAction(async (result, ct) =>
        {
            if (result.GetValue(articles) < 1 || result.GetValue(facts) < 0) return Fail(result, "--articles must be at least 1 and --facts 0 or more.");
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var summary = await SyntheticDatabase.CreateAsync(result.GetValue(outFile)!.FullName, result.GetValue(facts), result.GetValue(articles), result.GetValue(seed), ct);
            Out(result).WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Facts:N0} facts, {summary.Articles:N0} articles, {summary.DateMentions:N0} date mentions, {summary.Outlets} outlets; {summary.Bytes / 1048576.0:0} MB in {watch.Elapsed.TotalSeconds:0.0} s"));
            return 0;
        });
        return command;
    }

    private static Command Queries()
    {
        var db = new Option<FileInfo>("--db") { Description = "Database to query (see seed-db).", Required = true };
        var runs = new Option<int>("--runs") { Description = "Timed runs per measurement.", DefaultValueFactory = _ => 20 };
        var warmups = new Option<int>("--warmups") { Description = "Untimed runs first.", DefaultValueFactory = _ => 2 };
        var sections = new Option<string>("--sections") { Description = "all, or a comma list of: aggregates, overview, pages.", DefaultValueFactory = _ => "all" };
        var cached = new Option<bool>("--cached") { Description = "Time the app's cached queries (repeat views) instead of computing every aggregate afresh." };
        var sql = new Option<bool>("--sql") { Description = "Time the aggregates as SQL over the tables instead of over the in-memory snapshot the app uses." };
        var command = new Command("queries", "Time every overview aggregate (p50/p95) for several filters beside hand-written SQL, facts pages and the whole overview.")
        {
            db, runs, warmups, sections, cached, sql,
        };
        command.SetAction((result, ct) =>
        {
            if (result.GetValue(runs) < 1 || result.GetValue(warmups) < 0) return Task.FromResult(Fail(result, "--runs must be at least 1 and --warmups 0 or more."));
            if (result.GetValue(cached) && result.GetValue(sql)) return Task.FromResult(Fail(result, "Choose --cached or --sql, not both."));
            return QueryBench.RunAsync(new QueryBench.Options(result.GetValue(db)!.FullName, result.GetValue(runs), result.GetValue(warmups), result.GetValue(sections)!,
                result.GetValue(cached), result.GetValue(sql)), Out(result), result.InvocationConfiguration.Error, ct);
        });
        return command;
    }

    private static Command Export()
    {
        var db = new Option<FileInfo>("--db") { Description = "Database whose facts are exported.", Required = true };
        var format = new Option<ExportFormat>("--format") { Description = "csv, xlsx or json.", DefaultValueFactory = _ => ExportFormat.Csv };
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the export here (default: count the bytes and discard them)." };
        var command = new Command("export", "Stream every fact through the exporter; print rows/s and the working set while streaming.")
        {
            db, format, outFile,
        };
        command.SetAction((result, ct) =>
            ExportBench.RunAsync(new ExportBench.Options(result.GetValue(db)!.FullName, result.GetValue(format), result.GetValue(outFile)?.FullName), Out(result), result.InvocationConfiguration.Error, ct));
        return command;
    }

    private static Command Load()
    {
        var url = new Option<string>("--url") { Description = "Base address of the running app (loopback only), e.g. http://127.0.0.1:5080/.", Required = true };
        var path = new Option<string>("--path") { Description = "Endpoint the clients call with their filters.", DefaultValueFactory = _ => "api/summary" };
        var clients = new Option<int>("--clients") { Description = "Simultaneous clients.", DefaultValueFactory = _ => 50 };
        var seconds = new Option<int>("--seconds") { Description = "How long the clients run.", DefaultValueFactory = _ => 20 };
        var maxRequests = new Option<int>("--max-requests") { Description = "Upper bound on requests sent.", DefaultValueFactory = _ => 100_000 };
        var db = new Option<FileInfo?>("--db") { Description = "The app's database file: with --ingest, articles are ingested into it meanwhile." };
        var ingest = new Option<int>("--ingest") { Description = "Articles to generate and ingest into --db while the clients run.", DefaultValueFactory = _ => 0 };
        var seed = SeedOption();
        var command = new Command("load", "Simultaneous clients applying filters against the app's API, optionally while an ingestion runs.")
        {
            url, path, clients, seconds, maxRequests, db, ingest, seed,
        };
        command.SetAction((result, ct) =>
        {
            if (result.GetValue(clients) < 1 || result.GetValue(seconds) < 1 || result.GetValue(maxRequests) < 1)
                return Task.FromResult(Fail(result, "--clients, --seconds and --max-requests must be at least 1."));
            if (result.GetValue(ingest) > 0 && result.GetValue(db) is null) return Task.FromResult(Fail(result, "--ingest needs --db (the app's database file)."));
            if (!Uri.TryCreate(result.GetValue(url), UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
                return Task.FromResult(Fail(result, "--url must be an absolute http address such as http://127.0.0.1:5080/."));
            if (!baseUrl.AbsoluteUri.EndsWith('/')) baseUrl = new Uri(baseUrl.AbsoluteUri + "/");
            return LoadBench.RunAsync(new LoadBench.Options(baseUrl, result.GetValue(path)!.TrimStart('/'), result.GetValue(clients), result.GetValue(seconds),
                result.GetValue(maxRequests), result.GetValue(db)?.FullName, result.GetValue(ingest), result.GetValue(seed)), Out(result), result.InvocationConfiguration.Error, ct);
        });
        return command;
    }

    private static Command Browser()
    {
        var url = new Option<string>("--url") { Description = "Address of the running app's overview (loopback only), e.g. http://127.0.0.1:5080/.", Required = true };
        var runs = new Option<int>("--runs") { Description = "Runs, each a fresh browser context: a first load, then a filter change.", DefaultValueFactory = _ => 5 };
        var pid = new Option<int?>("--pid") { Description = "The app's process id: print its working set before and after." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the charts of one load or filter change.", DefaultValueFactory = _ => 120 };
        var pause = new Option<int>("--pause") { Description = "Seconds to wait between runs (longer than the app's result cache lifetime to time first views only).", DefaultValueFactory = _ => 0 };
        var chromium = new Option<string>("--chromium") { Description = "Chromium executable.", DefaultValueFactory = _ => "/usr/bin/chromium" };
        var network = new Option<string?>("--network") { Description = "Emulate a network link for the page's HTTP requests (not the circuit's WebSocket): \"MBIT,RTT\", e.g. 20,40 for 20 Mbit/s each way and a 40 ms round trip." };
        var command = new Command("browser", "Time, in headless Chromium, the overview's first load until the charts in view and then those near it are drawn, a filter change until they are redrawn, a jump to the page's end and a second visit.")
        {
            url, runs, pid, timeout, pause, chromium, network,
        };
        command.SetAction((result, ct) =>
        {
            if (result.GetValue(runs) < 1 || result.GetValue(timeout) < 1 || result.GetValue(pause) < 0)
                return Task.FromResult(Fail(result, "--runs and --timeout must be at least 1, --pause 0 or more."));
            if (!Uri.TryCreate(result.GetValue(url), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
                return Task.FromResult(Fail(result, "--url must be an absolute http address such as http://127.0.0.1:5080/."));
            var link = BrowserBench.NetworkLink.Parse(result.GetValue(network));
            if (result.GetValue(network) is not null && link is null)
                return Task.FromResult(Fail(result, "--network must be MBIT,RTT with a positive throughput in Mbit/s and a round trip in ms, e.g. 20,40."));
            return BrowserBench.RunAsync(new BrowserBench.Options(address, result.GetValue(runs), result.GetValue(pid), TimeSpan.FromSeconds(result.GetValue(timeout)),
                TimeSpan.FromSeconds(result.GetValue(pause)), result.GetValue(chromium)!, link), Out(result), result.InvocationConfiguration.Error, ct);
        });
        return command;
    }

    private static Command PlotlyPlanCommand()
    {
        var url = new Option<string>("--url") { Description = "Address of the running app's overview (loopback only, with data), e.g. http://127.0.0.1:5080/.", Required = true };
        var outFile = new Option<FileInfo>("--out") { Description = "Plan to write: src/Dashboard.Web/Scripts/PlotlyCompilePlan.json for the app.", Required = true };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the charts of one page.", DefaultValueFactory = _ => 120 };
        var chromium = new Option<string>("--chromium") { Description = "Chromium executable.", DefaultValueFactory = _ => "/usr/bin/chromium" };
        var command = new Command("plotly-plan", "Record, in headless Chromium, which plotly.js functions the overview runs while it draws its charts, and write the plan the app sends plotly.js by (those functions compiled while the file streams in).")
        {
            url, outFile, timeout, chromium,
        };
        command.SetAction((result, ct) =>
        {
            if (result.GetValue(timeout) < 1) return Task.FromResult(Fail(result, "--timeout must be at least 1."));
            if (!Uri.TryCreate(result.GetValue(url), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
                return Task.FromResult(Fail(result, "--url must be an absolute http address such as http://127.0.0.1:5080/."));
            return PlotlyPlan.RunAsync(new PlotlyPlan.Options(address, result.GetValue(outFile)!.FullName, result.GetValue(chromium)!, TimeSpan.FromSeconds(result.GetValue(timeout))),
                Out(result), result.InvocationConfiguration.Error, ct);
        });
        return command;
    }

    /// <summary>The writers the command line was invoked with (the console, or a test's string writers).</summary>
    private static TextWriter Out(ParseResult result) => result.InvocationConfiguration.Output;

    private static int Fail(ParseResult result, string message)
    {
        result.InvocationConfiguration.Error.WriteLine(message);
        return Cli.UsageError;
    }
}
