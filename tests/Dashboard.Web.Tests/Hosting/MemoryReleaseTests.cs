using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Hosting;

public sealed class ClosedCircuitCollectionPolicyTests
{
    private static readonly long Interval = (long)ClosedCircuitCollectionPolicy.MinInterval.TotalMilliseconds;

    [Fact]
    public void The_first_closed_circuit_collects_and_the_next_ones_wait_for_the_interval()
    {
        var policy = new ClosedCircuitCollectionPolicy();

        Assert.True(policy.ShouldCollect(10_000));
        Assert.False(policy.ShouldCollect(10_001));
        Assert.False(policy.ShouldCollect(10_000 + Interval - 1));
        Assert.True(policy.ShouldCollect(10_000 + Interval));
        Assert.False(policy.ShouldCollect(10_000 + Interval + 1));
    }

    [Fact]
    public void Circuits_closing_together_start_one_collection()
    {
        var policy = new ClosedCircuitCollectionPolicy();
        var started = 0;

        Parallel.For(0, 200, _ =>
        {
            if (policy.ShouldCollect(5_000)) Interlocked.Increment(ref started);
        });

        Assert.Equal(1, started);
    }

    [Fact]
    public void A_clock_near_zero_still_collects_first()
    {
        // Environment.TickCount64 starts at boot: a young machine must not read as "collected just now".
        Assert.True(new ClosedCircuitCollectionPolicy().ShouldCollect(0));
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
    [Fact]
    public void The_C_library_takes_the_arena_cap_on_linux()
    {
        // glibc's mallopt answers 1 when it accepts the option; a wrong option number or entry point answers 0 or throws.
        Assert.Equal(OperatingSystem.IsLinux(), NativeHeap.LimitArenas());
    }

    [Fact]
    public void A_trim_gives_freed_native_memory_back_on_linux()
    {
        // 64 MB in blocks small enough to come from the arenas (not mapped one by one), then freed: pages to give back.
        var blocks = new IntPtr[2048];
        var ones = Enumerable.Repeat((byte)1, 32 * 1024).ToArray();
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(32 * 1024);
            Marshal.Copy(ones, 0, blocks[i], ones.Length); // touched, so resident
        }
        foreach (var block in blocks) Marshal.FreeHGlobal(block);

        Assert.Equal(OperatingSystem.IsLinux(), NativeHeap.Trim());
    }
}
