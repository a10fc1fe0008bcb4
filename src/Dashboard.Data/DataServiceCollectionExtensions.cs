using Dashboard.Data.Ingestion;
using Dashboard.Data.Sqlite;
using Dashboard.Extraction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The store, the extractor and the ingestion service, shared by the web app and the CLI.</summary>
    public static IServiceCollection AddDashboardData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = SqliteTuning.PrepareConnectionString(configuration.GetConnectionString("Dashboard"));
        services.AddDbContextFactory<DashboardDbContext>(options => options.UseDashboardSqlite(connectionString));
        services.AddSingleton(DashboardDataSettings.From(configuration));
        // TryAdd lets a host (or a test) put its own extractor in first.
        services.TryAddSingleton<IArticleExtractor, ArticleExtractor>();
        services.TryAddSingleton<IIngestionService, IngestionService>();
        services.TryAddSingleton<ReextractionStatus>();
        return services;
    }
}
