using Dashboard.Data.Export;
using Dashboard.Data.Snapshot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Data.Queries;

public static class QueryServiceCollectionExtensions
{
    /// <summary>The read side: IDashboardQueries (overview aggregates and fact pages over the in-memory snapshot, aggregates cached per filter and store mark) and the exporters.</summary>
    public static IServiceCollection AddDashboardQueries(this IServiceCollection services)
    {
        // Ingestion bumps this after each commit; the cache keys on it.
        services.TryAddSingleton<DataVersion>();
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<StoreSnapshotSource>();
        services.AddSingleton<SnapshotDashboardQueries>();
        services.AddSingleton<CachedDashboardQueries>();
        services.AddSingleton<IDashboardQueries>(sp => sp.GetRequiredService<CachedDashboardQueries>());
        services.AddSingleton<IExportQueries>(sp => sp.GetRequiredService<CachedDashboardQueries>());
        services.AddSingleton<FactExporter>();
        return services;
    }
}
