using Dashboard.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Infrastructure;

/// <summary>
/// A real SQLite file in its own temporary folder, with the services the app registers (AddDashboardData),
/// migrated and ready. Seeding and start-up re-extraction are off unless <c>settings</c> turn them on.
/// Deleted on dispose.
/// </summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private readonly List<ServiceProvider> _extraProviders = [];

    private TempDatabase(string folder, IConfiguration configuration, ServiceProvider services)
    {
        Folder = folder;
        Configuration = configuration;
        Services = services;
    }

    public IConfiguration Configuration { get; }

    /// <summary>The temporary folder; put input files under it too (see <see cref="CreateSubfolder"/>).</summary>
    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "dashboard.db");

    public string ConnectionString => $"Data Source={DatabasePath}";

    public ServiceProvider Services { get; }

    public IDbContextFactory<DashboardDbContext> Factory => Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();

    /// <param name="settings">Extra configuration keys ("Dashboard:SeedOnStartup" = "true", …).</param>
    /// <param name="configureServices">Runs before AddDashboardData, so a test can register its own extractor.</param>
    /// <param name="initialize">Run <see cref="DatabaseInitializer.InitializeAsync"/> (migrate, WAL, seed if asked).</param>
    public static async Task<TempDatabase> CreateAsync(
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        bool initialize = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dashboard-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);

        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dashboard"] = $"Data Source={Path.Combine(folder, "dashboard.db")}",
            ["Dashboard:SeedOnStartup"] = "false",
            ["Dashboard:ReextractOnStartup"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var database = new TempDatabase(folder, configuration, BuildProvider(configuration, configureServices));
        if (initialize) await DatabaseInitializer.InitializeAsync(database.Services);
        return database;
    }

    /// <summary>
    /// Another set of services over the same database file, e.g. with a different extractor (an upgraded version), and
    /// <paramref name="settings"/> over the fixture's. Disposed with the fixture.
    /// </summary>
    public ServiceProvider CreateServices(Action<IServiceCollection>? configureServices = null, IDictionary<string, string?>? settings = null)
    {
        var configuration = settings is null ? Configuration : new ConfigurationBuilder().AddConfiguration(Configuration).AddInMemoryCollection(settings).Build();
        var provider = BuildProvider(configuration, configureServices);
        _extraProviders.Add(provider);
        return provider;
    }

    private static ServiceProvider BuildProvider(IConfiguration configuration, Action<IServiceCollection>? configureServices)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        configureServices?.Invoke(services);
        services.AddDashboardData(configuration);
        return services.BuildServiceProvider();
    }

    public DashboardDbContext CreateContext() => Factory.CreateDbContext();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A new folder under <see cref="Folder"/>, for input files.</summary>
    public string CreateSubfolder(string name)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Runs SQL on a connection of its own, as another process (a sqlite3 shell, the command line) would.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of the first row SQL returns, read on a connection of its own.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        string connectionString;
        await using (var db = CreateContext()) connectionString = db.Database.GetConnectionString()!;
        foreach (var provider in _extraProviders) await provider.DisposeAsync();
        await Services.DisposeAsync();
        // Pooled connections keep the file open; release this database's pool (only: other tests run meanwhile).
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by another test's pool is left for the OS temp cleaner.
        }
    }
}
