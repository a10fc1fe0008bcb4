using Dashboard.Data.Export;
using Dashboard.Data.Ingestion;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Api;

/// <summary>One page of facts (JSON): the matching total, the 1-based page, and the facts as the contract writes them.</summary>
public sealed record FactsPageResponse(int Total, int Page, int PageSize, IReadOnlyList<FactJsonRecord> Items);

public sealed record ArticlesPageResponse(int Total, int Page, int PageSize, IReadOnlyList<ArticleRow> Items);

/// <summary>The overview's aggregates for a filter. Incident totals never include cumulative claims.</summary>
public sealed record SummaryResponse(
    ValueMode Mode, SeriesBy SeriesBy, OverviewCards Cards, IReadOnlyList<MonthlyPoint> Monthly, SourceBreakdown BySource,
    IReadOnlyList<ClaimSpan> Claims, IReadOnlyList<FundingPoint> Funding);

public sealed record IngestFileResponse(string Name, IngestOutcome Outcome, int? ArticleId, int FactCount, string? Error);

public sealed record IngestResponse(int Stored, int Duplicates, int Failed, int Facts, IReadOnlyList<IngestFileResponse> Files)
{
    public static IngestResponse From(IngestSummary summary) => new(summary.Stored, summary.Duplicates, summary.Failed, summary.Facts,
        summary.Files.Select(f => new IngestFileResponse(f.Name, f.Outcome, f.ArticleId, f.FactCount, f.Error)).ToList());
}
