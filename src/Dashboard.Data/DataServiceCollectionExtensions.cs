using Dashboard.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The store, the extractor and the ingestion service, shared by the web app and the CLI.</summary>
    public static IServiceCollection AddDashboardData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Dashboard") ?? "Data Source=data/dashboard.db";
        services.AddDbContextFactory<DashboardDbContext>(options => options.UseSqlite(connectionString));
        services.AddSingleton<IArticleExtractor, ArticleExtractor>();
        return services;
    }
}
