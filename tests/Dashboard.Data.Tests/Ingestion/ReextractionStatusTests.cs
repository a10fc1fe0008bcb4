using Dashboard.Data.Ingestion;

namespace Dashboard.Data.Tests.Ingestion;

public sealed class ReextractionStatusTests
{
    [Fact]
    public async Task Listeners_run_off_the_re_extracting_thread_and_a_failing_one_stops_nothing()
    {
        var status = new ReextractionStatus();
        var heard = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        status.Changed += () => throw new InvalidOperationException("a page gone wrong");
        status.Changed += () => heard.TrySetResult(Environment.CurrentManagedThreadId);

        // A thread of its own, as the re-extraction's writer is not the pool thread a listener may run on.
        var raiser = new Thread(() =>
        {
            status.Started("2", total: 2);
            status.Finished(reread: 2);
        });
        raiser.Start();
        raiser.Join();

        Assert.NotEqual(raiser.ManagedThreadId, await heard.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(new ReextractionState("2", 2, 2, Finished: true, Error: null, Reread: 2), status.Current);
    }

    [Fact]
    public void A_failure_keeps_how_far_it_got()
    {
        var status = new ReextractionStatus();
        status.Started("2", total: 10);

        status.Failed("disk full");

        Assert.Equal(new ReextractionState("2", 10, 0, Finished: false, Error: "disk full"), status.Current);
        Assert.False(status.Current!.Running);
    }
}
