using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Snapshot;

/// <summary>
/// Keeps the process's <see cref="StoreSnapshot"/> current. Each call reads the store's mark (five look-ups of the
/// last row of a B-tree); when it has moved, the rows added since are appended, or everything is read again after an
/// update or delete. One refresh runs at a time; callers meanwhile wait for it, so no one is served a snapshot older
/// than the mark they read.
/// </summary>
public sealed class StoreSnapshotSource(IDbContextFactory<DashboardDbContext> contexts) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private StoreSnapshot? _current;

    internal async Task<StoreSnapshot> GetAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();

        var current = Volatile.Read(ref _current);
        if (current is not null && current.Mark == await StoreSnapshotLoader.ReadMarkAsync(connection, ct)) return current;

        await _refresh.WaitAsync(ct);
        try
        {
            // Whoever held the lock may already have read the state this caller saw; the loader returns it unchanged then.
            var next = await StoreSnapshotLoader.LoadAsync(connection, Volatile.Read(ref _current), ct);
            Volatile.Write(ref _current, next);
            return next;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Reads the store into memory ahead of the first request (the app calls this at start-up).</summary>
    public Task WarmAsync(CancellationToken ct = default) => GetAsync(ct);

    public void Dispose() => _refresh.Dispose();
}
