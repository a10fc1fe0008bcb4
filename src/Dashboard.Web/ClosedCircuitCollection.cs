using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Dashboard.Web;

/// <summary>
/// Starts a background collection of the oldest generation when a circuit closes. An overview circuit holds about
/// 9 MB (its component tree and six figures) that has lived long enough to reach the oldest generation, which the
/// collector would otherwise leave until its own budget runs out; freed, that space takes the next visitors' state
/// instead of new regions. The collection is a background one (requests keep running, but for its short pauses and the
/// core it marks on), so it starts only after <see cref="ClosedCircuitCollectionPolicy.WorkBytes"/> of allocations since
/// the last and at most once every <see cref="ClosedCircuitCollectionPolicy.MinInterval"/>, however many tabs close.
/// </summary>
internal sealed class ClosedCircuitCollection(ClosedCircuitCollectionPolicy policy) : CircuitHandler
{
    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (policy.ShouldCollect(Environment.TickCount64, GC.GetTotalAllocatedBytes()))
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false, compacting: false);
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// Whether a closing circuit starts a collection: not when one started less than the interval ago, nor when little was
/// allocated since (an overview circuit's page loads allocate tens of megabytes; a quiet server's circuits, little).
/// </summary>
internal sealed class ClosedCircuitCollectionPolicy
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(2);

    public const long WorkBytes = 32L << 20;

    // Milliseconds (Environment.TickCount64) when the last collection started; long.MinValue before the first.
    private long _lastStarted = long.MinValue;
    private long _allocatedAtLast;

    public bool ShouldCollect(long nowMilliseconds, long totalAllocated)
    {
        while (true)
        {
            var last = Interlocked.Read(ref _lastStarted);
            if (last != long.MinValue && nowMilliseconds - last < (long)MinInterval.TotalMilliseconds) return false;
            if (totalAllocated - Interlocked.Read(ref _allocatedAtLast) < WorkBytes) return false;
            if (Interlocked.CompareExchange(ref _lastStarted, nowMilliseconds, last) != last) continue;
            Interlocked.Exchange(ref _allocatedAtLast, totalAllocated);
            return true;
        }
    }
}
