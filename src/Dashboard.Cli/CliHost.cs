using Dashboard.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Cli;

/// <summary>
/// Configuration and services for verbs that use the database: appsettings.json beside the executable, then
/// environment variables (ConnectionStrings__Dashboard, Dashboard__MaxUploadBytes, …), then <c>--db</c>.
/// </summary>
internal static class CliHost
{
    public static IConfiguration Configuration(FileInfo? database)
    {
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                // A command line does what it is told: no seeding or re-extraction unless configured or asked.
                ["Dashboard:SeedOnStartup"] = "false",
                ["Dashboard:ReextractOnStartup"] = "false",
            })
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables();
        if (database != null)
        {
            builder.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Dashboard"] = $"Data Source={database.FullName}" });
        }
        return builder.Build();
    }

    /// <summary>Services over the configured database, migrated and ready.</summary>
    public static async Task<ServiceProvider> StartAsync(FileInfo? database, CancellationToken ct)
    {
        var configuration = Configuration(database);
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            logging.SetMinimumLevel(LogLevel.Warning);
            // Standard output carries results; diagnostics go to standard error.
            logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        });
        services.AddDashboardData(configuration);
        var provider = services.BuildServiceProvider();
        await DatabaseInitializer.InitializeAsync(provider, ct);
        return provider;
    }
}
