using Dashboard.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Snapshot;

/// <summary>
/// Keeps the process's <see cref="StoreSnapshot"/> current. Each call reads the store's mark (look-ups of the last row
/// of a few B-trees); when it has moved, the loader brings the snapshot up to date (see
/// <see cref="StoreSnapshotLoader.LoadAsync"/>). One refresh runs at a time; callers meanwhile wait for it, so no one
/// is served a snapshot older than the mark they read.
/// </summary>
public sealed class StoreSnapshotSource(IDbContextFactory<DashboardDbContext> contexts) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private StoreSnapshot? _current;

    internal async Task<StoreSnapshot> GetAsync(CancellationToken ct = default)
    {
        var current = Volatile.Read(ref _current);
        var markConnection = _markConnectionString.Value;
        if (current is not null && markConnection is not null)
        {
            // The usual case, five times per summary: the store has not moved. A plain pooled connection reads the mark;
            // a context per look (its scope of services, the SQL functions EF registers on every open) made this the
            // app's largest allocation under load once the answers themselves were lean.
            await using var connection = new SqliteConnection(markConnection);
            await connection.OpenAsync(ct);
            if (current.Mark == await StoreSnapshotLoader.ReadMarkAsync(connection, ct)) return current;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var sqlite = (SqliteConnection)db.Database.GetDbConnection();
        // An in-memory store is seen only through the context's own connection. (Otherwise the mark has just been seen
        // to move; the loader reads it again in its transaction.)
        if (current is not null && markConnection is null && current.Mark == await StoreSnapshotLoader.ReadMarkAsync(sqlite, ct)) return current;

        await _refresh.WaitAsync(ct);
        try
        {
            // Whoever held the lock may already have read the state this caller saw; the loader returns it unchanged then.
            var next = await StoreSnapshotLoader.LoadAsync(sqlite, Volatile.Read(ref _current), ct);
            Volatile.Write(ref _current, next);
            return next;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>
    /// The store's connection string when a second connection sees the same database (a file); null for an in-memory
    /// one, which only the context's own connection holds. A failure to read it is not kept: the next call tries again.
    /// </summary>
    private readonly Lazy<string?> _markConnectionString = new(() => FileConnectionString(contexts), LazyThreadSafetyMode.PublicationOnly);

    private static string? FileConnectionString(IDbContextFactory<DashboardDbContext> contexts)
    {
        using var db = contexts.CreateDbContext();
        var text = db.Database.GetConnectionString();
        if (string.IsNullOrEmpty(text)) return null;
        return SqliteTuning.IsInMemory(new SqliteConnectionStringBuilder(text)) ? null : text;
    }

    /// <summary>Reads the store into memory ahead of the first request (the app calls this at start-up).</summary>
    public Task WarmAsync(CancellationToken ct = default) => GetAsync(ct);

    public void Dispose() => _refresh.Dispose();
}
