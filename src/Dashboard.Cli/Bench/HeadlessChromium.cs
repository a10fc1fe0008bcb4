using System.Net;
using Microsoft.Playwright;

namespace Dashboard.Cli.Bench;

/// <summary>What the bench verbs that drive the running app share: loopback only, and Chromium as installed here.</summary>
internal static class HeadlessChromium
{
    /// <summary>The benches only talk to this machine's own app (127.0.0.1, ::1).</summary>
    public static bool IsLoopback(Uri url) => IPAddress.TryParse(url.Host, out var address) && IPAddress.IsLoopback(address);

    /// <summary>Why <paramref name="bench"/> cannot drive the app at <paramref name="url"/> with this Chromium, or null when it can.</summary>
    public static string? Refusal(Uri url, string chromiumPath, string bench) =>
        !IsLoopback(url) ? $"Refusing {url}: {bench} only talks to a loopback address (127.0.0.1)."
        : !File.Exists(chromiumPath) ? $"No Chromium at {chromiumPath} (apt-get install -y chromium, or pass --chromium)."
        : null;

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string chromiumPath) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromiumPath,
            Headless = true,
            // Keeps Chromium from reaching for the (closed) network on its own.
            Args = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
}
