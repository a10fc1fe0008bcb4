using Dashboard.Data.Export;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Data.Queries;

public static class QueryServiceCollectionExtensions
{
    /// <summary>The read side: IDashboardQueries (overview aggregates cached per filter and data version) and the exporters.</summary>
    public static IServiceCollection AddDashboardQueries(this IServiceCollection services)
    {
        // Ingestion bumps this after each commit; the cache keys on it.
        services.TryAddSingleton<DataVersion>();
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<CachedDashboardQueries>();
        services.AddSingleton<IDashboardQueries>(sp => sp.GetRequiredService<CachedDashboardQueries>());
        services.AddSingleton<IExportQueries>(sp => sp.GetRequiredService<CachedDashboardQueries>());
        services.AddSingleton<FactExporter>();
        return services;
    }
}
