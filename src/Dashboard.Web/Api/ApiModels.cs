using Dashboard.Data.Export;
using Dashboard.Data.Ingestion;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Api;

/// <summary>One page of facts (JSON): the matching total, the 1-based page, and the facts as the contract writes them.</summary>
public sealed record FactsPageResponse(int Total, int Page, int PageSize, IReadOnlyList<FactJsonRecord> Items);

public sealed record ArticlesPageResponse(int Total, int Page, int PageSize, IReadOnlyList<ArticleRow> Items);

/// <summary>
/// The overview's aggregates for a filter. Incident totals never include cumulative claims. Claims and funding hold
/// at most <see cref="Limit"/> items, the newest (oldest first, as the charts draw them): <c>ClaimsMatched</c> and
/// <c>FundingMatched</c> count the list the query gave (itself capped at <see cref="DashboardQueries.ListLimit"/>),
/// and <c>ClaimsCut</c> / <c>FundingCut</c> say the list may lack older matching items: left out here, or not read
/// because the query stopped at its limit.
/// </summary>
public sealed record SummaryResponse(
    ValueMode Mode, SeriesBy SeriesBy, OverviewCards Cards, IReadOnlyList<MonthlyPoint> Monthly, SourceBreakdown BySource,
    IReadOnlyList<ClaimSpan> Claims, IReadOnlyList<FundingPoint> Funding,
    int Limit, int ClaimsMatched, bool ClaimsCut, int FundingMatched, bool FundingCut)
{
    public static SummaryResponse Create(ValueMode mode, SeriesBy seriesBy, OverviewCards cards, IReadOnlyList<MonthlyPoint> monthly,
        SourceBreakdown bySource, IReadOnlyList<ClaimSpan> claims, IReadOnlyList<FundingPoint> funding, int limit) =>
        new(mode, seriesBy, cards, monthly, bySource, Newest(claims, limit), Newest(funding, limit),
            limit, claims.Count, IsCut(claims.Count, limit), funding.Count, IsCut(funding.Count, limit));

    /// <summary>A query list as long as the query's limit may itself have been cut: never present it as complete.</summary>
    private static bool IsCut(int matched, int limit) => matched > limit || matched >= DashboardQueries.ListLimit;

    /// <summary>The last <paramref name="limit"/> items of an oldest-first list, without touching the (possibly cached) list.</summary>
    internal static IReadOnlyList<T> Newest<T>(IReadOnlyList<T> oldestFirst, int limit) =>
        oldestFirst.Count <= limit ? oldestFirst : oldestFirst.Skip(oldestFirst.Count - limit).ToList();
}

public sealed record IngestFileResponse(string Name, IngestOutcome Outcome, int? ArticleId, int FactCount, string? Error);

public sealed record IngestResponse(int Stored, int Duplicates, int Failed, int Facts, IReadOnlyList<IngestFileResponse> Files)
{
    public static IngestResponse From(IngestSummary summary) => new(summary.Stored, summary.Duplicates, summary.Failed, summary.Facts,
        summary.Files.Select(f => new IngestFileResponse(f.Name, f.Outcome, f.ArticleId, f.FactCount, f.Error)).ToList());
}
