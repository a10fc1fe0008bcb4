using Microsoft.JSInterop;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// Collects the redraws the chart panels of one page ask for after the same render and sends them to the browser in
/// one call, so the browser draws them in one task rather than one task (and one page layout) per chart. A page
/// cascades one to its <see cref="ChartPanel"/>s; a panel without one redraws on its own.
/// </summary>
public sealed class ChartRedrawBatch(IJSRuntime js)
{
    private readonly List<ChartRedrawScript.Redraw> queued = [];
    private Task? sending;

    /// <summary>Queues a chart's redraw; completes when the call carrying it has drawn it.</summary>
    public Task RedrawAsync(ChartRedrawScript.Redraw redraw, CancellationToken cancellationToken)
    {
        // A newer figure for a chart replaces one not sent yet.
        queued.RemoveAll(r => r.Id == redraw.Id);
        queued.Add(redraw);
        // The call serves every panel queued in it: one panel going away does not cancel it for the others.
        return (sending ??= SendAfterTheRenderAsync()).WaitAsync(cancellationToken);
    }

    private async Task SendAfterTheRenderAsync()
    {
        // The renderer calls every updated panel's OnAfterRenderAsync in one go on the circuit's synchronization
        // context; yielding to it lets the other panels of the same render queue their redraws first.
        await Task.Yield();
        ChartRedrawScript.Redraw[] redraws = [.. queued];
        queued.Clear();
        sending = null;
        await js.InvokeVoidAsync(ChartRedrawScript.React, ChartRedrawScript.Serialize(redraws));
    }
}
