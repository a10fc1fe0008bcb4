using System.Runtime;

namespace Dashboard.Web;

/// <summary>
/// Returns memory to the system once the server goes quiet after work. The garbage a burst of page loads leaves (JSON
/// of the figures, render batches, results of filters no one looks at any more) sits in the oldest generation, and the
/// collector has no reason to look at it while nothing is allocated; on a server that holds a large snapshot that is a
/// hundred megabytes or more of working set kept for nothing. One blocking, compacting collection when the process has
/// been quiet for a few seconds gives it back, at a moment when nobody waits for the pause; the C library's free pages go
/// back with it (<see cref="NativeHeap.Trim"/>).
/// </summary>
internal sealed class IdleMemoryTrim(ILogger<IdleMemoryTrim> logger) : BackgroundService
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var policy = new IdleTrimPolicy(GC.GetTotalAllocatedBytes());
        using var timer = new PeriodicTimer(CheckEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!policy.ShouldTrim(GC.GetTotalAllocatedBytes())) continue;
                var before = Environment.WorkingSet;
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var holes = LargeObjectHoles();
                var compactLarge = IdleTrimPolicy.WorthMovingLargeObjects(holes);
                if (compactLarge) GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                NativeHeap.Trim();
                policy.Trimmed(GC.GetTotalAllocatedBytes());
                logger.LogDebug("Quiet after work: working set {Before} MB -> {After} MB in {Milliseconds:F0} ms (large-object holes {Holes} MB{Moved})",
                    before >> 20, Environment.WorkingSet >> 20, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, holes >> 20,
                    compactLarge ? ", moved" : "");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    // Free space among the large objects as the last collection left it.
    private static long LargeObjectHoles()
    {
        var generations = GC.GetGCMemoryInfo(GCKind.Any).GenerationInfo;
        return generations.Length > 3 ? generations[3].FragmentationAfterBytes : 0;
    }
}

/// <summary>
/// When a trim is worth its pause: the process allocated little since the last check (it is quiet) after it allocated
/// a lot since the last trim (there was work whose garbage may be lying around). Once per quiet spell.
/// </summary>
internal sealed class IdleTrimPolicy(long allocatedAtStart)
{
    /// <summary>An idle server allocates tens of kilobytes a second (timers, logging); a page load, megabytes.</summary>
    public const long QuietBytes = 2L << 20;

    /// <summary>Less work than this since the last trim leaves too little garbage to be worth a full collection.</summary>
    public const long WorkBytes = 64L << 20;

    /// <summary>
    /// Free space among the large objects (the snapshot's four-byte columns and sort orders, 4 MB each at a million
    /// facts; smaller arrays are ordinary objects, see System.GC.LOHThreshold) worth moving them for: moving them raised
    /// the working set for a moment by 7 MB (above the peak of the ten browser sessions before it, at a million facts)
    /// and gave nothing back when, as after start-up and after those sessions, there were no holes. Holes come when a
    /// grown snapshot lets go of its old columns.
    /// </summary>
    public const long LargeObjectHolesWorthMoving = 8L << 20;

    public static bool WorthMovingLargeObjects(long holes) => holes >= LargeObjectHolesWorthMoving;

    private long _atLastCheck = allocatedAtStart;
    private long _atLastTrim = allocatedAtStart;

    /// <summary>Called each check with the process's total allocated bytes so far.</summary>
    public bool ShouldTrim(long totalAllocated)
    {
        var sinceCheck = totalAllocated - _atLastCheck;
        _atLastCheck = totalAllocated;
        return sinceCheck < QuietBytes && totalAllocated - _atLastTrim >= WorkBytes;
    }

    /// <summary>The trim's own allocations (if any) do not count as work.</summary>
    public void Trimmed(long totalAllocated) => _atLastTrim = _atLastCheck = totalAllocated;
}
