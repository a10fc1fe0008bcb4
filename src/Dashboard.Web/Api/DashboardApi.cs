namespace Dashboard.Web.Api;

public static class DashboardApi
{
    /// <summary>The HTTP API under /api.</summary>
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
