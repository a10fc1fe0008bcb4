using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Web.Api;

public static class DashboardApi
{
    /// <summary>
    /// Services the HTTP API needs: the OpenAPI document, problem details, and JSON written the way the fact contract
    /// writes it (snake_case names and words, ISO dates).
    /// </summary>
    public static IServiceCollection AddDashboardApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options =>
        {
            var json = options.SerializerOptions;
            json.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        });
        return services;
    }

    /// <summary>The HTTP API under /api, and its OpenAPI document at /openapi/v1.json.</summary>
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi();
        var api = endpoints.MapGroup("/api").WithTags("Dashboard");
        FactsEndpoints.Map(api);
        ArticlesEndpoints.Map(api);
        SummaryEndpoints.Map(api);
        IngestEndpoints.Map(api);
        return endpoints;
    }
}
