using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

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
    public static JsonHttpResult<T> Ok<T>(T value) => TypedResults.Json(value, Options);
}
