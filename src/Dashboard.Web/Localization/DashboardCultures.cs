using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Dashboard.Web.Localization;

/// <summary>The UI languages: English and Arabic (Iraq, Gregorian calendar), chosen by a cookie.</summary>
public static class DashboardCultures
{
    public const string English = "en";
    /// <summary>Iraqi Arabic uses the Gregorian calendar; ar-SA would format dates in the Hijri calendar.</summary>
    public const string Arabic = "ar-IQ";

    public static IReadOnlyList<string> Supported { get; } = [English, Arabic];

    public static bool IsRightToLeft(CultureInfo culture) => culture.TextInfo.IsRightToLeft;

    /// <summary>Maps what a link or a user asks for ("ar", "ar-IQ", "en-US") to a supported culture, or null.</summary>
    public static string? Normalize(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested)) return null;
        var name = requested.Trim();
        if (name.StartsWith("ar", StringComparison.OrdinalIgnoreCase)) return Arabic;
        if (name.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return English;
        return null;
    }

    public static IServiceCollection AddDashboardLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddTransient<MudBlazor.MudLocalizer, DashboardMudLocalizer>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(English)
                .AddSupportedCultures([.. Supported])
                .AddSupportedUICultures([.. Supported]);
            // Only the cookie decides: the browser's Accept-Language must not switch the layout direction by surprise.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>GET /culture/set?culture=ar&amp;redirectUri=/facts stores the choice in a cookie and goes back.</summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/set", (HttpContext context, string? culture, string? redirectUri) =>
        {
            var chosen = Normalize(culture);
            if (chosen is null)
            {
                return Results.BadRequest($"Unknown culture '{culture}'. Supported: {string.Join(", ", Supported)}.");
            }
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = false });
            return Results.LocalRedirect(IsLocal(redirectUri) ? redirectUri! : "/");
        });
        return endpoints;
    }

    // Only same-site paths: an open redirect would let a link send users anywhere.
    private static bool IsLocal(string? uri) =>
        !string.IsNullOrEmpty(uri) && uri[0] == '/' && (uri.Length == 1 || (uri[1] != '/' && uri[1] != '\\'));
}
