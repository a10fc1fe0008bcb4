using Dashboard.Data.Export;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Api;

/// <summary>GET /api/summary (the overview's aggregates) and GET /api/charts/{name}.csv|.xlsx (a chart's table).</summary>
internal static class SummaryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/summary", GetSummaryAsync)
            .WithName("GetSummary")
            .WithSummary("Cards, monthly incident totals, totals by source, cumulative claims and funding for a filter")
            .WithDescription($"mode=min (default) or max says which figure of a range the charts use; seriesBy=outlet (default), claimant or governorate colours the monthly series. " +
                $"limit (default {SummaryParameters.DefaultLimit}, at most {DashboardQueries.ListLimit}) caps the claims and funding lists to their newest items; " +
                $"claims_matched and funding_matched count the items that matched (the query itself stops at {DashboardQueries.ListLimit}), " +
                $"and claims_cut and funding_cut are true when the list may lack older matching items (left out by limit, or {DashboardQueries.ListLimit} matched and the query stopped there).")
            .Produces<SummaryResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/charts/{file}", GetChartTableAsync)
            .WithName("GetChartTable")
            .WithSummary($"A chart's rows as a file: /api/charts/NAME.csv or NAME.xlsx")
            .WithDescription($"NAME is one of: {string.Join(", ", ChartTables.Names)}. The filter, mode and seriesBy apply as in /api/summary.")
            .Produces(StatusCodes.Status200OK, contentType: ExportFormat.Csv.ContentType())
            .Produces(StatusCodes.Status200OK, contentType: ExportFormat.Xlsx.ContentType())
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetSummaryAsync([AsParameters] FilterParameters filterParameters, [AsParameters] SummaryParameters summaryParameters,
        string? mode, string? seriesBy, IExportQueries queries, CancellationToken ct)
    {
        var errors = new List<string>();
        var filter = filterParameters.Parse(errors);
        var valueMode = ApiText.Word("mode", mode, ValueMode.Min, errors);
        var series = ApiText.Word("seriesBy", seriesBy, SeriesBy.Outlet, errors);
        var limit = summaryParameters.Parse(errors);
        if (errors.Count > 0) return ApiProblems.BadRequest(errors);

        var cards = await queries.GetCardsAsync(filter, valueMode, ct);
        var monthly = await queries.GetMonthlyTotalsAsync(filter, series, valueMode, ct);
        var bySource = await queries.GetBySourceAsync(filter, valueMode, ct);
        var claims = await queries.GetCumulativeClaimsAsync(filter, ct);
        var funding = await queries.GetFundingAsync(filter, ct);
        return ApiJson.Ok(SummaryResponse.Create(valueMode, series, cards, monthly, bySource, claims, funding, limit));
    }

    private static async Task<IResult> GetChartTableAsync(string file, [AsParameters] FilterParameters filterParameters, string? mode, string? seriesBy,
        IExportQueries queries, CancellationToken ct)
    {
        var errors = new List<string>();
        var extension = Path.GetExtension(file).TrimStart('.');
        var name = Path.GetFileNameWithoutExtension(file);
        if (!ExportFormats.TryParse(extension, out var format) || format == ExportFormat.Json)
        {
            errors.Add($"Ask for '{name}.csv' or '{name}.xlsx', not '{file}'.");
        }
        var filter = filterParameters.Parse(errors);
        var valueMode = ApiText.Word("mode", mode, ValueMode.Min, errors);
        var series = ApiText.Word("seriesBy", seriesBy, SeriesBy.Outlet, errors);
        if (errors.Count > 0) return ApiProblems.BadRequest(errors);

        var table = await ChartTables.BuildAsync(queries, name, filter, valueMode, series, ct);
        if (table is null)
        {
            return ApiProblems.Status(StatusCodes.Status404NotFound, "No such chart.", $"Known charts: {string.Join(", ", ChartTables.Names)}.");
        }
        var fileName = ExportFormats.FileName(table.Name, filter, format, DateTime.UtcNow);
        return await FileDownloads.TableAsync(table, format, fileName, ct);
    }
}
