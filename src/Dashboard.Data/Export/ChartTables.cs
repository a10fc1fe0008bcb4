using System.Globalization;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Export;

/// <summary>The aggregated rows behind each chart, as tables for download (the charts' Table tabs).</summary>
public static class ChartTables
{
    public const string IncidentTotals = "incident-totals";
    public const string FundingTotals = "funding-totals";
    public const string Monthly = "monthly";
    public const string ByOutlet = "by-outlet";
    public const string ByClaimant = "by-claimant";
    public const string Claims = "claims";
    public const string Funding = "funding";

    public static IReadOnlyList<string> Names { get; } = [IncidentTotals, FundingTotals, Monthly, ByOutlet, ByClaimant, Claims, Funding];

    /// <summary>The table for a chart, or null when no chart has that name.</summary>
    public static async Task<ExportTable?> BuildAsync(IDashboardQueries queries, string name, FactFilter filter, ValueMode mode, SeriesBy seriesBy, CancellationToken ct = default)
    {
        switch (name.ToLowerInvariant())
        {
            case IncidentTotals:
                return KindTotals((await queries.GetCardsAsync(filter, mode, ct)).IncidentTotals);
            case FundingTotals:
                return CurrencyTotals((await queries.GetCardsAsync(filter, mode, ct)).Funding);
            case Monthly:
                return MonthlyTotals(await queries.GetMonthlyTotalsAsync(filter, seriesBy, mode, ct), seriesBy);
            case ByOutlet:
                return Sources(ByOutlet, "outlet", (await queries.GetBySourceAsync(filter, mode, ct)).ByOutlet);
            case ByClaimant:
                return Sources(ByClaimant, "claimant", (await queries.GetBySourceAsync(filter, mode, ct)).ByClaimant);
            case Claims:
                return ClaimSpans(await queries.GetCumulativeClaimsAsync(filter, ct));
            case Funding:
                return FundingPoints(await queries.GetFundingAsync(filter, ct));
            default:
                return null;
        }
    }

    public static ExportTable KindTotals(IEnumerable<KindTotal> totals) => ExportTable.Of<KindTotal>(IncidentTotals,
    [
        new("kind", ColumnType.Text, t => t.Kind),
        new("min", ColumnType.Number, t => t.Min),
        new("max", ColumnType.Number, t => t.Max),
        new("fact_count", ColumnType.Number, t => t.FactCount),
    ], totals);

    public static ExportTable CurrencyTotals(IEnumerable<CurrencyTotal> totals) => ExportTable.Of<CurrencyTotal>(FundingTotals,
    [
        new("currency", ColumnType.Text, t => t.Currency),
        new("min", ColumnType.Number, t => t.Min),
        new("max", ColumnType.Number, t => t.Max),
        new("fact_count", ColumnType.Number, t => t.FactCount),
    ], totals);

    public static ExportTable MonthlyTotals(IEnumerable<MonthlyPoint> points, SeriesBy seriesBy) => ExportTable.Of<MonthlyPoint>(Monthly,
    [
        new("month", ColumnType.Text, p => string.Create(CultureInfo.InvariantCulture, $"{p.Year:D4}-{p.Month:D2}")),
        new("kind", ColumnType.Text, p => p.Kind),
        new(FactFilterQuery.Word(seriesBy), ColumnType.Text, p => p.Series),
        new("min", ColumnType.Number, p => p.Min),
        new("max", ColumnType.Number, p => p.Max),
        new("fact_count", ColumnType.Number, p => p.FactCount),
    ], points);

    public static ExportTable Sources(string name, string sourceColumn, IEnumerable<SourcePoint> points) => ExportTable.Of<SourcePoint>(name,
    [
        new(sourceColumn, ColumnType.Text, p => p.Source),
        new("kind", ColumnType.Text, p => p.Kind),
        new("min", ColumnType.Number, p => p.Min),
        new("max", ColumnType.Number, p => p.Max),
        new("fact_count", ColumnType.Number, p => p.FactCount),
    ], points);

    public static ExportTable ClaimSpans(IEnumerable<ClaimSpan> claims) => ExportTable.Of<ClaimSpan>(Claims,
    [
        new("fact_id", ColumnType.Number, c => c.FactId),
        new("kind", ColumnType.Text, c => c.Kind),
        new("min", ColumnType.Number, c => c.Min),
        new("max", ColumnType.Number, c => c.Max),
        new("qualifier", ColumnType.Text, c => c.Qualifier),
        new("date_start", ColumnType.Date, c => c.Start),
        new("date_end", ColumnType.Date, c => c.End),
        new("claimant", ColumnType.Text, c => c.Claimant),
        new("outlet", ColumnType.Text, c => c.Outlet),
        new("sentence", ColumnType.Text, c => c.Sentence),
    ], claims);

    public static ExportTable FundingPoints(IEnumerable<FundingPoint> points) => ExportTable.Of<FundingPoint>(Funding,
    [
        new("fact_id", ColumnType.Number, p => p.FactId),
        new("date", ColumnType.Date, p => p.Date),
        new("actor", ColumnType.Text, p => p.Actor),
        new("currency", ColumnType.Text, p => p.Currency),
        new("min", ColumnType.Number, p => p.Min),
        new("max", ColumnType.Number, p => p.Max),
        new("qualifier", ColumnType.Text, p => p.Qualifier),
        new("scope", ColumnType.Text, p => p.Scope),
        new("outlet", ColumnType.Text, p => p.Outlet),
    ], points);
}
