using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Dashboard.Data.Bench;
using Dashboard.Data.Ingestion;
using Dashboard.Extraction;
using Dashboard.Extraction.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Cli.Bench;

/// <summary>
/// End-to-end ingestion of a generated corpus into a fresh database: articles/s, facts/s, cores used and peak working
/// set. With <c>--stages</c> it first times reading and extraction alone, so the writer's share is known.
/// </summary>
internal static class IngestBench
{
    public sealed record Options(int Articles, int Seed, string? Corpus, string? Database, bool Stages, bool Keep);

    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken ct)
    {
        var work = BenchServices.TempFolder("ingest");
        var corpus = options.Corpus ?? Path.Combine(work, "corpus");
        var database = options.Database ?? Path.Combine(work, "bench.db");
        try
        {
            if (!File.Exists(Path.Combine(corpus, MetadataFiles.ManifestFileName)))
            {
                var generation = Stopwatch.StartNew();
                var written = await CorpusWriter.WriteAsync(corpus, options.Articles, options.Seed, ct);
                output.WriteLine(Line($"corpus: {written.Articles:N0} articles, {written.PlantedFacts:N0} planted facts, {written.Bytes / 1048576.0:0.0} MB in {generation.Elapsed.TotalSeconds:0.0} s ({corpus})"));
            }
            BenchDatabase.Delete(database);
            await using var provider = BenchServices.Create(database);
            await BenchDatabase.MigrateAsync(provider.Contexts(), ct);

            if (options.Stages) await TimeReadAndExtractAsync(corpus, provider.GetRequiredService<IArticleExtractor>(), output, ct);

            var ingestion = provider.GetRequiredService<IIngestionService>();
            IngestSummary summary;
            TimeSpan elapsed;
            long peak, start;
            double cores;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            await using (var sampler = new MemorySampler())
            {
                var watch = Stopwatch.StartNew();
                summary = await ingestion.IngestPathsAsync([corpus], new IngestOptions(), progress: null, ct);
                elapsed = watch.Elapsed;
                cores = sampler.CoresUsed;
                await sampler.DisposeAsync();
                peak = sampler.PeakBytes;
                start = sampler.StartBytes;
            }

            var seconds = elapsed.TotalSeconds;
            var cpuPerArticle = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / Math.Max(1, summary.Files.Count);
            output.WriteLine(Line($"ingest: {summary.Stored:N0} stored, {summary.Duplicates:N0} duplicates, {summary.Failed:N0} failed, {summary.Facts:N0} facts in {seconds:0.00} s"));
            output.WriteLine(Line($"ingest: {summary.Files.Count / seconds:N0} articles/s, {summary.Facts / seconds:N0} facts/s, {cores:0.00} cores busy, {cpuPerArticle:0.00} CPU ms per article"));
            output.WriteLine(Line($"ingest: working set {MemorySampler.Megabytes(start)} at start, peak {MemorySampler.Megabytes(peak)}; database {new FileInfo(database).Length / 1048576.0:0.0} MB"));
            foreach (var failure in summary.Files.Where(f => f.Outcome == IngestOutcome.Failed).Take(5))
                output.WriteLine($"  failed: {failure.Name}: {failure.Error}");
            // After the run, so its arrays weigh on neither the rate nor the peak.
            output.WriteLine(MachineReport.Line());
            return summary.Failed == 0 ? 0 : 1;
        }
        finally
        {
            if (!options.Keep && options.Corpus == null && options.Database == null) BenchServices.TryDeleteFolder(work);
            else if (!options.Keep && options.Database == null) BenchDatabase.Delete(database);
        }
    }

    /// <summary>Reading, decoding, metadata sniffing and extraction in parallel with nothing stored: the CPU-bound part alone.</summary>
    private static async Task TimeReadAndExtractAsync(string corpus, IArticleExtractor extractor, TextWriter output, CancellationToken ct)
    {
        var files = Directory.EnumerateFiles(corpus).Where(ArticleReader.IsArticleFile).ToList();
        var facts = 0;
        var decode = new ConcurrentBag<double>();
        var extract = new ConcurrentBag<double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(files, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, async (file, token) =>
        {
            var read = Stopwatch.StartNew();
            var articles = await ArticleReader.ReadAsync(IngestSource.FromFile(file), long.MaxValue, token);
            decode.Add(read.Elapsed.TotalMilliseconds);
            foreach (var article in articles.Where(a => a.Succeeded))
            {
                var step = Stopwatch.StartNew();
                var sniffed = TextMetadata.Sniff(article.Text!);
                var result = extractor.Extract(article.Text!, sniffed.Published);
                ContentHash.Compute(article.Text!);
                extract.Add(step.Elapsed.TotalMilliseconds);
                Interlocked.Add(ref facts, result.Facts.Count);
            }
        });
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        output.WriteLine(Line($"stages: {cpuMs / Math.Max(1, files.Count):0.00} CPU ms per article to read, extract and hash (the machine's load does not inflate CPU time)"));
        output.WriteLine(Line($"stages: read+decode {decode.Sum() / Math.Max(1, decode.Count):0.000} ms/file, sniff+extract+hash {extract.Sum() / Math.Max(1, extract.Count):0.000} ms/article (per thread)"));
        output.WriteLine(Line($"stages: read and extract only, {Environment.ProcessorCount} threads: {files.Count / seconds:N0} articles/s, {facts:N0} facts"));
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
