using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dashboard.Data;
using Dashboard.Data.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Cli.Commands;

/// <summary><c>dashboard ingest PATH… [options]</c>: stores articles from files and folders.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders (read recursively: .txt, .html, .htm, .json article records).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var outlet = CliOptions.Outlet();
        var published = CliOptions.Published();
        var url = new Option<string?>("--url") { Description = "Article URL; wins over sidecar and manifest." };
        var title = new Option<string?>("--title") { Description = "Article title; wins over sidecar, manifest and text." };
        var maxBytes = new Option<long?>("--max-bytes") { Description = "Largest file accepted, in bytes (default: Dashboard:MaxUploadBytes, 5 MB)." };
        var reextract = new Option<bool>("--reextract") { Description = "Also re-extract stored articles made by another extractor version." };
        var database = CliOptions.Database();

        var command = new Command("ingest", "Read, extract and store articles; files already stored are reported as duplicates.")
        {
            paths, outlet, published, url, title, maxBytes, reextract, database,
        };
        command.SetAction(async (parse, ct) =>
        {
            var inputs = parse.GetValue(paths) ?? [];
            if (inputs.Length == 0 && !parse.GetValue(reextract))
            {
                await console.Error.WriteLineAsync("ingest: give at least one PATH (or --reextract). Run 'dashboard ingest --help' for usage.");
                return Cli.UsageError;
            }
            // Unknown options reach the PATH list; a path that does not exist and looks like an option is a typo.
            if (inputs.FirstOrDefault(i => i.StartsWith('-') && !File.Exists(i) && !Directory.Exists(i)) is { } unknown)
            {
                await console.Error.WriteLineAsync($"ingest: unknown option '{unknown}'. Run 'dashboard ingest --help' for usage.");
                return Cli.UsageError;
            }
            if (parse.GetValue(maxBytes) is <= 0)
            {
                await console.Error.WriteLineAsync("ingest: --max-bytes must be a positive number of bytes.");
                return Cli.UsageError;
            }

            await using var services = await CliHost.StartAsync(parse.GetValue(database), ct);
            var ingestion = services.GetRequiredService<IIngestionService>();
            var settings = services.GetRequiredService<DashboardDataSettings>();
            var options = new IngestOptions
            {
                Outlet = parse.GetValue(outlet),
                Published = parse.GetValue(published),
                Url = parse.GetValue(url),
                Title = parse.GetValue(title),
                MaxBytes = parse.GetValue(maxBytes) ?? settings.MaxUploadBytes,
            };
            return await RunAsync(console, ingestion, inputs, options, parse.GetValue(reextract), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, IIngestionService ingestion, string[] inputs, IngestOptions options, bool reextract, CancellationToken ct)
    {
        var exitCode = Cli.Success;
        if (inputs.Length > 0)
        {
            var clock = Stopwatch.StartNew();
            var progress = new ProgressReporter(console);
            var summary = await ingestion.IngestPathsAsync(inputs, options, progress, ct);
            progress.Finish();
            clock.Stop();

            foreach (var file in summary.Files.Where(f => f.Outcome == IngestOutcome.Duplicate))
                await console.Out.WriteLineAsync($"duplicate: {file.Name} (already stored as article {file.ArticleId})");
            foreach (var file in summary.Files.Where(f => f.Outcome == IngestOutcome.Failed))
                await console.Error.WriteLineAsync($"failed: {file.Name}: {file.Error}");

            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Ingested {summary.Stored} articles ({summary.Duplicates} duplicates, {summary.Failed} failed, {summary.Facts} facts) in {seconds:0.0} s ({summary.Files.Count / seconds:0} files/s)."));
            if (summary.Failed > 0) exitCode = Cli.SomeInputsFailed;
        }
        if (reextract)
        {
            var progress = new ProgressReporter(console, "articles re-extracted");
            var count = await ingestion.ReextractAsync(all: false, progress, ct);
            progress.Finish();
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Re-extracted {count} articles."));
        }
        return exitCode;
    }
}
