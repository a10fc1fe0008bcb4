using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Web.Api;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace Dashboard.Web;

public static class WebServiceCollectionExtensions
{
    private const string ReloadStaticAssetsAtRuntime = "ReloadStaticAssetsAtRuntime";

    /// <summary>
    /// A builder whose web root is the repository's top-level wwwroot (not the project folder's). The web root can only
    /// be chosen when the builder is created; "--webroot" or ASPNETCORE_WEBROOT still override it.
    /// </summary>
    public static WebApplicationBuilder CreateDashboardBuilder(string[] args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            WebRootPath = WebRootLocator.FindOrDefault(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
        });

    /// <summary>Everything the web app needs: static assets, data, queries, components, MudBlazor, localization.</summary>
    public static WebApplicationBuilder AddDashboardWeb(this WebApplicationBuilder builder)
    {
        // Serves _content/* and _framework/* from the build output in every environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        // MapStaticAssets sends the gzip copies made at build time. Left to itself with a build's (not a publish's)
        // manifest, it checks each file against the build on every request, for editing files while the app runs, and
        // sends one whose time differs by a second from the build's record (MudBlazor's CSS, as unpacked by NuGet)
        // gzip-wrapped without compression: 627 KB instead of 67. Kept in Development, where files do change.
        if (!builder.Environment.IsDevelopment() && builder.Configuration[ReloadStaticAssetsAtRuntime] is null)
            builder.Configuration[ReloadStaticAssetsAtRuntime] = "false";
        builder.Services.AddDashboardWeb(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddDashboardWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDashboardData(configuration);
        services.AddDashboardQueries();
        services.AddDashboardApi();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddDashboardLocalization();
        services.AddHostedService<IdleMemoryTrim>();
        services.AddSingleton<ClosedCircuitCollectionPolicy>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, ClosedCircuitCollection>());
        return services;
    }
}
