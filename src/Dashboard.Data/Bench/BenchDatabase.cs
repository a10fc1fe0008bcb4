using Dashboard.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Bench;

/// <summary>A database file for measurements: the app's own context set-up (PRAGMAs, migrations, WAL) on a given path.</summary>
public static class BenchDatabase
{
    public static string ConnectionString(string path) => SqliteTuning.PrepareConnectionString($"Data Source={Path.GetFullPath(path)}");

    /// <summary>Registers the context factory the app uses, on <paramref name="path"/>.</summary>
    public static IServiceCollection AddBenchDatabase(this IServiceCollection services, string path)
    {
        var connectionString = ConnectionString(path);
        services.AddDbContextFactory<DashboardDbContext>(options => options.UseDashboardSqlite(connectionString));
        return services;
    }

    /// <summary>Applies the migrations and turns on write-ahead logging, as start-up does.</summary>
    public static async Task MigrateAsync(IDbContextFactory<DashboardDbContext> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        await SqliteTuning.EnableWriteAheadLogAsync(db, ct);
    }

    /// <summary>Removes a database file and its WAL and shared-memory companions.</summary>
    public static void Delete(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(path + suffix)) File.Delete(path + suffix);
        }
    }
}
