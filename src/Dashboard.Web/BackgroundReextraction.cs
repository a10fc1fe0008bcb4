using Dashboard.Data.Ingestion;

namespace Dashboard.Web;

/// <summary>
/// Re-extracts the articles an older extractor stored while the app serves: a large store takes minutes, during which
/// readers had nothing but a refused connection. Figures change as it goes, a committed chunk of 256 articles at a
/// time; every page says so (<see cref="ReextractionStatus"/>). It starts once the warm-up has read the store, so the
/// first visitors are not kept waiting by both at once, and stops with the app (what is done is kept, the rest is read
/// at the next start).
/// </summary>
internal static class BackgroundReextraction
{
    public static void Start(WebApplication app, StartupReextraction? reextraction, Task warmUp)
    {
        if (reextraction is null) return;
        var ct = app.Lifetime.ApplicationStopping;
        _ = Task.Run(async () =>
        {
            try
            {
                // Never inline on the warm-up's last thread: that may be the host's start-up.
                await warmUp.WaitAsync(ct).ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
                await reextraction.RunAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                app.Logger.LogInformation("Re-extraction stopped with the app; the articles not yet re-read are read at the next start");
            }
            catch (Exception)
            {
                // Logged and shown by the re-extraction itself; the app goes on serving the stored facts.
            }
        }, CancellationToken.None);
    }
}
