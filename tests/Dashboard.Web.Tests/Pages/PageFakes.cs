using System.Runtime.CompilerServices;
using Dashboard.Data.Ingestion;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;

namespace Dashboard.Web.Tests.Pages;

/// <summary>Records what the pages ask for and answers from lists the test fills.</summary>
public sealed class RecordingQueries : IDashboardQueries
{
    public sealed record FactsPageCall(FactFilter Filter, FactSort Sort, int PageIndex, int PageSize);

    public sealed record ArticlesPageCall(FactFilter Filter, int PageIndex, int PageSize);

    public List<FactRow> Facts { get; } = [];
    public List<ArticleRow> Articles { get; } = [];
    public Dictionary<int, ArticleDetail> Details { get; } = [];
    public List<FactsPageCall> FactsPageCalls { get; } = [];
    public List<ArticlesPageCall> ArticlesPageCalls { get; } = [];
    public int ArticleLoads { get; private set; }

    public Task<Page<FactRow>> GetFactsPageAsync(FactFilter filter, FactSort sort, int pageIndex, int pageSize, CancellationToken ct = default)
    {
        FactsPageCalls.Add(new(filter, sort, pageIndex, pageSize));
        var items = Facts.Skip(pageIndex * pageSize).Take(pageSize).ToList();
        return Task.FromResult(new Page<FactRow>(items, Facts.Count, pageIndex, pageSize));
    }

    public Task<Page<ArticleRow>> GetArticlesPageAsync(FactFilter filter, int pageIndex, int pageSize, CancellationToken ct = default)
    {
        ArticlesPageCalls.Add(new(filter, pageIndex, pageSize));
        var items = Articles.Skip(pageIndex * pageSize).Take(pageSize).ToList();
        return Task.FromResult(new Page<ArticleRow>(items, Articles.Count, pageIndex, pageSize));
    }

    public Task<ArticleDetail?> GetArticleAsync(int id, CancellationToken ct = default)
    {
        ArticleLoads++;
        return Task.FromResult(Details.GetValueOrDefault(id));
    }

    public Task<FilterOptions> GetFilterOptionsAsync(CancellationToken ct = default) =>
        Task.FromResult(new FilterOptions([new OutletRow(1, "الشرق الأوسط", null, null, 1, 1)], [], ["Nineveh"]));

    public Task<OverviewCards> GetCardsAsync(FactFilter filter, ValueMode mode, CancellationToken ct = default) =>
        Task.FromResult(new OverviewCards(0, 0, 0, [], [], null, null));

    public Task<IReadOnlyList<MonthlyPoint>> GetMonthlyTotalsAsync(FactFilter filter, SeriesBy seriesBy, ValueMode mode, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<MonthlyPoint>>([]);

    public Task<SourceBreakdown> GetBySourceAsync(FactFilter filter, ValueMode mode, CancellationToken ct = default) =>
        Task.FromResult(new SourceBreakdown([], []));

    public Task<IReadOnlyList<ClaimSpan>> GetCumulativeClaimsAsync(FactFilter filter, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<ClaimSpan>>([]);

    public Task<IReadOnlyList<FundingPoint>> GetFundingAsync(FactFilter filter, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<FundingPoint>>([]);

    public Task<IReadOnlyList<TimelineEvent>> GetTimelineAsync(FactFilter filter, int limit = 500, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<TimelineEvent>>([]);

    public async IAsyncEnumerable<FactRow> StreamFactsAsync(FactFilter filter, FactSort sort, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var fact in Facts)
        {
            await Task.Yield();
            yield return fact;
        }
    }

    public static FactRow Fact(long id, int articleId, int spanStart, int spanEnd, FactKind kind = FactKind.Killed, double min = 7, double max = 7,
        string sentence = "قتل 7 من عناصر داعش") =>
        new(id, articleId, "عنوان", "الشرق الأوسط", 1, new DateOnly(2020, 6, 23), null,
            kind, min, max, min == max ? Qualifier.Exact : Qualifier.Range, "person", FactScope.Incident,
            new DateOnly(2020, 6, 22), new DateOnly(2020, 6, 22), DatePrecision.Day, DateBasis.Relative,
            "سلاح الجو العراقي", FactTarget.Militants, "الموصل", "Nineveh", null,
            sentence, spanStart, spanEnd, 0.9);
}

/// <summary>Records what is ingested and answers each file with the outcome the test chose for its name.</summary>
public sealed class RecordingIngestion : IIngestionService
{
    public sealed record Received(string Name, byte[] Bytes);

    public List<Received> Files { get; } = [];
    public List<IngestOptions> Options { get; } = [];
    public List<(int Id, string? Outlet, DateOnly? Published)> MetadataUpdates { get; } = [];
    public Func<string, IngestFileResult> Outcome { get; set; } = name => new IngestFileResult(name, IngestOutcome.Stored, 1, 1, null);
    public Exception? MetadataFailure { get; set; }

    public async Task<IngestSummary> IngestAsync(IEnumerable<IngestSource> sources, IngestOptions options, IProgress<IngestProgress>? progress = null, CancellationToken ct = default)
    {
        Options.Add(options);
        var list = sources.ToList();
        var results = new List<IngestFileResult>();
        for (var i = 0; i < list.Count; i++)
        {
            await using var stream = await list[i].Open(ct);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, ct);
            Files.Add(new Received(list[i].Name, copy.ToArray()));
            results.Add(Outcome(list[i].Name));
            progress?.Report(new IngestProgress(i + 1, list.Count, list[i].Name));
        }
        return new IngestSummary(results);
    }

    public Task<IngestSummary> IngestPathsAsync(IEnumerable<string> paths, IngestOptions options, IProgress<IngestProgress>? progress = null, CancellationToken ct = default) =>
        IngestAsync(paths.Select(IngestSource.FromFile), options, progress, ct);

    public Task<int> ReextractAsync(bool all = false, IProgress<IngestProgress>? progress = null, CancellationToken ct = default) => Task.FromResult(0);

    public Task<IReadOnlyList<int>> FindArticlesToReextractAsync(bool all = false, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<int>>([]);

    public Task<int> ReextractAsync(IReadOnlyList<int> articleIds, IProgress<IngestProgress>? progress = null, CancellationToken ct = default) => Task.FromResult(0);

    public Task UpdateArticleMetadataAsync(int articleId, string? outletName, DateOnly? published, CancellationToken ct = default)
    {
        if (MetadataFailure is not null) return Task.FromException(MetadataFailure);
        MetadataUpdates.Add((articleId, outletName, published));
        return Task.CompletedTask;
    }
}
