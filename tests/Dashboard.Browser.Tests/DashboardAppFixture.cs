using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>
/// Starts the real app (the built Dashboard.Web.dll, Kestrel on 127.0.0.1 and a free port) on a temporary SQLite
/// database that it seeds from seeds/ at start-up, and one headless Debian Chromium shared by the tests.
/// </summary>
public sealed class DashboardAppFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string tempFolder = Path.Combine(Path.GetTempPath(), "dashboard-browser-" + Guid.NewGuid().ToString("N"));
    private readonly StringBuilder appOutput = new();
    private Process? app;
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    public string AppOutput
    {
        get { lock (appOutput) return appOutput.ToString(); }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(tempFolder);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        app = StartApp(port);
        await WaitUntilServingAsync();

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
        if (app is { HasExited: false })
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
        app?.Dispose();
        try
        {
            Directory.Delete(tempFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the exiting app; the temp folder is cleaned by the OS later.
        }
    }

    private Process StartApp(int port)
    {
        var dll = RepositoryPaths.WebAppAssembly;
        if (!File.Exists(dll)) throw new FileNotFoundException("Build src/Dashboard.Web first (the test project references it).", dll);
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = tempFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ConnectionStrings__Dashboard"] = $"Data Source={Path.Combine(tempFolder, "dashboard.db")}";
        info.Environment["Dashboard__SeedPath"] = Path.Combine(RepositoryPaths.Root, "seeds");
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the app.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (appOutput) appOutput.AppendLine(line);
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (app!.HasExited) throw new InvalidOperationException($"The app exited with code {app.ExitCode}:\n{AppOutput}");
            try
            {
                using var response = await http.GetAsync(BaseUrl + "/_framework/blazor.web.js");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy machine: try again until the deadline.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app did not answer within {StartTimeout.TotalSeconds} s:\n{AppOutput}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardAppCollection : ICollectionFixture<DashboardAppFixture>
{
    public const string Name = "Dashboard app in Chromium";
}
