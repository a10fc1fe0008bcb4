using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Hosting;

public sealed class ClosedCircuitCollectionPolicyTests
{
    private const long MB = 1L << 20;
    private static readonly long Interval = (long)ClosedCircuitCollectionPolicy.MinInterval.TotalMilliseconds;

    [Fact]
    public void The_first_closed_circuit_after_work_collects_and_the_next_ones_wait_for_the_interval()
    {
        var policy = new ClosedCircuitCollectionPolicy();

        Assert.True(policy.ShouldCollect(10_000, 100 * MB));
        Assert.False(policy.ShouldCollect(10_001, 300 * MB));
        Assert.False(policy.ShouldCollect(10_000 + Interval - 1, 300 * MB));
        Assert.True(policy.ShouldCollect(10_000 + Interval, 300 * MB));
        Assert.False(policy.ShouldCollect(10_000 + 10 * Interval, 300 * MB + 1)); // nothing allocated since
    }

    [Fact]
    public void Little_work_since_the_last_collection_is_not_worth_one()
    {
        var policy = new ClosedCircuitCollectionPolicy();

        Assert.False(policy.ShouldCollect(10_000, ClosedCircuitCollectionPolicy.WorkBytes - 1));
        Assert.True(policy.ShouldCollect(10_001, ClosedCircuitCollectionPolicy.WorkBytes));
    }

    [Fact]
    public void Circuits_closing_together_start_one_collection()
    {
        var policy = new ClosedCircuitCollectionPolicy();
        var started = 0;

        Parallel.For(0, 200, _ =>
        {
            if (policy.ShouldCollect(5_000, 100 * MB)) Interlocked.Increment(ref started);
        });

        Assert.Equal(1, started);
    }

    [Fact]
    public void A_clock_near_zero_still_collects_first()
    {
        // Environment.TickCount64 starts at boot: a young machine must not read as "collected just now".
        Assert.True(new ClosedCircuitCollectionPolicy().ShouldCollect(0, 100 * MB));
    }
}

public sealed class MemoryReleaseRegistrationTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public void Every_circuit_gets_the_closing_collection_and_all_share_one_policy()
    {
        using var first = app.Services.CreateScope();
        using var second = app.Services.CreateScope();

        Assert.Contains(first.ServiceProvider.GetServices<CircuitHandler>(), h => h is ClosedCircuitCollection);
        Assert.Same(first.ServiceProvider.GetRequiredService<ClosedCircuitCollectionPolicy>(),
            second.ServiceProvider.GetRequiredService<ClosedCircuitCollectionPolicy>());
    }
}

public sealed class NativeHeapTests
{
    // glibc answers 1 to mallopt whatever the option and to malloc_trim whenever it looked: these check that both entry
    // points resolve with the signatures declared (a wrong name or library would answer false, not throw).
    [Fact]
    public void The_arena_cap_reaches_the_C_library_on_linux() =>
        Assert.Equal(OperatingSystem.IsLinux(), NativeHeap.LimitArenas());

    [Fact]
    public void The_trim_reaches_the_C_library_on_linux() =>
        Assert.Equal(OperatingSystem.IsLinux(), NativeHeap.Trim());
}
