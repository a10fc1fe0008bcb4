using System.Diagnostics;

namespace Dashboard.Cli.Bench;

/// <summary>
/// Samples the process's working set while an operation runs, so a phase's own peak can be reported (the process-wide
/// peak would include whatever ran before it). Also tracks CPU time, to tell how many cores the phase kept busy.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart;

    public MemorySampler(TimeSpan? interval = null)
    {
        _process.Refresh();
        StartBytes = _process.WorkingSet64;
        PeakBytes = StartBytes;
        _cpuAtStart = _process.TotalProcessorTime;
        _sampling = SampleAsync(interval ?? TimeSpan.FromMilliseconds(50), _stop.Token);
    }

    public long StartBytes { get; }

    public long PeakBytes { get; private set; }

    /// <summary>CPU seconds per wall second since the sampler started (2.0 = two cores busy).</summary>
    public double CoresUsed
    {
        get
        {
            _process.Refresh();
            var wall = _wall.Elapsed.TotalSeconds;
            return wall <= 0 ? 0 : (_process.TotalProcessorTime - _cpuAtStart).TotalSeconds / wall;
        }
    }

    private async Task SampleAsync(TimeSpan interval, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) Sample();
        }
        catch (OperationCanceledException)
        {
            // Stopped by DisposeAsync.
        }
    }

    private void Sample()
    {
        _process.Refresh();
        PeakBytes = Math.Max(PeakBytes, _process.WorkingSet64);
    }

    private bool _stopped;

    /// <summary>Takes a last sample and stops sampling; safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped) return;
        _stopped = true;
        Sample();
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
        _process.Dispose();
    }

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
