using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Web.Api;

public static class DashboardApi
{
    /// <summary>
    /// Services the HTTP API needs: the OpenAPI document, problem details, and JSON named the way the fact contract
    /// names things (so the OpenAPI schemas match what the endpoints write).
    /// </summary>
    public static IServiceCollection AddDashboardApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.AddSingleton<ApiServicesMarker>();
        return services;
    }

    /// <summary>The HTTP API under /api, and its OpenAPI document at /openapi/v1.json.</summary>
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<ApiServicesMarker>() is not null)
        {
            endpoints.MapOpenApi();
        }
        else
        {
            endpoints.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger(typeof(DashboardApi).FullName!)
                .LogWarning("No OpenAPI document: call services.AddDashboardApi() before building the app");
        }
        var api = endpoints.MapGroup("/api").WithTags("Dashboard");
        FactsEndpoints.Map(api);
        ArticlesEndpoints.Map(api);
        SummaryEndpoints.Map(api);
        IngestEndpoints.Map(api);
        return endpoints;
    }

    private sealed class ApiServicesMarker;
}

/// <summary>How the API writes JSON: snake_case names and enum words as in the fact contract, ISO dates, readable Arabic.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static void Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
    }

    private static JsonSerializerOptions Create()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(json);
        json.MakeReadOnly(populateMissingResolver: true);
        return json;
    }

    /// <summary>200 with the value written by <see cref="Options"/>, whatever the app's own JSON settings are.</summary>
    public static IResult Ok<T>(T value) => new JsonBody<T>(value);

    /// <summary>
    /// Writes through the response stream, not its pipe (which <c>TypedResults.Json</c> uses). The serializer asks the
    /// pipe for 4 KB at a time; a chunked HTTP/1.1 answer adds its chunk framing to that, which no longer fits Kestrel's
    /// 4 KB blocks, so each piece was rented from the shared array pool, which fifty answers in flight empty: a summary
    /// then cost its size again in new arrays, kept alive by slow readers into the old generation (gc-verbose trace
    /// under `bench load`: 72% of what the app allocated). Through the stream, the serializer fills one pooled buffer
    /// and Kestrel copies it into its own blocks.
    /// </summary>
    private sealed class JsonBody<T>(T value) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult
    {
        public const string JsonContentType = "application/json; charset=utf-8";

        public int? StatusCode => StatusCodes.Status200OK;

        public T? Value => value;

        object? IValueHttpResult.Value => value;

        public string ContentType => JsonContentType;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            // As TypedResults.Json: no value, no body.
            if (value is null) return Task.CompletedTask;
            httpContext.Response.ContentType = JsonContentType;
            return JsonSerializer.SerializeAsync(httpContext.Response.Body, value, Options, httpContext.RequestAborted);
        }
    }
}
