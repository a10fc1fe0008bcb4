using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>
/// A browser page that records console errors, page errors and any request to a host other than loopback (which it
/// also blocks, so a test can never reach the network).
/// </summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly List<string> consoleErrors = [];
    private readonly List<string> externalRequests = [];

    private WatchedPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public IReadOnlyList<string> ConsoleErrors => consoleErrors;
    public IReadOnlyList<string> ExternalRequests => externalRequests;

    /// <param name="baseUrl">Another app than the fixture's, opened in its browser.</param>
    public static async Task<WatchedPage> OpenAsync(DashboardAppFixture app, string? locale = null, string? baseUrl = null)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl ?? app.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Locale = locale,
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        var watched = new WatchedPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") watched.consoleErrors.Add(message.Text);
        };
        page.PageError += (_, error) => watched.consoleErrors.Add(error);
        await context.RouteAsync("**/*", async route =>
        {
            var host = new Uri(route.Request.Url).Host;
            if (host is "127.0.0.1" or "localhost" || route.Request.Url.StartsWith("data:", StringComparison.Ordinal)
                || route.Request.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                watched.externalRequests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        return watched;
    }

    /// <summary>
    /// Opens <paramref name="url"/> and waits until the page is interactive (the layout marks the html element once
    /// the circuit runs): a click on prerendered markup before that does nothing.
    /// </summary>
    public async Task GotoInteractiveAsync(string url)
    {
        await Page.GotoAsync(url);
        await Page.WaitForSelectorAsync("html[data-interactive]", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
    }

    /// <summary>Saves a full-page screenshot as tests/artifacts/{name}.png.</summary>
    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
