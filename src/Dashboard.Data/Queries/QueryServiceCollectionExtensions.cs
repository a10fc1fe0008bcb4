using Dashboard.Data.Export;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Queries;

public static class QueryServiceCollectionExtensions
{
    /// <summary>The read side: IDashboardQueries and the exporters.</summary>
    public static IServiceCollection AddDashboardQueries(this IServiceCollection services)
    {
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<IDashboardQueries>(sp => sp.GetRequiredService<DashboardQueries>());
        services.AddSingleton<IExportQueries>(sp => sp.GetRequiredService<DashboardQueries>());
        services.AddSingleton<FactExporter>();
        return services;
    }
}
