using System.Globalization;
using Bunit;
using Dashboard.Data.Queries;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Interop;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>
/// bUnit context for the dashboard's components: MudBlazor, localization, fake queries, and STRICT JS interop: every
/// call must be expected. Plotly.Blazor's interop module is set up so tests can assert what was drawn.
/// </summary>
public abstract class DashboardComponentTest : BunitContext
{
    /// <summary>The module Plotly.Blazor imports; the file name carries the package version.</summary>
    public const string PlotlyInteropModule = "./_content/Plotly.Blazor/plotly-interop-7.2.0.js";

    protected DashboardComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Strict;
        Plotly = JSInterop.SetupModule(PlotlyInteropModule);
        Plotly.SetupVoid("importScript", _ => true).SetVoidResult();
        Plotly.SetupVoid("newPlot", _ => true).SetVoidResult();
        Plotly.SetupVoid("react", _ => true).SetVoidResult();
        Plotly.SetupVoid("subscribeClickEvent", _ => true).SetVoidResult();
        Plotly.Setup<string>("downloadImage", _ => true).SetResult("");
        // MudBlazor's own helpers (popovers, resize observers, key interceptors): allowed, but only those.
        JSInterop.SetupVoid(invocation => invocation.Identifier.StartsWith("mud", StringComparison.Ordinal)).SetVoidResult();
        JSInterop.Setup<bool>("window.hasOwnProperty", "mudElementRef").SetResult(true);
        JSInterop.SetupVoid("document.documentElement.setAttribute", "data-interactive", "true").SetVoidResult();
        JSInterop.Setup<int>(invocation => invocation.Identifier.StartsWith("mud", StringComparison.Ordinal)).SetResult(0);
        JSInterop.Setup<bool>(invocation => invocation.Identifier.StartsWith("mud", StringComparison.Ordinal)).SetResult(true);
        JSInterop.Setup<BoundingClientRect>(invocation => invocation.Identifier.StartsWith("mud", StringComparison.Ordinal)).SetResult(new BoundingClientRect());
        JSInterop.Setup<BoundingClientRect[]>(invocation => invocation.Identifier.StartsWith("mud", StringComparison.Ordinal)).SetResult([]);

        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<IDashboardQueries>(Queries);
    }

    protected FakeDashboardQueries Queries { get; } = new();

    // xunit 2 disposes test classes synchronously, but MudBlazor registers services that only dispose asynchronously.
    protected override void Dispose(bool disposing)
    {
        if (disposing) DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    protected BunitJSModuleInterop Plotly { get; }

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
