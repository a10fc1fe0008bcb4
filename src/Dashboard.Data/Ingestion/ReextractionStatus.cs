namespace Dashboard.Data.Ingestion;

/// <summary>Where the start-up re-extraction stands: what the pages show readers while figures change under them.</summary>
public sealed record ReextractionState(string Version, int Total, int Done, bool Finished, string? Error)
{
    public bool Running => !Finished && Error is null;
}

/// <summary>
/// The process's one start-up re-extraction, as the app serves during it. <see cref="Changed"/> fires when it starts,
/// ends or fails, and in between at most once per <see cref="ReportEvery"/>, so a page that follows it re-renders
/// about once a second, not once per article.
/// </summary>
public sealed class ReextractionStatus
{
    public static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(1);

    private readonly System.Diagnostics.Stopwatch _sinceReported = new();
    private ReextractionState? _current;

    /// <summary>Null when no re-extraction ran in this process.</summary>
    public ReextractionState? Current => Volatile.Read(ref _current);

    public event Action<ReextractionState>? Changed;

    public void Started(string version, int total) => Publish(new ReextractionState(version, total, 0, Finished: false, Error: null));

    public void Progressed(int done)
    {
        if (Current is not { Running: true } state || _sinceReported.Elapsed < ReportEvery) return;
        Publish(state with { Done = Math.Min(done, state.Total) });
    }

    public void Finished()
    {
        if (Current is { } state) Publish(state with { Done = state.Total, Finished = true });
    }

    public void Failed(string error)
    {
        if (Current is { } state) Publish(state with { Error = error });
    }

    private void Publish(ReextractionState state)
    {
        Volatile.Write(ref _current, state);
        _sinceReported.Restart();
        Changed?.Invoke(state);
    }
}
