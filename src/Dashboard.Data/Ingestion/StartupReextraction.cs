using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// The articles an older extractor stored, read again by the current one. Minutes for a large store (700–1,000
/// articles a second on two cores), so it logs how many and how far it has come every <see cref="LogEvery"/>, and tells
/// <see cref="ReextractionStatus"/> (which the pages show) as it goes. Stopped part-way, it loses nothing: each chunk is
/// committed whole, and the articles not reached keep their facts and their old version, to be read at the next start.
/// </summary>
public sealed class StartupReextraction(IIngestionService ingestion, string extractorVersion, IReadOnlyList<int> articleIds,
    ReextractionStatus? status, ILogger logger)
{
    public static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(10);

    public int Count => articleIds.Count;

    public async Task RunAsync(CancellationToken ct = default)
    {
        logger.LogInformation("Re-extracting {Total} articles stored by an older extractor version", articleIds.Count);
        status?.Started(extractorVersion, articleIds.Count);
        try
        {
            var reread = await ingestion.ReextractAsync(articleIds, new Progress(logger, status), ct);
            status?.Finished(reread);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            status?.Failed("stopped");
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Re-extraction stopped; the articles not yet re-read keep their facts until the next start");
            status?.Failed(ex.Message);
            throw;
        }
    }

    // Reported synchronously on the re-extracting thread (System.Progress would post to the thread pool, out of order).
    private sealed class Progress(ILogger logger, ReextractionStatus? status) : IProgress<IngestProgress>
    {
        private readonly System.Diagnostics.Stopwatch _sinceLogged = System.Diagnostics.Stopwatch.StartNew();

        public void Report(IngestProgress value)
        {
            status?.Progressed(value.Done);
            if (_sinceLogged.Elapsed < LogEvery || value.Done >= value.Total) return;
            logger.LogInformation("Re-extracted {Done} of {Total} articles", value.Done, value.Total);
            _sinceLogged.Restart();
        }
    }
}
