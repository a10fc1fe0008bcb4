using System.Globalization;
using System.Text.Json;
using Bunit;
using Dashboard.Web.Components.Charts;
using Dashboard.Data.Queries;
using Dashboard.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Interop;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>
/// bUnit context for the dashboard's components: MudBlazor, localization, fake queries, and STRICT JS interop: every
/// call must be expected. chart-redraw.js's calls are recorded so tests can assert what was drawn.
/// </summary>
public abstract class DashboardComponentTest : BunitContext
{
    static DashboardComponentTest() => WaitTimeout.Apply();

    protected DashboardComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Strict;
        Drawings = JSInterop.SetupVoid(ChartRedrawScript.React, _ => true);
        Drawings.SetVoidResult();
        ClickListeners = JSInterop.SetupVoid(ChartRedrawScript.Listen, _ => true);
        ClickListeners.SetVoidResult();
        JSInterop.SetupVoid(ChartRedrawScript.Forget, _ => true).SetVoidResult();
        // MudBlazor's own helpers (popovers, resize observers, key interceptors): allowed, but only those.
        JSInterop.SetupVoid(invocation => invocation.Identifier.StartsWith("mud", StringComparison.Ordinal)).SetVoidResult();
        JSInterop.Setup<bool>("window.hasOwnProperty", "mudElementRef").SetResult(true);
        JSInterop.SetupVoid("document.documentElement.setAttribute", "data-interactive", "true").SetVoidResult();
        JSInterop.Setup<int>(invocation => invocation.Identifier.StartsWith("mud", StringComparison.Ordinal)).SetResult(0);
        JSInterop.Setup<bool>(invocation => invocation.Identifier.StartsWith("mud", StringComparison.Ordinal)).SetResult(true);
        JSInterop.Setup<BoundingClientRect>(invocation => invocation.Identifier.StartsWith("mud", StringComparison.Ordinal)).SetResult(new BoundingClientRect());
        JSInterop.Setup<BoundingClientRect[]>(invocation => invocation.Identifier.StartsWith("mud", StringComparison.Ordinal)).SetResult([]);

        Services.AddMudServices();
        Services.AddDashboardLocalization();
        Services.AddSingleton<IDashboardQueries>(Queries);
        Reextraction = new(Clock);
        Services.AddSingleton(Reextraction);
    }

    /// <summary>The start-up re-extraction the layout reports on (none ran unless a test starts it).</summary>
    protected Dashboard.Data.Ingestion.ReextractionStatus Reextraction { get; }

    /// <summary>The clock <see cref="Reextraction"/> reads.</summary>
    protected ManualTime Clock { get; } = new();

    protected FakeDashboardQueries Queries { get; } = new();

    // xunit 2 disposes test classes synchronously, but MudBlazor registers services that only dispose asynchronously.
    protected override void Dispose(bool disposing)
    {
        if (disposing) DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Calls of dashboardCharts.react: each one UTF-8 JSON array of { id, data, layout, config }.</summary>
    protected JSRuntimeInvocationHandler Drawings { get; }

    protected JSRuntimeInvocationHandler ClickListeners { get; }

    /// <summary>The charts drawn so far, in call order: (call number, the chart's JSON).</summary>
    protected IReadOnlyList<(int Call, JsonElement Chart)> Drawn =>
        [.. Drawings.Invocations.SelectMany((call, n) => JsonDocument.Parse((byte[])call.Arguments[0]!).RootElement.EnumerateArray().Select(chart => (n, chart)))];

    protected IReadOnlyList<string> DrawnIds => [.. Drawn.Select(d => d.Chart.GetProperty("id").GetString()!)];

    /// <summary>Runs the test body in a UI culture ("ar-IQ", "en"), restoring the previous one.</summary>
    protected static IDisposable UseCulture(string name)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        return new Restore(() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous);
    }

    private sealed class Restore(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
