using System.Diagnostics;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>
/// The app as `dotnet publish` leaves it, started away from the repository: it must find its own scripts and styles
/// (they live in the repository's top-level wwwroot, which the publish folder carries) and draw the overview.
/// </summary>
[Collection(DashboardAppCollection.Name)]
public sealed class PublishedAppTests(DashboardAppFixture browser) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dashboard-published-").FullName;

    [Fact]
    public async Task A_published_app_started_elsewhere_serves_its_own_files_and_draws_the_overview()
    {
        var published = Path.Combine(folder, "app");
        await PublishAsync(published);
        foreach (var file in new[] { "css/app.css", "js/chart-redraw.js", "js/export-figures.js" })
            Assert.True(File.Exists(Path.Combine(published, "wwwroot", file)), $"The publish folder has no wwwroot/{file}.");

        var workingFolder = Directory.CreateDirectory(Path.Combine(folder, "run")).FullName;
        await using var app = await AppProcess.StartAsync(Path.Combine(published, "Dashboard.Web.dll"), workingFolder);
        using (var http = new HttpClient())
        {
            var css = await http.GetAsync(app.BaseUrl + "/css/app.css");
            Assert.True(css.IsSuccessStatusCode, $"/css/app.css: {(int)css.StatusCode}\n{app.Output}");
        }

        await using var watched = await WatchedPage.OpenAsync(browser, baseUrl: app.BaseUrl);
        await watched.GotoInteractiveAsync("/");
        await watched.Page.WaitForSelectorAsync("svg.main-svg", new() { Timeout = 60_000 });
        await watched.Page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 60_000 });

        // The five seed articles, in the published app's own database.
        Assert.Equal("5", System.Text.RegularExpressions.Regex.Match(await watched.Page.GetByTestId("card-articles").InnerTextAsync(), @"\d+").Value);
        Assert.Empty(watched.ConsoleErrors);
    }

    // The build the tests run against, published without building again.
    private static async Task PublishAsync(string output)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // No build servers: a node left running would hold the output pipes open after publish exits.
        foreach (var argument in new[] { "publish", Path.Combine(RepositoryPaths.Root, "src", "Dashboard.Web", "Dashboard.Web.csproj"),
                     "-c", RepositoryPaths.Configuration, "--no-build", "--nologo", "--disable-build-servers", "-o", output })
            info.ArgumentList.Add(argument);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            var printed = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0) Assert.Fail($"dotnet publish exited with {process.ExitCode}:\n{await printed}\n{await errors}");
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet publish did not finish within 4 minutes.");
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the exiting app; the OS cleans temp folders.
        }
    }
}
