using Dashboard.Data;
using Dashboard.Data.Bench;
using Dashboard.Data.Ingestion;
using Dashboard.Data.Queries;
using Dashboard.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Cli.Bench;

/// <summary>The app's own data services (context factory with its PRAGMAs, extractor, ingestion, queries) on a bench database.</summary>
internal static class BenchServices
{
    public static ServiceProvider Create(string databasePath)
    {
        var services = new ServiceCollection();
        services.AddBenchDatabase(databasePath);
        services.AddSingleton<IArticleExtractor, ArticleExtractor>();
        services.AddSingleton<IIngestionService, IngestionService>();
        services.AddDashboardQueries();
        return services.BuildServiceProvider();
    }

    public static IDbContextFactory<DashboardDbContext> Contexts(this IServiceProvider provider) =>
        provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>();

    /// <summary>A fresh folder under the system temp folder for a run's files.</summary>
    public static string TempFolder(string purpose)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dashboard-bench", purpose + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void TryDeleteFolder(string folder)
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the figures are what matter.
        }
    }
}
