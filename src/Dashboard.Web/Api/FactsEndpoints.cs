using Dashboard.Data.Export;
using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Api;

/// <summary>GET /api/facts: a page of facts as JSON, or every matching fact as CSV or XLSX.</summary>
internal static class FactsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/facts", GetFactsAsync)
            .WithName("GetFacts")
            .WithSummary("Facts matching a filter")
            .WithDescription("format=json (default) returns one page (page is 1-based, pageSize up to 1000) with the total; format=csv or xlsx, or format=json with all=true, streams every matching fact as a file.")
            .Produces<FactsPageResponse>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: ExportFormat.Csv.ContentType())
            .Produces(StatusCodes.Status200OK, contentType: ExportFormat.Xlsx.ContentType())
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> GetFactsAsync(
        [AsParameters] FilterParameters filterParameters, [AsParameters] PageParameters pageParameters, [AsParameters] SortParameters sortParameters,
        string? format, string? all, HttpContext http, IExportQueries queries, CancellationToken ct)
    {
        var errors = new List<string>();
        var filter = filterParameters.Parse(errors);
        var sort = sortParameters.Parse(errors);
        var exportFormat = ApiText.Format(format, errors);
        var everything = false;
        if (!string.IsNullOrWhiteSpace(all) && !bool.TryParse(all, out everything)) errors.Add($"'all' must be true or false, not '{all}'.");
        var paged = exportFormat == ExportFormat.Json && !everything;
        var (index, size) = paged ? pageParameters.Parse(errors) : (0, PageParameters.DefaultPageSize);
        if (errors.Count > 0) return ApiProblems.BadRequest(errors);

        if (paged)
        {
            var page = await queries.GetFactsPageAsync(filter, sort, index, size, ct);
            return ApiJson.Ok(new FactsPageResponse(page.Total, index + 1, size, page.Items.Select(FactJsonRecord.From).ToList()));
        }
        return await FileDownloads.FactsAsync(http, queries, filter, sort, exportFormat, ct);
    }
}

/// <summary>Sends exports as downloads, streaming rows as they are read.</summary>
internal static class FileDownloads
{
    public static async Task<IResult> FactsAsync(HttpContext http, IExportQueries queries, FactFilter filter, FactSort sort, ExportFormat format, CancellationToken ct)
    {
        var exporter = new FactExporter(queries, http.RequestServices.GetService<TimeProvider>());
        var fileName = FactExporter.FileName(filter, format, exporter.UtcNow);
        if (format != ExportFormat.Xlsx)
        {
            return new StreamedFile(format.ContentType(), fileName, (output, token) => exporter.ExportAsync(filter, format, output, sort, token));
        }
        // A workbook is a zip written by MiniExcel with synchronous reads of its rows: build it in a temp file
        // (rows still stream from the database; memory stays flat), then send the file.
        var temp = TempFile();
        await exporter.ExportAsync(filter, format, temp, sort, ct);
        temp.Position = 0;
        return TypedResults.File(temp, format.ContentType(), fileName);
    }

    public static async Task<IResult> TableAsync(ExportTable table, ExportFormat format, string fileName, CancellationToken ct)
    {
        if (format == ExportFormat.Csv)
        {
            return new StreamedFile(format.ContentType(), fileName, (output, token) => table.WriteAsync(output, format, token));
        }
        var temp = TempFile();
        await Task.Run(() => table.WriteAsync(temp, format, ct), ct);
        temp.Position = 0;
        return TypedResults.File(temp, format.ContentType(), fileName);
    }

    private static FileStream TempFile() =>
        new(Path.Combine(Path.GetTempPath(), $"dashboard-export-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            bufferSize: 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    /// <summary>A download whose body is written straight to the response as rows arrive.</summary>
    private sealed class StreamedFile(string contentType, string fileName, Func<Stream, CancellationToken, Task> write) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = contentType;
            httpContext.Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
            {
                FileNameStar = fileName,
                FileName = fileName,
            }.ToString();
            await write(httpContext.Response.Body, httpContext.RequestAborted);
        }
    }
}
