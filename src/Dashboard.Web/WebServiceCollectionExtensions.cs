using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Web.Api;
using Dashboard.Web.Localization;
using Dashboard.Web.Scripts;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace Dashboard.Web;

public static class WebServiceCollectionExtensions
{
    private const string ReloadStaticAssetsAtRuntime = "ReloadStaticAssetsAtRuntime";

    /// <summary>
    /// A builder whose web root is the repository's top-level wwwroot (not the project folder's) and whose settings are
    /// the app's own wherever it is started from. Both can only be chosen when the builder is created; "--webroot",
    /// "--contentRoot" and their environment variables still override them.
    /// </summary>
    public static WebApplicationBuilder CreateDashboardBuilder(string[] args)
    {
        var currentDirectory = Directory.GetCurrentDirectory();
        return WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            WebRootPath = IsGivenToHost(args, "webroot") ? null : WebRootLocator.Find(AppContext.BaseDirectory, currentDirectory),
            ContentRootPath = IsGivenToHost(args, "contentRoot") ? null : AppContentRoot(currentDirectory),
        });
    }

    /// <summary>
    /// Whether the command line (<c>--key</c>, <c>/key</c>) or the environment (<c>ASPNETCORE_KEY</c>, <c>DOTNET_KEY</c>)
    /// names the host setting <paramref name="key"/> itself; the host then uses that.
    /// </summary>
    internal static bool IsGivenToHost(string[] args, string key) =>
        args.Any(a => a.TrimStart('-', '/').StartsWith(key, StringComparison.OrdinalIgnoreCase))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_" + key.ToUpperInvariant()))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_" + key.ToUpperInvariant()));

    /// <summary>
    /// The folder the app's settings (appsettings.json) are read from. The host's default is the current directory,
    /// so the built app started from any other folder (the repository's root, a service manager's) ran without its
    /// settings: every request and every SQL command logged at Information, the console's lock and allocations taken
    /// on every request under load. Its build or publish folder holds a copy of the settings. Null (the current
    /// directory) when that holds settings itself, as the project folder `dotnet run` starts in does.
    /// </summary>
    internal static string? AppContentRoot(string currentDirectory) =>
        File.Exists(Path.Combine(currentDirectory, SettingsFile)) ? null : AppContext.BaseDirectory;

    private const string SettingsFile = "appsettings.json";

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
        services.AddSingleton<PlotlyScript>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, ClosedCircuitCollection>());
        return services;
    }
}
