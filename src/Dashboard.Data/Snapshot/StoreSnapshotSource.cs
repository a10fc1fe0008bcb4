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
        StoreMark? seen = null;
        if (current is not null && markConnection is not null)
        {
            // The usual case, five times per summary: the store has not moved. A plain pooled connection reads the mark;
            // a context per look (its scope of services, the SQL functions EF registers on every open) made this the
            // app's largest allocation under load once the answers themselves were lean.
            await using var connection = new SqliteConnection(markConnection);
            await connection.OpenAsync(ct);
            seen = await StoreSnapshotLoader.ReadMarkAsync(connection, ct);
            if (current.Mark == seen) return current;
        }

        await _refresh.WaitAsync(ct);
        try
        {
            // Callers that saw the same move queue here; the first brings the snapshot up to it and the others take that
            // one without opening anything. (Each opened its connection before queueing once: fifty clients left fifty
            // pooled connections behind every move, each with its own page cache and schema, 25 MB of native memory.)
            var latest = Volatile.Read(ref _current);
            if (latest is not null && seen is { } mark && latest.Mark == mark) return latest;

            await using var db = await contexts.CreateDbContextAsync(ct);
            await db.Database.OpenConnectionAsync(ct);
            // An in-memory store is seen only through the context's own connection; the loader reads the mark in its
            // transaction and returns the snapshot it was given when the store has not moved.
            var next = await StoreSnapshotLoader.LoadAsync((SqliteConnection)db.Database.GetDbConnection(), latest, ct);
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
