using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Dashboard.Web;

/// <summary>
/// Starts a background collection of the oldest generation when a circuit closes. An overview circuit holds about
/// 9 MB (its component tree and six figures) that has lived long enough to reach the oldest generation, which the
/// collector would otherwise leave until its own budget runs out; freed, that space takes the next visitors' state
/// instead of new regions. The collection is concurrent (requests keep running) and at most one starts every
/// <see cref="ClosedCircuitCollectionPolicy.MinInterval"/>, however many tabs close at once.
/// </summary>
internal sealed class ClosedCircuitCollection(ClosedCircuitCollectionPolicy policy) : CircuitHandler
{
    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (policy.ShouldCollect(Environment.TickCount64))
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false, compacting: false);
        }
        return Task.CompletedTask;
    }
}

/// <summary>Whether a closing circuit starts a collection: not when one started less than the interval ago.</summary>
internal sealed class ClosedCircuitCollectionPolicy
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(2);

    // Milliseconds (Environment.TickCount64) when the last collection started; long.MinValue before the first.
    private long _lastStarted = long.MinValue;

    public bool ShouldCollect(long nowMilliseconds)
    {
        while (true)
        {
            var last = Interlocked.Read(ref _lastStarted);
            if (last != long.MinValue && nowMilliseconds - last < (long)MinInterval.TotalMilliseconds) return false;
            if (Interlocked.CompareExchange(ref _lastStarted, nowMilliseconds, last) == last) return true;
        }
    }
}
