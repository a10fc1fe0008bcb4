using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>The whole app on a temporary SQLite file, seeded from seeds/ at start-up as in production.</summary>
public sealed class SeededAppFactory : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dashboard-web-" + Guid.NewGuid().ToString("N"));

    public static string RepositoryRoot { get; } = FindRoot();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        // As the app runs from the README (the factory's default is Development, which serves assets differently).
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Dashboard", $"Data Source={Path.Combine(folder, "dashboard.db")}");
        builder.UseSetting("Dashboard:SeedPath", Path.Combine(RepositoryRoot, "seeds"));
        builder.UseSetting("Dashboard:SeedOnStartup", "true");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Only this host's pool: a process-wide clear would break other tests mid-write.
        SqliteConnection.ClearPool(new SqliteConnection($"Data Source={Path.Combine(folder, "dashboard.db")}"));
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* the OS cleans temp folders */ }
    }

    private static string FindRoot() =>
        Dashboard.Data.RepositoryRoot.OfApp ?? throw new InvalidOperationException("Dashboard.sln not found above " + AppContext.BaseDirectory);
}

public sealed class AppStartupTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_overview_is_served_and_counts_the_seeded_articles()
    {
        var html = await Client().GetStringAsync("/");

        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html);
        // The cards are prerendered: five seed articles.
        var card = Regex.Match(html, "data-testid=\"card-articles\".*?card-value[^>]*>\\s*(?:<bdi[^>]*>)?(?<n>[^<]+)<", RegexOptions.Singleline);
        Assert.True(card.Success, "No articles card in the page.");
        Assert.Equal("5", card.Groups["n"].Value.Trim());
        Assert.Contains("_content/MudBlazor/MudBlazor.min.css", html);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/_content/Plotly.Blazor/plotly-interop-7.2.0.js")]
    [InlineData("/_content/Plotly.Blazor/plotly-basic-3.7.0.min.js")]
    [InlineData("/scripts/plotly-basic-3.7.0.min.js")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/css/app.css")]
    [InlineData("/js/export-figures.js")]
    [InlineData("/Dashboard.Web.styles.css")]
    public async Task Scripts_and_styles_come_from_the_app_itself(string path)
    {
        using var response = await Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Every_framework_and_package_file_the_page_links_goes_compressed_and_hashed_ones_are_kept_until_they_change()
    {
        var html = await Client().GetStringAsync("/");
        var urls = Regex.Matches(html, @"<(?:link|script)[^>]*?(?:href|src)=""(?<url>[^""]+\.(?:css|js))""").Select(m => m.Groups["url"].Value).ToList();

        // blazor.web.js, MudBlazor's CSS and script, the scoped styles, plotly.js preloaded by the overview; the site's
        // own few files under the top-level wwwroot are served as they are.
        var built = urls.Where(u => !u.StartsWith("css/", StringComparison.Ordinal) && !u.StartsWith("js/", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, built.Count);
        foreach (var url in built)
        {
            using var response = await GetAsABrowserAsync("/" + url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Content.Headers.ContentEncoding.Contains("gzip"), $"{url} is not sent compressed");
        }
        foreach (var pattern in new[] { @"^_framework/blazor\.web\.[a-z0-9]{10}\.js$", @"^Dashboard\.Web\.[a-z0-9]{10}\.styles\.css$" })
        {
            var url = Assert.Single(built, u => Regex.IsMatch(u, pattern));
            using var response = await Client().GetAsync("/" + url);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
        }
        Assert.Contains("js/chart-redraw.js", urls);
        // The site's own files are checked with the server on each load, so a new build's page never runs an old script.
        using var script = await Client().GetAsync("/js/chart-redraw.js");
        Assert.Equal("no-cache", script.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/_content/Plotly.Blazor/plotly-basic-3.7.0.min.js")]
    [InlineData("/scripts/plotly-basic-3.7.0.min.js")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js")]
    [InlineData("/_framework/blazor.web.js")]
    public async Task The_large_scripts_and_styles_go_compressed_to_a_browser_that_accepts_gzip(string path)
    {
        using var plain = await Client().GetAsync(path);
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();

        using var response = await GetAsABrowserAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.True(bytes.Length * 2 < plainBytes.Length, $"{path}: {bytes.Length} bytes compressed, {plainBytes.Length} plain");
        await using var unzipped = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
        using var copy = new MemoryStream();
        await unzipped.CopyToAsync(copy);
        Assert.Equal(plainBytes, copy.ToArray());
    }

    /// <summary>A GET that accepts the encodings Chromium accepts.</summary>
    private async Task<HttpResponseMessage> GetAsABrowserAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br, zstd");
        return await Client().SendAsync(request);
    }

    [Fact]
    public async Task The_culture_endpoint_sets_the_cookie_and_goes_back_to_the_page()
    {
        using var response = await Client().GetAsync("/culture/set?culture=ar&redirectUri=%2Ffacts%3Fkind%3Dkilled");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/facts?kind=killed", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CookieRequestCultureProvider.DefaultCookieName, StringComparison.Ordinal));
        Assert.Contains(Uri.EscapeDataString("c=ar-IQ|uic=ar-IQ"), cookie);
    }

    [Theory]
    [InlineData("//example.org/")]
    [InlineData("https://example.org/")]
    [InlineData("/\\example.org")]
    public async Task The_culture_endpoint_never_redirects_off_site(string target)
    {
        using var response = await Client().GetAsync($"/culture/set?culture=en&redirectUri={Uri.EscapeDataString(target)}");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_culture_is_refused()
    {
        using var response = await Client().GetAsync("/culture/set?culture=fr&redirectUri=%2F");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_arabic_cookie_renders_the_page_right_to_left_in_arabic()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(DashboardCultures.Arabic)))}");

        using var response = await Client().SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html);
        Assert.Contains("mud-application-layout-rtl", html);
        Assert.Contains("نظرة عامة", html);
    }
}
