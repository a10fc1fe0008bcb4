namespace Dashboard.Data.Ingestion;

/// <summary>Where the start-up re-extraction stands: what the pages show readers while figures change under them.</summary>
/// <param name="Reread">Articles whose new facts were stored (at the end; the others keep their facts and old version).</param>
public sealed record ReextractionState(string Version, int Total, int Done, bool Finished, string? Error, int Reread = 0)
{
    public bool Running => !Finished && Error is null;
}

/// <summary>
/// The process's one start-up re-extraction, as the app serves during it. <see cref="Changed"/> fires when it starts,
/// ends or fails, and in between at most once per <see cref="ReportEvery"/>, so a page that follows it re-renders
/// about once a second, not once per article. Listeners are called on the thread pool, never on the re-extracting
/// thread (which may hold the store's write lock), and a failing listener stops nothing.
/// </summary>
public sealed class ReextractionStatus(TimeProvider? time = null)
{
    public static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private long _reportedAt;
    private ReextractionState? _current;

    /// <summary>Null when no re-extraction ran in this process.</summary>
    public ReextractionState? Current => Volatile.Read(ref _current);

    /// <summary>Something changed; read <see cref="Current"/> (listeners may run after a later change).</summary>
    public event Action? Changed;

    public void Started(string version, int total) => Publish(new ReextractionState(version, total, 0, Finished: false, Error: null));

    public void Progressed(int done)
    {
        if (Current is not { Running: true } state || _time.GetElapsedTime(_reportedAt) < ReportEvery) return;
        Publish(state with { Done = Math.Min(done, state.Total) });
    }

    public void Finished(int reread)
    {
        if (Current is { } state) Publish(state with { Done = state.Total, Finished = true, Reread = reread });
    }

    public void Failed(string error)
    {
        if (Current is { } state) Publish(state with { Error = error });
    }

    private void Publish(ReextractionState state)
    {
        Volatile.Write(ref _current, state);
        _reportedAt = _time.GetTimestamp();
        foreach (var listener in Changed?.GetInvocationList() ?? [])
        {
            ThreadPool.UnsafeQueueUserWorkItem(static listener =>
            {
                try { ((Action)listener).Invoke(); }
                catch (Exception) { /* a page gone wrong must not stop the re-extraction */ }
            }, listener, preferLocal: false);
        }
    }
}
