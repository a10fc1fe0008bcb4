using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Data;
using Dashboard.Data.Ingestion;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.OpenApi;

namespace Dashboard.Web.Api;

/// <summary>
/// POST /api/articles: uploads articles (multipart "files") and ingests them. Writes are off unless
/// <c>Dashboard:ApiKey</c> is configured, and then need that key in the <c>X-Api-Key</c> header.
/// </summary>
internal static class IngestEndpoints
{
    public const string ApiKeyHeader = "X-Api-Key";
    public const string ApiKeySetting = "Dashboard:ApiKey";
    /// <summary>Files per request; with the per-file limit this bounds a request's size.</summary>
    public const int MaxFilesPerRequest = 50;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/articles", IngestAsync)
            .WithName("IngestArticles")
            .WithSummary("Upload article files (multipart/form-data, field 'files'; optional fields outlet, published, url, title)")
            .WithDescription($"Needs the {ApiKeyHeader} header matching the server's {ApiKeySetting}; without that setting writes are off (403).")
            // The form is read by hand (so a wrong content type is a 400 that says so); the request body is described here.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = UploadBody();
                return Task.CompletedTask;
            })
            .Produces<IngestResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            // Authenticated by key, not by cookie: there is no browser form to protect.
            .DisableAntiforgery();
    }

    private static async Task<IResult> IngestAsync(HttpContext http, IConfiguration configuration, CancellationToken ct)
    {
        var refusal = CheckKey(http.Request, configuration[ApiKeySetting]);
        if (refusal is not null) return refusal;

        // Dashboard:MaxUploadBytes limits each file (as for the upload page and seeding); a request holds at most MaxFilesPerRequest of them.
        var maxFile = (http.RequestServices.GetService<DashboardDataSettings>() ?? new DashboardDataSettings()).MaxUploadBytes;
        var maxUpload = maxFile * MaxFilesPerRequest + 64 * 1024;
        if (http.Request.ContentLength > maxUpload) return TooLarge($"The upload is {http.Request.ContentLength} bytes; the limit is {maxUpload}.");
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature) sizeFeature.MaxRequestBodySize = maxUpload;
        if (!http.Request.HasFormContentType)
        {
            return ApiProblems.BadRequest(["Send the articles as multipart/form-data with one or more 'files' parts."]);
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxUpload }, ct);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return TooLarge($"The upload is larger than the limit of {maxUpload} bytes.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge($"The upload is larger than the limit of {maxUpload} bytes.");
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return ApiProblems.BadRequest([$"The multipart body could not be read: {e.Message}"]);
        }

        var errors = new List<string>();
        var options = ReadOptions(form, errors) with { MaxBytes = maxFile };
        if (form.Files.Count == 0) errors.Add("No files: add one or more parts named 'files'.");
        if (form.Files.Count > MaxFilesPerRequest) errors.Add($"At most {MaxFilesPerRequest} files per request, not {form.Files.Count}.");
        if (errors.Count > 0) return ApiProblems.BadRequest(errors);

        var oversized = form.Files.Where(f => f.Length > options.MaxBytes).Select(f => f.FileName).ToList();
        if (oversized.Count > 0)
        {
            return TooLarge($"Each file may be at most {options.MaxBytes} bytes; too large: {string.Join(", ", oversized)}. Nothing was stored.");
        }

        var ingestion = http.RequestServices.GetService<IIngestionService>();
        if (ingestion is null)
        {
            return ApiProblems.Status(StatusCodes.Status503ServiceUnavailable, "Ingestion is not available.", "This server has no ingestion service registered.");
        }
        var sources = form.Files.Select(f => new IngestSource(f.FileName, _ => Task.FromResult(f.OpenReadStream()), f.Length)).ToList();
        var summary = await ingestion.IngestAsync(sources, options, progress: null, ct);
        return ApiJson.Ok(IngestResponse.From(summary));
    }

    private static IResult? CheckKey(HttpRequest request, string? configuredKey)
    {
        if (string.IsNullOrEmpty(configuredKey))
        {
            return ApiProblems.Status(StatusCodes.Status403Forbidden, "Writes are disabled.",
                $"This server accepts no uploads: set {ApiKeySetting} to enable them, then send the key in the {ApiKeyHeader} header.");
        }
        var given = request.Headers[ApiKeyHeader].ToString();
        if (string.IsNullOrEmpty(given))
        {
            return ApiProblems.Status(StatusCodes.Status401Unauthorized, "API key required.", $"Send the API key in the {ApiKeyHeader} header.");
        }
        var matches = CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(configuredKey)));
        return matches ? null : ApiProblems.Status(StatusCodes.Status401Unauthorized, "Wrong API key.", $"The {ApiKeyHeader} header does not match this server's key.");
    }

    private static IngestOptions ReadOptions(IFormCollection form, List<string> errors)
    {
        DateOnly? published = null;
        var publishedText = form["published"].ToString().Trim();
        if (publishedText.Length > 0)
        {
            if (DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) published = date;
            else errors.Add($"'published' must be a date as YYYY-MM-DD, not '{publishedText}'.");
        }
        return new IngestOptions
        {
            Outlet = NullIfEmpty(form["outlet"]),
            Published = published,
            Url = NullIfEmpty(form["url"]),
            Title = NullIfEmpty(form["title"]),
        };

        static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static OpenApiRequestBody UploadBody()
    {
        static IOpenApiSchema Text(string description) => new OpenApiSchema { Type = JsonSchemaType.String, Description = description };
        var form = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "files" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["files"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                    Description = "Article files (UTF-8 or legacy Arabic encodings, .txt or .html).",
                },
                ["outlet"] = Text("The outlet's name, when known."),
                ["published"] = Text("Publication date, YYYY-MM-DD."),
                ["url"] = Text("The article's address."),
                ["title"] = Text("The article's title."),
            },
        };
        return new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["multipart/form-data"] = new() { Schema = form } },
        };
    }

    private static IResult TooLarge(string detail) => ApiProblems.Status(StatusCodes.Status413PayloadTooLarge, "Upload too large.", detail);
}
