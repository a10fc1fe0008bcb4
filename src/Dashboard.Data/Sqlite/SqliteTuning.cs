using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dashboard.Data.Sqlite;

/// <summary>
/// Everything specific to SQLite lives here (connection string shape, PRAGMAs), so another provider can be
/// added beside it without touching the rest of the data layer.
/// </summary>
public static class SqliteTuning
{
    public const string DefaultConnectionString = "Data Source=data/dashboard.db";

    /// <summary>Seconds a command waits for a lock before failing; lets readers and the one writer take turns.</summary>
    public const int BusyTimeoutSeconds = 30;

    /// <summary>
    /// The folder a relative database path is resolved against: the repository's root when the app runs from a
    /// checkout (so `dotnet run` of the web app and of the CLI share one file, whatever folder each starts in),
    /// otherwise the current directory.
    /// </summary>
    public static string DataRoot { get; } = RepositoryRoot.OfApp ?? Directory.GetCurrentDirectory();

    /// <summary>
    /// Resolves a relative database path against <see cref="DataRoot"/>, creates its folder, and sets a default
    /// timeout, so the same connection string works from the web app, the CLI and tests.
    /// </summary>
    public static string PrepareConnectionString(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString);
        if (!IsInMemory(builder))
        {
            var fullPath = Path.GetFullPath(builder.DataSource, DataRoot);
            var folder = Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            builder.DataSource = fullPath;
        }
        if (!connectionString?.Contains("Timeout", StringComparison.OrdinalIgnoreCase) ?? true)
            builder.DefaultTimeout = BusyTimeoutSeconds;
        return builder.ToString();
    }

    /// <summary>An in-memory database: only the connection that opened it sees it.</summary>
    public static bool IsInMemory(SqliteConnectionStringBuilder builder) =>
        builder.Mode == SqliteOpenMode.Memory
        || string.IsNullOrEmpty(builder.DataSource)
        || builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase);

    public static DbContextOptionsBuilder UseDashboardSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteTuning).Assembly.FullName))
            .AddInterceptors(ConnectionPragmas.Instance);

    /// <summary>
    /// Gives the one writer a 32 MB page cache for as long as its context keeps the connection open: SQLite's default
    /// 2 MB made a large database's index updates re-read pages through system calls on every batch (ingestion 40%
    /// faster with it, docs/benchmarks.md). Readers keep a small cache: each pooled connection holds its own, and the
    /// overview reads from the in-memory snapshot rather than scanning pages.
    /// </summary>
    public static async Task UseWriterCacheAsync(DbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA cache_size=-{WriterCacheKiB};";
        await command.ExecuteNonQueryAsync(ct);
    }

    private const int WriterCacheKiB = 32 * 1024;

    /// <summary>Write-ahead logging persists in the file: set once when the database is initialised.</summary>
    public static async Task EnableWriteAheadLogAsync(DbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteScalarAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static async Task<string> JournalModeAsync(DbContext db, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return Convert.ToString(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) ?? "";
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Per-connection settings: a busy timeout and the sync level that is safe with WAL.</summary>
    private sealed class ConnectionPragmas : DbConnectionInterceptor
    {
        public static readonly ConnectionPragmas Instance = new();

        private static readonly string Pragmas =
            $"PRAGMA busy_timeout={BusyTimeoutSeconds * 1000}; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-{ReaderCacheKiB}; PRAGMA temp_store=MEMORY;";

        // Every connection starts with this (a pooled one is reset on each open); the writer raises its own
        // (UseWriterCacheAsync).
        private const int ReaderCacheKiB = 4 * 1024;

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
