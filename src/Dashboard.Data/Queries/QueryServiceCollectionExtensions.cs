using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Queries;

public static class QueryServiceCollectionExtensions
{
    /// <summary>The read side: IDashboardQueries and the exporters.</summary>
    public static IServiceCollection AddDashboardQueries(this IServiceCollection services) => services;
}
