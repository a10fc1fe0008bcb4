using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>
/// Starts the real app (the built Dashboard.Web.dll, see <see cref="AppProcess"/>) on a temporary SQLite database that
/// it seeds from seeds/ at start-up, and one headless Debian Chromium shared by the tests.
/// </summary>
public sealed class DashboardAppFixture : IAsyncLifetime
{
    private readonly string tempFolder = Path.Combine(Path.GetTempPath(), "dashboard-browser-" + Guid.NewGuid().ToString("N"));
    private AppProcess? app;
    private IPlaywright? playwright;

    public string BaseUrl => app?.BaseUrl ?? "";
    public IBrowser Browser { get; private set; } = null!;

    public string AppOutput => app?.Output ?? "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(tempFolder);
        app = await AppProcess.StartAsync(RepositoryPaths.WebAppAssembly, tempFolder);

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Keeps Chromium from reaching for the (closed) network on its own.
            Args = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (app is not null) await app.DisposeAsync();
        try
        {
            Directory.Delete(tempFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the exiting app; the temp folder is cleaned by the OS later.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardAppCollection : ICollectionFixture<DashboardAppFixture>
{
    public const string Name = "Dashboard app in Chromium";
}
