using System.Globalization;
using Bunit;
using Dashboard.Data;
using Dashboard.Data.Ingestion;
using Dashboard.Data.Queries;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

using Dashboard.Web.Tests.Infrastructure;

namespace Dashboard.Web.Tests.Pages;

/// <summary>
/// A bUnit context with what the pages need: MudBlazor (with its popover provider rendered), the app's localization,
/// recording fakes of the query and ingestion services, and English as the UI culture.
/// </summary>
public abstract class PageTestContext : BunitContext, IAsyncLifetime
{
    static PageTestContext() => WaitTimeout.Apply();

    protected RecordingQueries Queries { get; } = new();
    protected RecordingIngestion Ingestion { get; } = new();
    protected Dictionary<string, string?> Settings { get; } = [];

    protected PageTestContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddDashboardLocalization();
        Services.AddSingleton<IDashboardQueries>(Queries);
        Services.AddSingleton<IIngestionService>(Ingestion);
        Services.AddSingleton<IConfiguration>(_ => new ConfigurationBuilder().AddInMemoryCollection(Settings).Build());
        Services.AddSingleton(sp => DashboardDataSettings.From(sp.GetRequiredService<IConfiguration>()));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that only dispose asynchronously; xunit calls this before Dispose().
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Where open menus and select lists render their content.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = null!;

    protected NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    /// <summary>Renders the popover provider (menus and selects need it), then the page at <paramref name="url"/>.</summary>
    protected IRenderedComponent<TPage> RenderPage<TPage>(string url, Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        Popovers = Render<MudPopoverProvider>();
        Navigation.NavigateTo(url);
        return Render(parameters ?? (_ => { }));
    }
}
