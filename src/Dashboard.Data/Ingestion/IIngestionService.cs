using Dashboard.Extraction.Model;

namespace Dashboard.Data.Ingestion;

/// <summary>An input to ingest: a file on disk, or uploaded bytes with the name they came with.</summary>
public sealed record IngestSource(string Name, Func<CancellationToken, Task<Stream>> Open, long? Length = null)
{
    public static IngestSource FromFile(string path) =>
        new(path, _ => Task.FromResult<Stream>(File.OpenRead(path)), new FileInfo(path).Length);

    public static IngestSource FromBytes(string name, byte[] bytes) =>
        new(name, _ => Task.FromResult<Stream>(new MemoryStream(bytes, writable: false)), bytes.Length);
}

/// <summary>What the caller knows; wins over sidecar, manifest and text.</summary>
public sealed record IngestOptions
{
    public string? Outlet { get; init; }
    public DateOnly? Published { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    /// <summary>Files larger than this are refused (default 5 MB).</summary>
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;
}

public enum IngestOutcome { Stored, Duplicate, Failed }

/// <summary>One line of a batch's report.</summary>
public sealed record IngestFileResult(string Name, IngestOutcome Outcome, int? ArticleId, int FactCount, string? Error);

public sealed record IngestProgress(int Done, int Total, string Current);

public sealed record IngestSummary(IReadOnlyList<IngestFileResult> Files)
{
    public int Stored => Files.Count(f => f.Outcome == IngestOutcome.Stored);
    public int Duplicates => Files.Count(f => f.Outcome == IngestOutcome.Duplicate);
    public int Failed => Files.Count(f => f.Outcome == IngestOutcome.Failed);
    public int Facts => Files.Sum(f => f.FactCount);
}

public interface IIngestionService
{
    /// <summary>Paths to files or directories (recursive); manifests and sidecars are read from beside the files.</summary>
    Task<IngestSummary> IngestPathsAsync(IEnumerable<string> paths, IngestOptions options, IProgress<IngestProgress>? progress = null, CancellationToken ct = default);

    /// <summary>Uploaded or in-memory inputs (no sidecars or manifests).</summary>
    Task<IngestSummary> IngestAsync(IEnumerable<IngestSource> sources, IngestOptions options, IProgress<IngestProgress>? progress = null, CancellationToken ct = default);

    /// <summary>Re-extracts stored articles whose extractor version differs from the current one (or all, when forced).</summary>
    Task<int> ReextractAsync(bool all = false, IProgress<IngestProgress>? progress = null, CancellationToken ct = default);

    /// <summary>The ids of the stored articles <see cref="ReextractAsync(bool, IProgress{IngestProgress}?, CancellationToken)"/> would read, in id order.</summary>
    Task<IReadOnlyList<int>> FindArticlesToReextractAsync(bool all = false, CancellationToken ct = default);

    /// <summary>Re-extracts the given articles (ids no longer stored are skipped); returns how many were replaced.</summary>
    Task<int> ReextractAsync(IReadOnlyList<int> articleIds, IProgress<IngestProgress>? progress = null, CancellationToken ct = default);

    /// <summary>Sets an article's outlet and publication date (basis 'given') and re-extracts it so relative dates re-resolve.</summary>
    Task UpdateArticleMetadataAsync(int articleId, string? outletName, DateOnly? published, CancellationToken ct = default);
}
