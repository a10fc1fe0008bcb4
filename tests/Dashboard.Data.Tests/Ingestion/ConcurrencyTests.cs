using Dashboard.Data.Ingestion;
using Dashboard.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Ingestion;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task A_reader_keeps_its_snapshot_while_ingestion_writes()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var reader = new SqliteConnection(database.ConnectionString);
        await reader.OpenAsync();
        await using var readTransaction = reader.BeginTransaction(deferred: true);
        await using var count = reader.CreateCommand();
        count.Transaction = readTransaction;
        count.CommandText = "SELECT COUNT(*) FROM Articles";
        Assert.Equal(0L, await count.ExecuteScalarAsync());

        // With WAL the writer is not blocked by the open read transaction.
        var summary = await database.Get<IIngestionService>().IngestPathsAsync([RepositoryPaths.Seeds], new IngestOptions());
        Assert.Equal(5, summary.Stored);

        Assert.Equal(0L, await count.ExecuteScalarAsync());
        await readTransaction.CommitAsync();
        count.Transaction = null;
        Assert.Equal(5L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Two_ingestions_of_the_same_files_at_once_store_each_article_once()
    {
        await using var database = await TempDatabase.CreateAsync();
        var ingestion = database.Get<IIngestionService>();

        var runs = await Task.WhenAll(
            ingestion.IngestPathsAsync([RepositoryPaths.Seeds], new IngestOptions()),
            ingestion.IngestPathsAsync([RepositoryPaths.Seeds], new IngestOptions()));

        Assert.Equal("", string.Join("\n", runs.SelectMany(r => r.Files).Where(f => f.Outcome == IngestOutcome.Failed).Select(f => f.Error).Distinct()));
        Assert.Equal(5, runs.Sum(r => r.Stored));
        Assert.Equal(5, runs.Sum(r => r.Duplicates));
        await using var db = database.CreateContext();
        Assert.Equal(5, await db.Articles.CountAsync());
    }
}
